package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.strateg.core.observation.Observation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateAndReportCommandTest {

    @TempDir
    Path dir;

    Path strategy;
    Path observations;

    @BeforeEach
    void files() throws Exception {
        strategy = CliFixture.strategyFile(dir);
        observations = CliFixture.observationsFile(dir, CliFixture.observations());
    }

    @Test
    void evaluatePrintsATable() {
        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--as-of", "2025-03-31");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("as of 2025-03-31", "CYC-KM", "WASTE-KG", "linear");
        // CYC-KM, linear: baseline 0 (2020), target 12.5 (2030) → expected(2024) = 12.5 · 4/10 = 5.0; actual 5.2 → ratio 1.04 ≥ 0.95
        assertThat(r.out().lines().filter(l -> l.startsWith("CYC-KM")).findFirst().orElseThrow()).contains("ON_TRACK");
    }

    @Test
    void evaluateWritesJsonToAFile() throws Exception {
        Path out = dir.resolve("evaluation.json");

        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--as-of", "2025-03-31", "--format", "json", "--out", out.toString());

        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.toString()).contains("CYC-KM", "WASTE-KG", "2025-03-31");
    }

    @Test
    void evaluatePrintsCsv() {
        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--as-of", "2025-03-31", "--format", "csv");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().count()).isGreaterThan(2);
        assertThat(r.out()).contains("CYC-KM");
    }

    @Test
    void anObservationOfAnUnknownIndicatorIsInvalidInputWithItsPosition() throws Exception {
        List<Observation> obs = new ArrayList<>(CliFixture.observations());
        obs.add(Observation.of("OUT-07", "2024", "1"));
        Path bad = CliFixture.observationsFile(dir, obs);

        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        // the header is line 1, so the eighth observation is on line 9 (not "observations[7]", a place in a list)
        assertThat(r.err()).contains(bad + ", line 9, indicator: indicator OUT-07 is not defined in strategy zdar-demo");
    }

    @Test
    void aBadRowInTheObservationFileNamesTheFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "indicator,period,value\nCYC-KM,2021,0.8\nCYC-KM,2024-13,5\n", StandardCharsets.UTF_8);

        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ", line 3, column 2: period '2024-13' is not a period").doesNotContain("bad.csv.line");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliFixture.run("evaluate", "--strategy", strategy.toString()).exit()).isEqualTo(2);
        assertThat(CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--as-of", "31.3.2025").exit()).isEqualTo(2);
        assertThat(CliFixture.run("evaluate", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void reportWritesEachFormat() throws Exception {
        for (String format : new String[] {"html", "pdf", "xlsx", "csv", "json"}) {
            Path out = dir.resolve("report." + format);
            CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                    "--format", format, "--lang", "pl", "--as-of", "2025-03-31", "--out", out.toString());
            assertThat(r.exit()).as(format + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(format).isGreaterThan(100);
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg", "Žďár nad Sázavou").containsIgnoringCase("lang=\"pl\"");
        byte[] pdf = Files.readAllBytes(dir.resolve("report.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] xlsx = Files.readAllBytes(dir.resolve("report.xlsx"));
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
        assertThat(xlsx[1]).isEqualTo((byte) 'K');
    }

    @Test
    void reportIntoAMissingDirectoryIsInvalidInputAndAMissingOutIsAUsageError() {
        CliFixture.Run r = CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(),
                "--format", "html", "--out", dir.resolve("no/such/dir/report.html").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("does not exist");

        assertThat(CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(), "--format", "html")
                .exit()).isEqualTo(2);
        assertThat(CliFixture.run("report", "--strategy", strategy.toString(), "--observations", observations.toString(), "--format", "html",
                "--lang", "de", "--out", dir.resolve("r.html").toString()).exit()).isEqualTo(2);
    }
}
