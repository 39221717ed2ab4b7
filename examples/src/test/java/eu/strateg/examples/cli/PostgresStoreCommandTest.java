package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands against a real PostgreSQL 15 (embedded binaries), named by {@code --store postgres:JDBC_URL}. */
class PostgresStoreCommandTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void importListAndShowOnPostgres() throws Exception {
        String store = "postgres:" + postgres.getJdbcUrl("postgres", "postgres");

        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString(),
                "--observations", CliFixture.observationsFile(dir, CliFixture.observations()).toString());
        CliFixture.Run list = CliFixture.run("list", "--store", store, "--territory", "CZ_ZUJ:595209");
        CliFixture.Run show = CliFixture.run("show", "--store", store, "zdar-demo");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("saved as revision 1", "7 new");
        assertThat(list.out()).contains("zdar-demo");
        assertThat(show.out()).contains("1.1.1 Výstavba cyklostezek");
    }

    @Test
    void evaluateReportAndExportWorkOnPostgres() throws Exception {
        // a database of its own, so that the import test's strategy does not meet this one
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE centric");
        }
        StoreScenario.run("postgres:" + postgres.getJdbcUrl("postgres", "centric"), dir);
    }

    @Test
    void aServerThatRefusesTheUserIsAMessageNotAStackTrace() {
        String url = postgres.getJdbcUrl("nobody", "postgres");

        CliFixture.Run r = CliFixture.run("list", "--store", "postgres:" + url, "--territory", "CZ_ZUJ:595209");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Connecting to the database failed", "nobody").doesNotContain("\tat ");
    }

    @Test
    void aUrlThatIsNotPostgresIsInvalidInput() {
        CliFixture.Run r = CliFixture.run("list", "--store", "postgres:jdbc:mysql://localhost/x", "--territory", "CZ_ZUJ:595209");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("a PostgreSQL JDBC URL is required");
    }
}
