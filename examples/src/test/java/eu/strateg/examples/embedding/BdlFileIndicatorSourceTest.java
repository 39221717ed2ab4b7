package eu.strateg.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.IndicatorSource.Batch;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.examples.data.ExampleData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BdlFileIndicatorSourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A strategy of the given territory with one indicator POP fed by BDL variable 72305. */
    private static Strategy strategyOf(TerritoryCode code) {
        Indicator pop = Indicator.of("POP", "Ludność", "osoby", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                .withDetails(null, "bdl:72305", null, 0);
        return new Strategy(StrategyId.of("t"), 0, Territory.of(code, "Test", TerritoryLevel.MUNICIPALITY), "Test",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Cel"), null,
                List.of(Element.of("1", null, ElementKind.GOAL, "Cel").withIndicators(List.of("POP"))), List.of(pop), List.of());
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static final String BY_VARIABLE = """
            {"variableId": 72305, "results": [
              {"id": "011212019043", "name": "Niepołomice", "values": [{"year": "2019", "val": 28129, "attrId": 1},
                                                                      {"year": "2020", "val": 28.10, "attrId": 1},
                                                                      {"year": "2021", "val": 1, "attrId": 2}]},
              {"id": "011212019044", "name": "Niepołomice - miasto", "values": [{"year": "2019", "val": 15000, "attrId": 1}]},
              {"id": "011212019053", "name": "Wieliczka", "values": [{"year": "2019", "val": 60000, "attrId": 1}]}]}
            """;

    @Test
    void takesTheWholeGminaByItsTerytCodeAndOnlyAttributeOne() throws IOException {
        write("a.json", BY_VARIABLE);
        Batch batch = BdlFileIndicatorSource.inDirectory(dir, CLOCK).fetch(strategyOf(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043")));
        assertThat(batch.observations()).extracting(o -> o.period() + "=" + o.value().toPlainString()).containsExactly("2019=28129", "2020=28.10");
        assertThat(batch.observations()).allSatisfy(o -> assertThat(o.source()).contains("zmienna 72305", "011212019043", "a.json"));
        assertThat(batch.provenance()).contains("BDL", "a.json");
        assertThat(batch.retrievedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void readsTheByUnitShapeToo() throws IOException {
        write("u.json", """
                {"unitId": "011212019043", "unitName": "Niepołomice", "results": [
                  {"id": 72305, "values": [{"year": "2022", "val": 29980, "attrId": 1}]},
                  {"id": 60530, "values": [{"year": "2022", "val": 1502, "attrId": 1}]}]}
                """);
        Batch batch = BdlFileIndicatorSource.inDirectory(dir, CLOCK).fetch(strategyOf(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043")));
        assertThat(batch.observations()).singleElement().satisfies(o -> {
            assertThat(o.indicatorCode()).isEqualTo("POP");
            assertThat(o.value()).isEqualByComparingTo(new BigDecimal("29980"));
        });
    }

    @Test
    void givesNothingForACzechTerritory() throws IOException {
        write("a.json", BY_VARIABLE);
        Batch batch = BdlFileIndicatorSource.inDirectory(dir, CLOCK).fetch(strategyOf(TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307")));
        assertThat(batch.observations()).isEmpty();
    }

    /** The fact sheet's verified example: unit 011212001011 is Bochnia, TERC 1201011; 011200000000 is Małopolska. */
    @Test
    void derivesTerytFromTheUnitIdAsTheFactSheetDescribes() {
        assertThat(BdlFileIndicatorSource.terytOf("011212001011")).isEqualTo("1201011");
        assertThat(BdlFileIndicatorSource.terytOf("011200000000")).isEqualTo("12");
    }

    @Test
    void reportsEveryProblemOfABadFileWithItsPath() throws IOException {
        write("bad.json", """
                {"variableId": 72305, "results": [
                  {"id": "12345", "values": [{"year": 2019, "val": "many", "attrId": 1.5}]},
                  {"id": "011212019043", "values": "none"}]}
                """);
        var source = BdlFileIndicatorSource.inDirectory(dir, CLOCK);
        assertThatThrownBy(() -> source.fetch(strategyOf(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactlyInAnyOrder(
                                "files[bad.json].results[0].id",
                                "files[bad.json].results[0].values[0].year",
                                "files[bad.json].results[0].values[0].val",
                                "files[bad.json].results[0].values[0].attrId",
                                "files[bad.json].results[1].values"));
    }

    @Test
    void reportsProblemsOfEveryFileTogether() throws IOException {
        write("broken.json", "{\"variableId\": 72305, \"results\": [");
        write("neither.json", "{\"results\": []}");
        write("list.json", "[1, 2]");
        var source = BdlFileIndicatorSource.inDirectory(dir, CLOCK);
        assertThatThrownBy(() -> source.fetch(strategyOf(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path)
                            .containsExactly("files[broken.json]", "files[list.json]", "files[neither.json]");
                    assertThat(e.problems().get(0).message()).contains("not valid JSON", "line");
                });
    }

    @Test
    void reportsTwoFilesThatDisagree() throws IOException {
        write("a.json", BY_VARIABLE);
        write("b.json", """
                {"unitId": "011212019043", "results": [{"id": 72305, "values": [{"year": "2019", "val": 28130, "attrId": 1}]}]}
                """);
        var source = BdlFileIndicatorSource.inDirectory(dir, CLOCK);
        assertThatThrownBy(() -> source.fetch(strategyOf(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains("28129", "28130", "a.json", "b.json")));
    }

    @Test
    void feedsEveryBdlIndicatorOfTheNiepolomiceExampleFromTheShippedFiles() {
        Batch batch = BdlFileIndicatorSource.inDirectory(BdlSourceExample.bundledFiles(), CLOCK).fetch(ExampleData.niepolomice());
        List<String> bdlIndicators = ExampleData.niepolomice().indicators().stream()
                .filter(i -> i.source() != null && i.source().startsWith("bdl:")).map(Indicator::code).toList();
        assertThat(batch.observations().stream().map(Observation::indicatorCode).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(bdlIndicators);
    }
}
