package eu.strateg.persistence.json;

import eu.strateg.testkit.ObservationStoreContract;
import eu.strateg.testkit.Storage;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The file observation store passes the store contract on a real, fresh directory per test. */
class FileObservationStoreContractTest extends ObservationStoreContract {

    @TempDir
    Path dir;

    @Override
    protected Storage newStorage(Clock clock) {
        return new Storage(new FileStrategyRepository(dir, clock), new FileObservationStore(dir, clock));
    }
}
