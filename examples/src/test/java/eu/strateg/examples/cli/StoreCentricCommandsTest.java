package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** evaluate, report and export on the embedded H2 store and the JSON file store (PostgreSQL: {@link PostgresStoreCommandTest}). */
class StoreCentricCommandsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "json"})
    void evaluateReportAndExportWorkOnAStore(String kind) throws Exception {
        StoreScenario.run(kind + ":" + dir.resolve("store"), dir);
    }

    @Test
    void aStrategyIdAndFilesTogetherAreAUsageError() throws Exception {
        CliFixture.Run r = CliFixture.run("evaluate", "zdar-demo", "--strategy", CliFixture.strategyFile(dir).toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("give either STRATEGY-ID (a stored strategy) or --strategy/--observations files, not both");
    }

    @Test
    void neitherAStrategyIdNorFilesIsAUsageError() {
        CliFixture.Run r = CliFixture.run("report", "--format", "html", "--out", dir.resolve("r.html").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("give a STRATEGY-ID (with --store) or --strategy FILE.json --observations FILE.csv");
    }

    @Test
    void aRevisionWithFilesIsAUsageError() throws Exception {
        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", CliFixture.strategyFile(dir).toString(), "--observations",
                CliFixture.observationsFile(dir, CliFixture.observations()).toString(), "--revision", "2");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--store and --revision need a STRATEGY-ID");
    }

    @Test
    void anUnknownRevisionIsInvalidInput() throws Exception {
        String store = "json:" + dir.resolve("store");
        CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString());

        CliFixture.Run r = CliFixture.run("evaluate", "--store", store, "zdar-demo", "--revision", "7");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("zdar-demo", "7");
    }

    @Test
    void exportConvertsAStrategyFileToo() throws Exception {
        CliFixture.Run r = CliFixture.run("export", "--strategy", CliFixture.strategyFile(dir).toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\": \"zdar-demo\"");
    }
}
