package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import eu.strateg.core.comparison.ComparedTerritory;
import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.ComparisonRequest;
import eu.strateg.core.comparison.Comparisons;
import eu.strateg.core.comparison.Distribution;
import eu.strateg.core.comparison.IndicatorComparison;
import eu.strateg.core.comparison.IndicatorMapping;
import eu.strateg.core.comparison.MissingData;
import eu.strateg.core.comparison.MissingReason;
import eu.strateg.core.comparison.Normalisation;
import eu.strateg.core.comparison.PeerGroup;
import eu.strateg.core.comparison.SharedIndicator;
import eu.strateg.core.comparison.SizeClass;
import eu.strateg.core.comparison.TerritoryValue;
import eu.strateg.core.comparison.YearComparison;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two example towns ({@link ExampleStrategies#smallTown()}, Žďár nad Sázavou, and {@link ExampleStrategies#gmina},
 * Łódź) compared with four generated copies of the small town's strategy, Město 1 … Město 4. Values are invented;
 * every expected figure is derived by hand in the comments (quartiles: inclusive linear interpolation,
 * h = (n − 1)·p on the values sorted ascending from index 0).
 */
class ExampleTownsComparisonTest {

    private static final TerritoryCode ZDAR = ExampleStrategies.ZDAR;

    private static TerritoryCode generatedCode(int i) {
        return TerritoryCode.of(CodeScheme.CZ_ZUJ, "59990" + i);
    }

    /** Město i: the small town's strategy in another municipality of the same region. */
    private static Strategy generated(int i) {
        Strategy s = ExampleStrategies.smallTown("mesto-" + i);
        Territory t = new Territory(generatedCode(i), "Město " + i, TerritoryLevel.MUNICIPALITY, ExampleStrategies.VYSOCINA);
        return new Strategy(s.id(), 0, t, "Strategie města " + i, s.kind(), s.period(), null, s.levelNames(), s.vision(), s.elements(),
                s.indicators(), s.projects());
    }

    private static List<Observation> observations(String... codeYearValue) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < codeYearValue.length; i += 3) {
            out.add(Observation.of(codeYearValue[i], codeYearValue[i + 1], codeYearValue[i + 2]));
        }
        return out;
    }

    /**
     * Žďár: 20,500 inhabitants (2023), WASTE-KG 205.0 (2022) and 198.6 (2023), CYC-KM 6.2 km. Łódź: 655,000
     * inhabitants, UNEMP 4.2 %, none of Žďár's indicators. Město i (i = 1 … 4): 20,000 + 10,000·i inhabitants,
     * WASTE-KG 160 + 20·i (2022, not for i = 4) and 150 + 20·i (2023), CYC-KM 3·i km; Město 1 also has NEZAM 3.1 %.
     */
    private static List<ComparedTerritory> group() {
        List<ComparedTerritory> out = new ArrayList<>();
        out.add(ComparedTerritory.of(ExampleStrategies.smallTown(),
                observations("POP", "2023", "20500", "WASTE-KG", "2022", "205.0", "WASTE-KG", "2023", "198.6", "CYC-KM", "2023", "6.2"))
                .withPopulationFrom("POP"));
        Strategy lodz = ExampleStrategies.gmina("lodz-2030");
        out.add(ComparedTerritory.of(lodz, observations("UNEMP", "2023", "4.2")).withPopulation(Map.of(2023, new BigDecimal("655000"))));
        for (int i = 1; i <= 4; i++) {
            Strategy s = generated(i);
            List<Observation> obs = observations("POP", "2023", String.valueOf(20_000 + 10_000 * i), "WASTE-KG", "2023",
                    String.valueOf(150 + 20 * i), "CYC-KM", "2023", String.valueOf(3 * i));
            if (i < 4) {
                obs.add(Observation.of("WASTE-KG", "2022", String.valueOf(160 + 20 * i)));
            }
            if (i == 1) {
                s = s.withIndicators(append(s.indicators(), Indicator.of("NEZAM", "Podíl nezaměstnaných osob", "%", IndicatorType.RESULT,
                        Direction.DECREASE, Periodicity.ANNUAL)));
                obs.add(Observation.of("NEZAM", "2023", "3.1"));
            }
            out.add(ComparedTerritory.of(s, obs).withPopulationFrom("POP"));
        }
        return out;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static Comparison compare(List<ComparedTerritory> territories, SharedIndicator... indicators) {
        return Comparisons.compare(ComparisonRequest.of(territories, List.of(indicators)));
    }

    @Test
    void ranksTheExampleTownsWasteAndGivesTheQuartilesOfEachYear() {
        IndicatorComparison waste = compare(group(), SharedIndicator.of("WASTE-KG")).indicator("WASTE-KG").orElseThrow();

        // 2023 (lower is better): Město 1 170 → 1, Město 2 190 → 2, Žďár 198.6 → 3, Město 3 210 → 4, Město 4 230 → 5
        YearComparison y2023 = waste.year(2023).orElseThrow();
        assertThat(y2023.values()).extracting(v -> v.territory().name(), TerritoryValue::rank).containsExactly(
                tuple("Město 1", 1), tuple("Město 2", 2), tuple("Žďár nad Sázavou", 3), tuple("Město 3", 4), tuple("Město 4", 5));
        // n = 5, sorted 170, 190, 198.6, 210, 230: Q1 at h = 1 → 190, median h = 2 → 198.6, Q3 h = 3 → 210
        assertDistribution(y2023.distribution(), "170", "190", "198.6", "210", "230");
        // 2022: Město 4 has no value; n = 4, sorted 180, 200, 205.0, 220:
        // Q1 h = 0.75 → 180 + 0.75 · 20 = 195; median h = 1.5 → 200 + 0.5 · 5.0 = 202.5; Q3 h = 2.25 → 205.0 + 0.25 · 15.0 = 208.75
        YearComparison y2022 = waste.year(2022).orElseThrow();
        assertDistribution(y2022.distribution(), "180", "195", "202.5", "208.75", "220");
        assertThat(y2022.missing()).extracting(m -> m.territory().name(), MissingData::reason)
                .containsExactly(tuple("Město 4", MissingReason.NO_VALUE_FOR_YEAR));
        // Łódź has no WASTE-KG at all: listed once for the indicator, in no year
        assertThat(waste.excluded()).extracting(m -> m.territory().name(), MissingData::reason)
                .containsExactly(tuple("Łódź", MissingReason.NOT_DEFINED));
        assertThat(waste.unit()).isEqualTo("kg/obyv.");
        assertThat(waste.reference().code()).isEqualTo(ZDAR);
    }

    @Test
    void normalisesCyclePathsPerThousandInhabitants() {
        YearComparison y = compare(group(), SharedIndicator.of("CYC-KM", Normalisation.PER_1000_INHABITANTS)).indicator("CYC-KM")
                .orElseThrow().year(2023).orElseThrow();

        // Žďár 6.2 × 1000 / 20,500 = 0.302439024390243902… → 16 significant digits 0.3024390243902439
        // Město 1: 3 × 1000 / 30,000 = 0.1; Město 2: 6 × 1000 / 40,000 = 0.15; Město 3: 9 × 1000 / 50,000 = 0.18;
        // Město 4: 12 × 1000 / 60,000 = 0.2. Higher is better: Žďár 1, Město 4 2, Město 3 3, Město 2 4, Město 1 5
        assertThat(y.values()).extracting(v -> v.territory().name(), TerritoryValue::rank).containsExactly(
                tuple("Žďár nad Sázavou", 1), tuple("Město 4", 2), tuple("Město 3", 3), tuple("Město 2", 4), tuple("Město 1", 5));
        assertThat(y.value(ZDAR).orElseThrow().compared()).isEqualByComparingTo("0.3024390243902439");
        assertThat(y.value(ZDAR).orElseThrow().value()).isEqualByComparingTo("6.2");
        assertThat(y.value(generatedCode(2)).orElseThrow().compared()).isEqualByComparingTo("0.15");
        // sorted 0.1, 0.15, 0.18, 0.2, 0.3024390243902439: Q1 = 0.15, median = 0.18, Q3 = 0.2
        assertDistribution(y.distribution(), "0.1", "0.15", "0.18", "0.2", "0.3024390243902439");
    }

    @Test
    void comparesŁódźWithACzechTownThroughACommonUnemploymentId() {
        IndicatorMapping mapping = IndicatorMapping.of(Map.of(ExampleStrategies.LODZ, Map.of("UNEMP", "unemployment"),
                generatedCode(1), Map.of("NEZAM", "unemployment")));

        IndicatorComparison u = Comparisons.compare(ComparisonRequest.of(group(), List.of(SharedIndicator.of("unemployment")))
                .withMapping(mapping)).indicator("unemployment").orElseThrow();

        // lower is better: Město 1 3.1 → 1, Łódź 4.2 → 2; median of two = 3.1 + 0.5 · 1.1 = 3.65
        YearComparison y = u.year(2023).orElseThrow();
        assertThat(y.values()).extracting(v -> v.territory().name(), TerritoryValue::localCode, TerritoryValue::rank)
                .containsExactly(tuple("Město 1", "NEZAM", 1), tuple("Łódź", "UNEMP", 2));
        assertThat(y.distribution().median()).isEqualByComparingTo("3.65");
        // the first territory with the indicator (Łódź, given before the generated towns) defines it
        assertThat(u.reference().name()).isEqualTo("Łódź");
        assertThat(u.excluded()).extracting(m -> m.territory().name()).containsExactly("Žďár nad Sázavou", "Město 2", "Město 3", "Město 4");
    }

    @Test
    void thePeersOfŽďárAreTheMunicipalitiesFromTwentyToNinetyNineThousandInhabitants() {
        List<ComparedTerritory> candidates = new ArrayList<>(group());
        Strategy small = generated(5);
        candidates.add(ComparedTerritory.of(small, observations("POP", "2023", "19000")).withPopulationFrom("POP"));

        PeerGroup peers = PeerGroup.of(ZDAR, candidates);

        // Žďár 20,500 → 20,000–99,999; Město 1–4 (30,000–60,000) too; Łódź 655,000 and Město 5 19,000 are other classes
        assertThat(peers.sizeClass()).isEqualTo(SizeClass.FROM_20_000);
        assertThat(peers.members()).extracting(m -> m.territory().name())
                .containsExactly("Žďár nad Sázavou", "Město 1", "Město 2", "Město 3", "Město 4");
        // comparing the peers leaves Łódź out of the group altogether, not as missing data
        Comparison c = compare(peers.members(), SharedIndicator.of("WASTE-KG"));
        assertThat(c.indicator("WASTE-KG").orElseThrow().excluded()).isEmpty();
        assertThat(c.territories()).extracting(Territory::name).doesNotContain("Łódź");
        assertThat(c.profile(ZDAR).entries()).singleElement().satisfies(e -> {
            assertThat(e.value().rank()).isEqualTo(3);
            assertThat(e.groupSize()).isEqualTo(5);
        });
    }

    private static void assertDistribution(Distribution d, String min, String q1, String median, String q3, String max) {
        assertThat(d.min()).isEqualByComparingTo(min);
        assertThat(d.lowerQuartile()).isEqualByComparingTo(q1);
        assertThat(d.median()).isEqualByComparingTo(median);
        assertThat(d.upperQuartile()).isEqualByComparingTo(q3);
        assertThat(d.max()).isEqualByComparingTo(max);
    }
}
