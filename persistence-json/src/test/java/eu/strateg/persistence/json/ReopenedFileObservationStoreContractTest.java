package eu.strateg.persistence.json;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.testkit.ObservationStoreContract;
import eu.strateg.testkit.Storage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract once more, with every read made by a freshly opened store: proves that everything the contract
 * checks is really in the files, not only in the memory of the instance that wrote it.
 */
class ReopenedFileObservationStoreContractTest extends ObservationStoreContract {

    @TempDir
    Path dir;

    @Override
    protected Storage newStorage(Clock clock) {
        ObservationStore reopening = new ObservationStore() {
            @Override
            public UpsertResult upsert(StrategyId strategy, Collection<Observation> observations) {
                return new FileObservationStore(dir, clock).upsert(strategy, observations);
            }

            @Override
            public List<Observation> find(ObservationQuery query) {
                return new FileObservationStore(dir, clock).find(query);
            }

            @Override
            public List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
                return new FileObservationStore(dir, clock).history(strategy, series, period);
            }
        };
        return new Storage(new FileStrategyRepository(dir, clock), reopening);
    }
}
