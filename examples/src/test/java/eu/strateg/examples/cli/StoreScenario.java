package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.examples.data.DemoStrategy;
import eu.strateg.persistence.json.StrategyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * evaluate, report and export on a store named by {@code --store}, the same scenario for every kind of store: the demo
 * strategy imported twice (revision 2 has a new title) with observations recorded on 2025-01-15 (values up to 2023) and on
 * 2025-04-10 (the 2024 values).
 */
final class StoreScenario {

    static final Instant EARLY = Instant.parse("2025-01-15T09:00:00Z");
    static final Instant LATE = Instant.parse("2025-04-10T09:00:00Z");

    private StoreScenario() {
    }

    /** The demo observations, those of 2024 recorded late. */
    static List<Observation> observations() {
        return CliFixture.observations().stream().map(o -> o.withRecordedAt(o.period().toString().equals("2024") ? LATE : EARLY)).toList();
    }

    static void run(String store, Path dir) throws Exception {
        Path strategy = CliFixture.strategyFile(dir);
        Path renamed = dir.resolve("renamed");
        Files.createDirectories(renamed);
        Path second = CliFixture.strategyFile(renamed, DemoStrategy.build().withTitle("Strategie Žďáru, 2. revize"));
        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", strategy.toString(), "--observations",
                CliFixture.observationsFile(dir, observations()).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(CliFixture.run("import", "--store", store, "--strategy", second.toString()).out()).contains("saved as revision 2");

        evaluate(store);
        report(store, dir);
        export(store, dir);
    }

    private static void evaluate(String store) {
        CliFixture.Run now = CliFixture.run("evaluate", "--store", store, "zdar-demo", "--as-of", "2025-06-30");
        assertThat(now.exit()).as(now.err()).isZero();
        assertThat(now.out()).contains("Strategie Žďáru, 2. revize (zdar-demo), revision 2, as of 2025-06-30");
        // CYC-KM, linear: baseline 0 (2020), target 12.5 (2030): expected(2024) = 5.0, actual 5.2 → ratio 1.04 ≥ 0.95: on track
        assertThat(line(now.out(), "CYC-KM")).contains("ON_TRACK", "2024");

        CliFixture.Run past = CliFixture.run("evaluate", "--store", store, "zdar-demo", "--revision", "1", "--as-of", "2025-03-31");
        assertThat(past.exit()).as(past.err()).isZero();
        assertThat(past.out()).contains("(ilustrativní) (zdar-demo), revision 1, as of 2025-03-31");
        // on 2025-03-31 the 2024 values were not yet recorded: the latest known cycle-path value is that of 2023
        assertThat(line(past.out(), "CYC-KM")).contains("2023").doesNotContain("2024");

        CliFixture.Run json = CliFixture.run("evaluate", "--store", store, "zdar-demo", "--as-of", "2025-06-30", "--format", "json");
        assertThat(json.out()).contains("\"asOf\"", "2025-06-30", "CYC-KM");
    }

    private static void report(String store, Path dir) throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        CliFixture.Run r = CliFixture.run("report", "--store", store, "zdar-demo", "--as-of", "2025-06-30", "--format", "xlsx",
                "--lang", "en", "--out", xlsx.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
        }
        Path html = dir.resolve("report.html");
        CliFixture.Run old = CliFixture.run("report", "--store", store, "zdar-demo", "--revision", "1", "--format", "html", "--out",
                html.toString());
        assertThat(old.exit()).as(old.err()).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("(ilustrativní)").doesNotContain("2. revize");
    }

    private static void export(String store, Path dir) throws Exception {
        Path json = dir.resolve("export.json");
        CliFixture.Run r = CliFixture.run("export", "--store", store, "zdar-demo", "--revision", "1", "--format", "json", "--out",
                json.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("strategy of zdar-demo (revision 1) written to");
        assertThat(StrategyJson.create().read(json).title()).isEqualTo(DemoStrategy.build().title());

        CliFixture.Run all = CliFixture.run("export", "--store", store, "zdar-demo", "--format", "csv");
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out().lines().skip(1).count()).isEqualTo(7);
        CliFixture.Run early = CliFixture.run("export", "--store", store, "zdar-demo", "--format", "jsonl", "--as-of", "2025-03-31");
        // known on 2025-03-31: the five values up to 2023 (CYC-KM 2021–2023, WASTE-KG 2020 and 2022)
        assertThat(early.out().lines().count()).isEqualTo(5);
        assertThat(early.out()).doesNotContain("\"2024\"");

        Path csv = dir.resolve("export.csv");
        CliFixture.run("export", "--store", store, "zdar-demo", "--format", "csv", "--out", csv.toString());
        CliFixture.Run again = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", csv.toString());
        assertThat(again.out()).as("an exported file imports back unchanged").contains("0 new, 0 corrected, 7 unchanged");
    }

    private static String line(String out, String start) {
        return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start + " in\n" + out));
    }
}
