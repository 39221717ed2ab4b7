package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.examples.data.DemoStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporal model through the command line: one input one meaning, revisions in force, diffs, dated corrections. */
class TemporalCommandsTest {

    @TempDir
    Path dir;

    @Test
    void twoDifferentValuesForOneSeriesAndPeriodInAFileAreAnErrorNamingBothLines() throws Exception {
        Path csv = Files.writeString(dir.resolve("twice.csv"), "indicator,period,value\nCYC-KM,2021,0.8\nCYC-KM,2022,2.4\nCYC-KM,2021,0.9\n",
                StandardCharsets.UTF_8);
        String store = "json:" + dir.resolve("store");

        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString(),
                "--observations", csv.toString());
        CliFixture.Run evaluated = CliFixture.run("evaluate", "--strategy", CliFixture.strategyFile(dir).toString(), "--observations",
                csv.toString());

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err()).contains(csv + ", line 4", "CYC-KM 2021: 0.9 FINAL here contradicts 0.8 FINAL in line 2");
        assertThat(evaluated.exit()).isEqualTo(1);
        assertThat(evaluated.err()).contains("line 4", "line 2");
        assertThat(CliFixture.run("show", "--store", store, "zdar-demo").err()).contains("no strategy with id zdar-demo");
    }

    @Test
    void showAsOfPrintsTheRevisionInForceAndDiffListsTheChangesAsTextAndJson() throws Exception {
        String store = "h2:" + dir.resolve("store");
        CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString());
        CliFixture.run("adopt", "--store", store, "zdar-demo", "--date", "2021-06-21", "--resolution", "ZM 12/2021");
        CliFixture.run("import", "--store", store, "--strategy",
                CliFixture.strategyFile(dir, DemoStrategy.build().withTitle("Strategie rozvoje (aktualizace 2024)")).toString());

        CliFixture.Run inForce = CliFixture.run("show", "--store", store, "zdar-demo", "--as-of", "2024-12-31");
        CliFixture.Run before = CliFixture.run("show", "--store", store, "zdar-demo", "--as-of", "2020-01-01");
        CliFixture.Run text = CliFixture.run("diff", "--store", store, "zdar-demo", "2", "3");
        CliFixture.Run json = CliFixture.run("diff", "--store", store, "zdar-demo", "2", "3", "--format", "json");

        assertThat(inForce.out()).contains("revision 2, adopted on 2021-06-21 (ZM 12/2021), in force on 2024-12-31");
        assertThat(before.out()).contains("no revision was in force on 2020-01-01; revision 3 (draft, the latest) is used");
        String oldTitle = DemoStrategy.build().title();
        assertThat(text.out()).contains("zdar-demo: revision 2 (ADOPTED) → revision 3 (DRAFT), 1 changes",
                "changed  strategy.title: " + oldTitle + " → Strategie rozvoje (aktualizace 2024)");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("from").get("revision").asLong()).isEqualTo(2);
        assertThat(doc.get("changes")).hasSize(1);
        JsonNode change = doc.get("changes").get(0);
        assertThat(List.of(change.get("kind").asText(), change.get("path").asText(), change.get("before").asText(),
                change.get("after").asText())).containsExactly("changed", "strategy.title", oldTitle, "Strategie rozvoje (aktualizace 2024)");
    }

    @Test
    void anIncompleteDocumentMarkedAdoptedIsRefusedOnImport() throws Exception {
        var incomplete = DemoStrategy.build();
        incomplete = incomplete.withElements(incomplete.elements().stream().map(e -> e.withDetails(null, null)).toList())
                .withLifecycle(eu.strateg.core.strategy.Lifecycle.adopted(java.time.LocalDate.of(2021, 6, 21), "ZM 12/2021"));
        String store = "json:" + dir.resolve("store");

        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir, incomplete).toString());

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err()).contains("elements[1.1.1].responsible: measure 1.1.1 has nobody responsible");
        assertThat(CliFixture.run("show", "--store", store, "zdar-demo").err()).contains("no strategy with id zdar-demo");
    }

    @Test
    void aCorrectionImportedWithRecordedAtIsKnownFromThatInstant() throws Exception {
        String store = "h2:" + dir.resolve("store");
        CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString(), "--observations",
                CliFixture.observationsFile(dir, CliFixture.observations()).toString());
        Path correction = CliFixture.observationsFile(dir, List.of(Observation.of("CYC-KM", "2023", "4.3")));

        CliFixture.Run r = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", correction.toString(),
                "--recorded-at", "2025-03-01T08:00:00Z");
        CliFixture.Run bad = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", correction.toString(),
                "--recorded-at", "yesterday");

        assertThat(r.out()).contains("observations of zdar-demo: 0 new, 1 corrected, 0 unchanged");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'yesterday' is not an instant");
        try (Store s = Store.open(store, Clock.systemDefaultZone(), StrategCli.commandLine())) {
            List<Observation> history = s.observations().history(StrategyId.of("zdar-demo"), SeriesKey.headline("CYC-KM"), Period.year(2023));
            assertThat(history).extracting(o -> o.value().toPlainString()).containsExactly("4.1", "4.3");
            assertThat(history.get(1).recordedAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00Z"));
        }
    }
}
