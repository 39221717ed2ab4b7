package eu.strateg.persistence.json;

import eu.strateg.testkit.Storage;
import eu.strateg.testkit.StrategyRepositoryContract;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;

/** The file repository passes the repository contract on a real, fresh directory per test. */
class FileStrategyRepositoryContractTest extends StrategyRepositoryContract {

    @TempDir
    Path dir;

    @Override
    protected Storage newStorage(Clock clock) {
        return new Storage(new FileStrategyRepository(dir, clock), new FileObservationStore(dir, clock));
    }
}
