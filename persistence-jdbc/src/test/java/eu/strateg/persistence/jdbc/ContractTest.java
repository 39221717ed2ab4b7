package eu.strateg.persistence.jdbc;

import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ObservationStoreContract;
import eu.strateg.testkit.Storage;
import eu.strateg.testkit.StrategyRepositoryContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The testkit contracts, on H2 file mode and on real PostgreSQL 15, from this one class. */
class ContractTest {

    private TestDatabases.Opened opened;

    private Storage open(Engine engine, Clock clock) {
        opened = TestDatabases.open(engine);
        StrategJdbc jdbc = opened.jdbc().withClock(clock);
        return new Storage(jdbc.strategies(), jdbc.observations());
    }

    @AfterEach
    void closeDatabase() {
        if (opened != null) {
            opened.close();
        }
    }

    @Nested
    class StrategiesOnH2 extends StrategyRepositoryContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return open(Engine.H2, clock);
        }
    }

    @Nested
    class StrategiesOnPostgres extends StrategyRepositoryContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return open(Engine.POSTGRES, clock);
        }
    }

    @Nested
    class ObservationsOnH2 extends ObservationStoreContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return open(Engine.H2, clock);
        }
    }

    @Nested
    class ObservationsOnPostgres extends ObservationStoreContract {
        @Override
        protected Storage newStorage(Clock clock) {
            return open(Engine.POSTGRES, clock);
        }
    }
}
