package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.testkit.ExampleStrategies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strateg compare} on a JSON store holding the two example towns (Žďár nad Sázavou and Łódź, from the testkit) and
 * three generated copies of Žďár's strategy, Město 1–3. Expected figures are derived by hand in the comments.
 */
class CompareCommandTest {

    @TempDir
    Path dir;

    private String store;

    private static Strategy generated(int i) {
        Strategy s = ExampleStrategies.smallTown("mesto-" + i);
        Territory t = new Territory(TerritoryCode.of(CodeScheme.CZ_ZUJ, "59990" + i), "Město " + i, TerritoryLevel.MUNICIPALITY,
                ExampleStrategies.VYSOCINA);
        return new Strategy(s.id(), 0, t, "Strategie města " + i, s.kind(), s.period(), null, s.levelNames(), s.vision(), s.elements(),
                s.indicators(), s.projects());
    }

    private void save(Strategy s, List<Observation> observations) throws Exception {
        CliFixture.Run r = CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir, s).toString(),
                "--observations", CliFixture.observationsFile(dir, observations).toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    /**
     * Žďár: POP 20,500 (2023), WASTE-KG 198.6 (2023), CYC-KM 6.2; Město i: POP 20,000 + 10,000·i, WASTE-KG 150 + 20·i,
     * CYC-KM 3·i (all 2023); Město 3 is given 19,000 inhabitants instead, another size class. Łódź (with a POP indicator added): POP 655,000, UNEMP 4.2.
     */
    @BeforeEach
    void fillStore() throws Exception {
        store = "json:" + dir.resolve("store");
        save(ExampleStrategies.smallTown(), List.of(Observation.of("POP", "2023", "20500"), Observation.of("WASTE-KG", "2023", "198.6"),
                Observation.of("CYC-KM", "2023", "6.2")));
        for (int i = 1; i <= 3; i++) {
            List<Observation> obs = new ArrayList<>(List.of(Observation.of("POP", "2023", i == 3 ? "19000" : String.valueOf(20_000 + 10_000 * i)),
                    Observation.of("WASTE-KG", "2023", String.valueOf(150 + 20 * i)), Observation.of("CYC-KM", "2023", String.valueOf(3 * i))));
            save(generated(i), obs);
        }
        Strategy lodz = ExampleStrategies.gmina("lodz-2030");
        List<Indicator> withPopulation = new ArrayList<>(lodz.indicators());
        withPopulation.add(Indicator.of("POP", "Ludność", "osoby", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL));
        save(lodz.withIndicators(withPopulation), List.of(Observation.of("POP", "2023", "655000"), Observation.of("UNEMP", "2023", "4.2")));
    }

    @Test
    void comparesListedTerritoriesAsCsvWithRanksQuartilesAndTheTerritoryThatLacksTheIndicator() {
        CliFixture.Run r = CliFixture.run("compare", "--store", store, "--territories", "CZ_ZUJ:595209,CZ_ZUJ:599901,CZ_ZUJ:599902,PL_TERYT:1061011",
                "--indicator", "WASTE-KG");

        assertThat(r.exit()).as(r.err()).isZero();
        // lower is better: Město 1 170 → 1, Město 2 190 → 2, Žďár 198.6 → 3; n = 3 sorted 170, 190, 198.6:
        // Q1 h = 0.5 → 170 + 0.5 · 20 = 180; median 190; Q3 h = 1.5 → 190 + 0.5 · 8.6 = 194.3
        String distribution = ",3,170,180,190,194.3,198.6,,,,,,,,";
        assertThat(r.out().split("\r\n")).containsExactly(
                String.join(",", eu.strateg.reporting.comparison.ComparisonCsv.COLUMNS),
                "excluded,WASTE-KG,\"Směsný komunální odpad na obyvatele\",\"kg/obyv.\",NONE,,PL_TERYT:1061011,\"Łódź\",WASTE-KG,,,,,,,,,,"
                        + "NOT_DEFINED,\"the territory does not have this indicator\",,,,,,",
                "value,WASTE-KG,\"Směsný komunální odpad na obyvatele\",\"kg/obyv.\",NONE,2023,CZ_ZUJ:599901,\"Město 1\",WASTE-KG,170,170,1"
                        + distribution,
                "value,WASTE-KG,\"Směsný komunální odpad na obyvatele\",\"kg/obyv.\",NONE,2023,CZ_ZUJ:599902,\"Město 2\",WASTE-KG,190,190,2"
                        + distribution,
                "value,WASTE-KG,\"Směsný komunální odpad na obyvatele\",\"kg/obyv.\",NONE,2023,CZ_ZUJ:595209,\"Žďár nad Sázavou\",WASTE-KG,"
                        + "198.6,198.6,3" + distribution);
    }

    /**
     * WASTE-KG (lower is better) runs from 215.4 (2019) to the target 160 (2030) in every copy of Žďár's strategy.
     * Město 5 at 150 in 2023 has reached the target; Město 6 at 230, above the baseline, is moving away from it.
     */
    @Test
    void givesEachTerritoryTheStatusOfItsOwnStrategyAsOfADate() throws Exception {
        save(generated(5), List.of(Observation.of("WASTE-KG", "2023", "150")));
        save(generated(6), List.of(Observation.of("WASTE-KG", "2023", "230")));
        CliFixture.Run r = CliFixture.run("compare", "--store", store, "--territories", "CZ_ZUJ:599905,CZ_ZUJ:599906,PL_TERYT:1061011",
                "--indicator", "WASTE-KG", "--status-as-of", "2024-06-30");

        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("excluded,").contains("PL_TERYT:1061011").endsWith(",,");
        assertThat(lines[2]).contains(",CZ_ZUJ:599905,").endsWith(",TARGET_ACHIEVED,\"Target achieved\"");
        assertThat(lines[3]).contains(",CZ_ZUJ:599906,").endsWith(",DETERIORATION,\"Deterioration\"");
    }

    @Test
    void comparesThePeersOfATownAmongAllTerritoriesAsJsonNormalisedPerThousandInhabitants() throws Exception {
        Path out = dir.resolve("peers.json");
        CliFixture.Run r = CliFixture.run("compare", "--store", store, "--all", "--peers-of", "CZ_ZUJ:595209", "--indicator", "CYC-KM",
                "--normalise", "CYC-KM=PER_1000_INHABITANTS", "--format", "json", "--lang", "cs", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        // peers of Žďár (20,500 → 20,000–99,999): Město 1 (30,000) and Město 2 (40,000); not Město 3 (19,000) nor Łódź (655,000)
        assertThat(json.get("territories").findValuesAsText("territory")).containsExactly("CZ_ZUJ:595209", "CZ_ZUJ:599901", "CZ_ZUJ:599902");
        JsonNode cycle = json.get("indicators").get(0);
        assertThat(cycle.get("normalisationLabel").asText()).isEqualTo("na 1 000 obyvatel");
        JsonNode y = cycle.get("years").get(0);
        assertThat(y.get("year").asInt()).isEqualTo(2023);
        // Žďár 6.2 × 1000 / 20,500 = 0.3024390243902439 (16 significant digits); Město 1 3 × 1000 / 30,000 = 0.1;
        // Město 2 6 × 1000 / 40,000 = 0.15. Higher is better: Žďár 1, Město 2 2, Město 1 3
        assertThat(y.get("values").findValuesAsText("territory")).containsExactly("CZ_ZUJ:595209", "CZ_ZUJ:599902", "CZ_ZUJ:599901");
        assertThat(y.get("values").get(0).get("compared").decimalValue()).isEqualByComparingTo("0.3024390243902439");
        assertThat(y.get("values").get(1).get("compared").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(y.get("values").findValuesAsText("rank")).containsExactly("1", "2", "3");
        // n = 3 sorted 0.1, 0.15, 0.3024390243902439: median 0.15; Q1 h = 0.5 → 0.1 + 0.5 · 0.05 = 0.125
        assertThat(y.get("distribution").get("median").decimalValue()).isEqualByComparingTo("0.15");
        assertThat(y.get("distribution").get("lowerQuartile").decimalValue()).isEqualByComparingTo("0.125");
    }

    @Test
    void comparesLocalCodesThroughAMappingFile() throws Exception {
        Path mapping = dir.resolve("mapping.csv");
        Files.writeString(mapping, "territory,local_code,common_id\nPL_TERYT:1061011,UNEMP,unemployment\n");
        CliFixture.Run r = CliFixture.run("compare", "--store", store, "--territories", "PL_TERYT:1061011,CZ_ZUJ:595209", "--indicator",
                "unemployment", "--mapping", mapping.toString(), "--lang", "pl");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("value,unemployment,\"Stopa bezrobocia rejestrowanego\",\"%\",NONE,2023,PL_TERYT:1061011,\"Łódź\",UNEMP,"
                + "4.2,4.2,1,1,4.2,4.2,4.2,4.2,4.2,,,,,,,,");
        assertThat(r.out()).contains("excluded,unemployment,\"Stopa bezrobocia rejestrowanego\",\"%\",NONE,,CZ_ZUJ:595209,"
                + "\"Žďár nad Sázavou\",unemployment,,,,,,,,,,NOT_DEFINED,\"jednostka nie ma tego wskaźnika\",,,,,,");
    }

    @Test
    void writesAnHtmlPageWithTheChosenTownHighlighted() throws Exception {
        Path out = dir.resolve("compare.html");
        CliFixture.Run r = CliFixture.run("compare", "--store", store, "--all", "--indicator", "WASTE-KG", "--format", "html",
                "--highlight", "CZ_ZUJ:599902", "--lang", "cs", "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"cs\">", "<h1>Srovnání území</h1>",
                "<tr class=\"highlight\"><td class=\"num\">2. z 4</td><td>Město 2</td>", "zvýrazněno: Město 2");
    }

    @Test
    void writesAWorkbookOnlyToAFile() throws Exception {
        Path out = dir.resolve("compare.xlsx");
        CliFixture.Run toFile = CliFixture.run("compare", "--store", store, "--all", "--indicator", "WASTE-KG", "--format", "xlsx",
                "--out", out.toString());
        CliFixture.Run toTerminal = CliFixture.run("compare", "--store", store, "--all", "--indicator", "WASTE-KG", "--format", "xlsx");

        assertThat(toFile.exit()).as(toFile.err()).isZero();
        // an XLSX file is a ZIP archive: it starts with "PK"
        assertThat(Files.readAllBytes(out)).startsWith((byte) 'P', (byte) 'K');
        assertThat(toTerminal.exit()).isEqualTo(2);
        assertThat(toTerminal.err()).contains("--format xlsx writes a binary workbook: give --out FILE.xlsx");
    }

    @Test
    void namesWhatIsWrongWithTheRequest() throws Exception {
        CliFixture.Run unknown = CliFixture.run("compare", "--store", store, "--territories", "CZ_ZUJ:500011", "--indicator", "WASTE-KG");
        CliFixture.Run peerless = CliFixture.run("compare", "--store", store, "--territories", "CZ_ZUJ:595209", "--peers-of",
                "PL_TERYT:1061011", "--indicator", "WASTE-KG");
        CliFixture.Run lang = CliFixture.run("compare", "--store", store, "--all", "--indicator", "WASTE-KG", "--lang", "de");
        CliFixture.Run both = CliFixture.run("compare", "--store", store, "--all", "--territories", "CZ_ZUJ:595209", "--indicator", "WASTE-KG");
        Path badMapping = dir.resolve("bad.csv");
        Files.writeString(badMapping, "CZ_ZUJ:595209,WASTE-KG\n");
        CliFixture.Run mapping = CliFixture.run("compare", "--store", store, "--all", "--indicator", "WASTE-KG", "--mapping", badMapping.toString());

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no strategy of territory CZ_ZUJ:500011 in " + store);
        assertThat(peerless.exit()).isEqualTo(1);
        assertThat(peerless.err()).contains("territory PL_TERYT:1061011 is not among the territories compared");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang 'de' is not one of cs, pl, en");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(mapping.exit()).isEqualTo(1);
        assertThat(mapping.err()).contains("bad.csv:1", "three cells");
    }
}
