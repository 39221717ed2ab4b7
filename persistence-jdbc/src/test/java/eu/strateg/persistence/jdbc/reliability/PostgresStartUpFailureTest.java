package eu.strateg.persistence.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.persistence.jdbc.StorageException;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.reliability.FuzzFigures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.13: a PostgreSQL server that is not running, or whose server ends the connection at any step of opening
 * the store (the dialect check and every step of the schema migration), gives a {@link StorageException} with a
 * message for people (or, when the cut connection was no longer needed, a store that works): what failed and the server's reason, on one line, without a stack trace, Flyway's report
 * layout or a Java class name. The store opens normally once the server is back.
 */
class PostgresStartUpFailureTest {

    /** What must not be in a message printed to a person. */
    static void assertReadable(String message) {
        assertThat(message).doesNotContain("\tat ", "Exception", "-----", "SQL State", "Error Code", "org.", "java.", "\n");
    }

    @Test
    void aStoppedServerGivesOneReadableLine() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        String url = server.getJdbcUrl("postgres", "postgres");
        server.close();

        assertThatThrownBy(() -> StrategJdbc.postgres(url, "postgres", null)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertReadable(e.getMessage()))
                .hasMessageContaining("Connecting to the database failed")
                .hasMessageContaining("localhost:" + server.getPort());
    }

    @Test
    void aServerEndingTheConnectionAtAnyStepOfOpeningGivesOneReadableLine() {
        try (Databases.Opened db = Databases.open(Databases.Engine.POSTGRES)) {
            TerminatingDataSource faulty = new TerminatingDataSource(db.raw(), Databases.postgres(null));
            faulty.terminateAt(-1, 0);
            StrategJdbc.of(faulty).close();
            int steps = faulty.steps();
            int failed = 0;
            for (int step = 1; step <= steps; step++) {
                faulty.terminateAt(step, 0);
                try (StrategJdbc opened = StrategJdbc.of(faulty)) {
                    // the cut hit a connection that opening no longer needed: the store must work
                    faulty.terminateAt(-1, 0);
                    assertThat(opened.schemaVersion()).as("opened despite a cut at step %d", step).isEqualTo("1");
                } catch (StorageException e) {
                    failed++;
                    assertReadable(e.getMessage());
                }
            }
            assertThat(failed).as("openings that failed").isGreaterThan(steps / 2);
            faulty.terminateAt(-1, 0);
            assertThat(StrategJdbc.of(faulty).schemaVersion()).isEqualTo("1");
            FuzzFigures.record("PostgresStartUpFailureTest: opening cut at each of its " + steps + " steps: " + failed
                    + " one-line StorageExceptions, " + (steps - failed) + " working stores");
        }
    }
}
