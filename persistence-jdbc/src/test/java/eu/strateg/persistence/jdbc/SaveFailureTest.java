package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A save that fails half-way leaves nothing behind: one transaction, rolled back, and the error says what failed. */
class SaveFailureTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aConstraintViolationOnTheLastStatementLeavesNoPartialRowsAndNamesTheTable(Engine engine) {
        try (TestDatabases.Opened db = TestDatabases.open(engine)) {
            JdbcStrategyRepository repository = db.jdbc().strategies();
            Strategy first = repository.save(ExampleStrategies.smallTown(), 0);
            // budget_line is the last table a save writes: refuse it for revision 2 only, after every other table took it
            TestDatabases.execute(db.raw(), "ALTER TABLE budget_line ADD CONSTRAINT injected_failure CHECK (revision < 2)");

            assertThatThrownBy(() -> repository.save(first.withTitle("Second revision"), 1))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("Saving strategy zdar-2030 as revision 2")
                    .hasMessageContaining("budget_line")
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("injected_failure"));

            assertNothingOfRevisionTwo(db.raw(), first, repository);
        }
    }

    @Test
    void aConnectionTerminatedFromAnotherSessionMidSaveLeavesNoPartialRows() throws Exception {
        try (TestDatabases.Opened db = TestDatabases.open(Engine.POSTGRES)) {
            JdbcStrategyRepository repository = db.jdbc().strategies();
            Strategy first = repository.save(ExampleStrategies.smallTown(), 0);
            // Hold the save inside its last statement, so it can be terminated with everything before it written.
            TestDatabases.execute(db.raw(),
                    "CREATE FUNCTION hold_save() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$",
                    "CREATE TRIGGER hold_budget_line BEFORE INSERT ON budget_line FOR EACH ROW EXECUTE FUNCTION hold_save()");
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Strategy> save = pool.submit(() -> repository.save(first.withTitle("Second revision"), 1));

                assertThat(terminateTheSleepingSave(db.raw())).isEqualTo(1);

                assertThatThrownBy(save::get).isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOf(StorageException.class)
                        .hasMessageContaining("Saving strategy zdar-2030 as revision 2")
                        .hasMessageContaining("budget_line");
            } finally {
                pool.shutdownNow();
            }
            TestDatabases.execute(db.raw(), "DROP TRIGGER hold_budget_line ON budget_line");
            assertNothingOfRevisionTwo(db.raw(), first, repository);
        }
    }

    /** Waits for a backend sleeping in the trigger and terminates it; returns how many were terminated. */
    private static long terminateTheSleepingSave(DataSource raw) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long terminated = Rows.count(raw, "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE wait_event = 'PgSleep' AND query LIKE '%budget_line%' AND pid <> pg_backend_pid()) t");
            if (terminated > 0) {
                return terminated;
            }
            Thread.sleep(50);
        }
        return 0;
    }

    private static void assertNothingOfRevisionTwo(DataSource raw, Strategy first, JdbcStrategyRepository repository) {
        assertThat(Rows.ofRevision(raw, "zdar-2030", 2)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(Rows.count(raw, "SELECT current_revision FROM strategy WHERE id = 'zdar-2030'")).isEqualTo(1);
        assertThat(repository.find(first.id())).contains(first);
        assertThat(repository.history(first.id())).hasSize(1);
        assertThat(Rows.ofRevision(raw, "zdar-2030", 1)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }
}
