package eu.strateg.core.comparison;

import static eu.strateg.core.comparison.Towns.CYCLE;
import static eu.strateg.core.comparison.Towns.FIRMS;
import static eu.strateg.core.comparison.Towns.WASTE;
import static eu.strateg.core.comparison.Towns.town;
import static eu.strateg.core.comparison.Towns.zuj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Five invented towns, Alfa … Epsilon, every expected figure derived by hand in the comments. Ranks are competition
 * ranks ("1224"); quartiles the inclusive linear interpolation Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]),
 * h = (n − 1)p, on the values sorted ascending and indexed from 0.
 */
class ComparisonsTest {

    // population 2023: Alfa 1,500, Beta 4,000, Gama 2,600, Delta 3,300, Epsilon 3,000; areas 25, 40, –, 32, 20 km²
    private static List<Towns> fiveTownsToBuild() {
        return List.of(
                town("500001", "Alfa").population(2023, "1500").area("25")
                        .with(WASTE, 2022, "220", 2023, "210").with(FIRMS, 2023, "45").with(CYCLE, 2023, "12.5"),
                town("500002", "Beta").population(2023, "4000").area("40")
                        .with(WASTE, 2022, "190.5", 2023, "180").with(FIRMS, 2023, "120").with(CYCLE, 2023, "10"),
                town("500003", "Gama").population(2023, "2600")
                        .with(WASTE, 2023, "180.0").with(FIRMS, 2023, "52").with(CYCLE, 2023, "4"),
                town("500004", "Delta").population(2023, "3300").area("32")
                        .with(WASTE, 2022, "160", 2023, "150").with(FIRMS, 2023, "99").with(CYCLE, 2023, "8"),
                town("500005", "Epsilon").population(2023, "3000").area("20")
                        .with(WASTE, 2022, "205", 2023, "200").with(FIRMS, 2023, "10").with(CYCLE, 2023, "3"));
    }

    /** The five towns with their values as observations. */
    private static List<ComparedTerritory> fiveTowns() {
        return fiveTownsToBuild().stream().map(Towns::build).toList();
    }

    private static Comparison compare(List<ComparedTerritory> towns, SharedIndicator... indicators) {
        return Comparisons.compare(ComparisonRequest.of(towns, List.of(indicators)));
    }

    private static List<String> names(YearComparison y) {
        return y.values().stream().map(v -> v.territory().name()).toList();
    }

    private static List<Integer> ranks(YearComparison y) {
        return y.values().stream().map(TerritoryValue::rank).toList();
    }

    @Test
    void ranksADecreasingIndicatorLowestFirstWithTiesSharingTheRankAndSkippingTheNext() {
        YearComparison y2023 = compare(fiveTowns(), SharedIndicator.of("WASTE")).indicator("WASTE").orElseThrow().year(2023).orElseThrow();

        // lower is better: Delta 150 → 1; Beta 180 and Gama 180.0 are equal (compared as numbers) → both 2, then 3 is
        // skipped; Epsilon 200 → 4; Alfa 210 → 5. Tied towns stay in the order given (Beta before Gama).
        assertThat(names(y2023)).containsExactly("Delta", "Beta", "Gama", "Epsilon", "Alfa");
        assertThat(ranks(y2023)).containsExactly(1, 2, 2, 4, 5);
    }

    @Test
    void ranksAnIncreasingIndicatorHighestFirstWithTiedTownsInTheOrderGiven() {
        List<ComparedTerritory> towns = List.of(town("500001", "Alfa").with(FIRMS, 2023, "45").build(),
                town("500002", "Beta").with(FIRMS, 2023, "120").build(), town("500003", "Gama").with(FIRMS, 2023, "45.0").build(),
                town("500004", "Delta").with(FIRMS, 2023, "120").build(), town("500005", "Epsilon").with(FIRMS, 2023, "10").build());

        YearComparison y = compare(towns, SharedIndicator.of("FIRMS")).indicator("FIRMS").orElseThrow().year(2023).orElseThrow();

        // higher is better: Beta and Delta 120 → both 1 (Beta given first), 2 skipped; Alfa 45 and Gama 45.0 → both 3,
        // 4 skipped; Epsilon 10 → 5
        assertThat(names(y)).containsExactly("Beta", "Delta", "Alfa", "Gama", "Epsilon");
        assertThat(ranks(y)).containsExactly(1, 1, 3, 3, 5);
        // sorted 10, 45, 45.0, 120, 120, n = 5: Q1 at h = 1 → 45, median h = 2 → 45.0, Q3 h = 3 → 120
        assertThat(y.distribution()).isEqualTo(new Distribution(5, new BigDecimal("10"), new BigDecimal("45"), new BigDecimal("45.0"),
                new BigDecimal("120"), new BigDecimal("120")));
    }

    @Test
    void aDistributionOfAscendingValuesIsTheDistributionOfTheSameValuesInAnyOrder() {
        List<BigDecimal> ascending = List.of(new BigDecimal("150"), new BigDecimal("180"), new BigDecimal("180.0"), new BigDecimal("200"));

        assertThat(Distribution.ofAscending(ascending)).isEqualTo(Distribution.of(List.of(new BigDecimal("200"), new BigDecimal("150"),
                new BigDecimal("180"), new BigDecimal("180.0"))));
        assertThatThrownBy(() -> Distribution.ofAscending(List.of(new BigDecimal("2"), new BigDecimal("1.5"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values not ascending: 1.5 at position 1 after 2");
    }

    @Test
    void annualValuesGivenWithoutObservationsCompareAsTheSameValuesGivenAsObservations() {
        List<ComparedTerritory> asObservations = fiveTownsToBuild().stream().map(Towns::build).toList();
        List<ComparedTerritory> asAnnualValues = fiveTownsToBuild().stream().map(Towns::buildAnnual).toList();
        SharedIndicator[] shared = {SharedIndicator.of("WASTE"), SharedIndicator.of("FIRMS", Normalisation.PER_1000_INHABITANTS),
            SharedIndicator.of("CYCLE", Normalisation.PER_KM2)};

        assertThat(asAnnualValues).allSatisfy(t -> assertThat(t.observations()).isEmpty());
        assertThat(asAnnualValues.get(0).annualValues().get("WASTE")).containsExactly(Map.entry(2022, new BigDecimal("220")),
                Map.entry(2023, new BigDecimal("210")));
        assertThat(compare(asAnnualValues, shared)).isEqualTo(compare(asObservations, shared));
    }

    @Test
    void computesMedianAndQuartilesOfOddAndEvenGroupsByInclusiveInterpolation() {
        IndicatorComparison waste = compare(fiveTowns(), SharedIndicator.of("WASTE")).indicator("WASTE").orElseThrow();

        // 2023, n = 5, sorted 150, 180, 180.0, 200, 210: Q1 at h = 4 · ¼ = 1 → 180; median h = 2 → 180.0; Q3 h = 3 → 200
        Distribution d2023 = waste.year(2023).orElseThrow().distribution();
        assertThat(d2023.count()).isEqualTo(5);
        assertThat(d2023.min()).isEqualByComparingTo("150");
        assertThat(d2023.lowerQuartile()).isEqualByComparingTo("180");
        assertThat(d2023.median()).isEqualByComparingTo("180");
        assertThat(d2023.upperQuartile()).isEqualByComparingTo("200");
        assertThat(d2023.max()).isEqualByComparingTo("210");

        // 2022, Gama has no value, n = 4, sorted 160, 190.5, 205, 220:
        // Q1 h = 3 · ¼ = 0.75 → 160 + 0.75 · (190.5 − 160) = 160 + 22.875 = 182.875
        // median h = 1.5 → 190.5 + 0.5 · (205 − 190.5) = 190.5 + 7.25 = 197.75
        // Q3 h = 2.25 → 205 + 0.25 · (220 − 205) = 205 + 3.75 = 208.75
        Distribution d2022 = waste.year(2022).orElseThrow().distribution();
        assertThat(d2022.count()).isEqualTo(4);
        assertThat(d2022.lowerQuartile()).isEqualByComparingTo("182.875");
        assertThat(d2022.median()).isEqualByComparingTo("197.75");
        assertThat(d2022.upperQuartile()).isEqualByComparingTo("208.75");
        assertThat(ranks(waste.year(2022).orElseThrow())).containsExactly(1, 2, 3, 4);
        assertThat(names(waste.year(2022).orElseThrow())).containsExactly("Delta", "Beta", "Epsilon", "Alfa");
    }

    @Test
    void normalisesPerThousandInhabitantsOfTheSameYearAndRanksTheNormalisedValues() {
        YearComparison y = compare(fiveTowns(), SharedIndicator.of("FIRMS", Normalisation.PER_1000_INHABITANTS))
                .indicator("FIRMS").orElseThrow().year(2023).orElseThrow();

        // Alfa 45 × 1000 / 1500 = 30; Beta 120 × 1000 / 4000 = 30; Gama 52 × 1000 / 2600 = 20; Delta 99 × 1000 / 3300 = 30;
        // Epsilon 10 × 1000 / 3000 = 3.333… rounded to 16 significant digits = 3.333333333333333
        assertThat(y.value(zuj("500001")).orElseThrow().compared()).isEqualByComparingTo("30");
        assertThat(y.value(zuj("500002")).orElseThrow().compared()).isEqualByComparingTo("30");
        assertThat(y.value(zuj("500003")).orElseThrow().compared()).isEqualByComparingTo("20");
        assertThat(y.value(zuj("500004")).orElseThrow().compared()).isEqualByComparingTo("30");
        assertThat(y.value(zuj("500005")).orElseThrow().compared()).isEqualByComparingTo("3.333333333333333");
        assertThat(y.value(zuj("500005")).orElseThrow().value()).isEqualByComparingTo("10");
        // higher is better: three towns at 30 share rank 1, Gama 4, Epsilon 5 ("1115")
        assertThat(names(y)).containsExactly("Alfa", "Beta", "Delta", "Gama", "Epsilon");
        assertThat(ranks(y)).containsExactly(1, 1, 1, 4, 5);
        // sorted 3.333333333333333, 20, 30, 30, 30: Q1 h = 1 → 20, median h = 2 → 30, Q3 h = 3 → 30
        assertThat(y.distribution().lowerQuartile()).isEqualByComparingTo("20");
        assertThat(y.distribution().median()).isEqualByComparingTo("30");
        assertThat(y.distribution().min()).isEqualByComparingTo("3.333333333333333");
    }

    @Test
    void normalisesPerSquareKilometreAndListsTheTownWithoutAnArea() {
        YearComparison y = compare(fiveTowns(), SharedIndicator.of("CYCLE", Normalisation.PER_KM2))
                .indicator("CYCLE").orElseThrow().year(2023).orElseThrow();

        // Alfa 12.5 / 25 = 0.5; Beta 10 / 40 = 0.25; Delta 8 / 32 = 0.25; Epsilon 3 / 20 = 0.15; Gama has no area
        assertThat(names(y)).containsExactly("Alfa", "Beta", "Delta", "Epsilon");
        assertThat(ranks(y)).containsExactly(1, 2, 2, 4);
        assertThat(y.values()).extracting(TerritoryValue::compared)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.15"));
        // sorted 0.15, 0.25, 0.25, 0.5: Q1 h = 0.75 → 0.15 + 0.75 · 0.10 = 0.225; median h = 1.5 → 0.25 + 0.5 · 0 = 0.25;
        // Q3 h = 2.25 → 0.25 + 0.25 · (0.5 − 0.25) = 0.3125
        assertThat(y.distribution().lowerQuartile()).isEqualByComparingTo("0.225");
        assertThat(y.distribution().median()).isEqualByComparingTo("0.25");
        assertThat(y.distribution().upperQuartile()).isEqualByComparingTo("0.3125");
        assertThat(y.missing()).singleElement().satisfies(m -> {
            assertThat(m.territory().name()).isEqualTo("Gama");
            assertThat(m.reason()).isEqualTo(MissingReason.NO_AREA);
            assertThat(m.year()).isEqualTo(2023);
        });
    }

    @Test
    void listsEveryTerritoryThatCannotBeComparedWithItsReasonAndNeverComparesIt() {
        Indicator wasteInTonnes = Indicator.of("WASTE", "Směsný odpad", "t", IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL);
        Indicator wasteToIncrease = Indicator.of("WASTE", "Odpad", "kg/obyv.", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL);
        Indicator wasteAtMost = Indicator.of("WASTE", "Odpad", "kg/obyv.", IndicatorType.RESULT, Direction.MAINTAIN_AT_MOST,
                Periodicity.ANNUAL);
        List<ComparedTerritory> towns = List.of(
                town("500001", "Alfa").with(WASTE, 2022, "220", 2023, "210").build(),
                town("500002", "Beta").with(wasteInTonnes, 2023, "2291").build(),
                town("500003", "Gama").with(wasteToIncrease, 2023, "100").build(),
                town("500004", "Delta").with(FIRMS, 2023, "5").build(),
                town("500005", "Epsilon").with(WASTE, 2022, "205").build(),
                town("500006", "Zeta").with(wasteAtMost, 2023, "190").build());

        IndicatorComparison waste = compare(towns, SharedIndicator.of("WASTE")).indicator("WASTE").orElseThrow();

        assertThat(waste.reference().name()).isEqualTo("Alfa");
        assertThat(waste.unit()).isEqualTo("kg/obyv.");
        assertThat(waste.excluded()).extracting(m -> m.territory().name(), MissingData::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Beta", MissingReason.DIFFERENT_UNIT),
                org.assertj.core.groups.Tuple.tuple("Gama", MissingReason.DIFFERENT_DIRECTION),
                org.assertj.core.groups.Tuple.tuple("Delta", MissingReason.NOT_DEFINED));
        assertThat(waste.excluded().get(0).detail()).isEqualTo("unit 't', the group's 'kg/obyv.' (as in Alfa)");
        // maintain-at-most points the same way as decrease (lower is better): the same definition, compared
        YearComparison y2023 = waste.year(2023).orElseThrow();
        assertThat(names(y2023)).containsExactly("Zeta", "Alfa");
        assertThat(y2023.missing()).extracting(m -> m.territory().name(), MissingData::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Epsilon", MissingReason.NO_VALUE_FOR_YEAR));
        assertThat(waste.year(2022).orElseThrow().missing()).extracting(m -> m.territory().name()).containsExactly("Zeta");
        // Beta's 2291 t and Gama's 100 are in no year and no distribution: 2023 is Zeta 190 and Alfa 210 only
        assertThat(y2023.distribution().count()).isEqualTo(2);
        assertThat(y2023.distribution().median()).isEqualByComparingTo("200");
    }

    @Test
    void listsTheYearsWithoutPopulationWhenNormalisingPerInhabitants() {
        List<ComparedTerritory> towns = List.of(
                town("500001", "Alfa").population(Map.of(2023, new BigDecimal("1500"))).with(FIRMS, 2022, "40", 2023, "45").build(),
                town("500002", "Beta").with(FIRMS, 2023, "120").build());

        IndicatorComparison firms = compare(towns, SharedIndicator.of("FIRMS", Normalisation.PER_1000_INHABITANTS)).indicator("FIRMS")
                .orElseThrow();

        // Alfa's 2022 value has no 2022 population: not normalised with another year's
        assertThat(firms.year(2022).orElseThrow().values()).isEmpty();
        assertThat(firms.year(2022).orElseThrow().distribution()).isNull();
        assertThat(firms.year(2022).orElseThrow().missing()).extracting(m -> m.territory().name(), MissingData::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alfa", MissingReason.NO_POPULATION),
                org.assertj.core.groups.Tuple.tuple("Beta", MissingReason.NO_VALUE_FOR_YEAR));
        assertThat(firms.year(2023).orElseThrow().missing()).extracting(m -> m.territory().name(), MissingData::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beta", MissingReason.NO_POPULATION));
        assertThat(names(firms.year(2023).orElseThrow())).containsExactly("Alfa");
    }

    @Test
    void comparesIndicatorsSharedThroughAMappingToACommonId() {
        Indicator nezam = Indicator.of("NEZAM", "Podíl nezaměstnaných", "%", IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL);
        Indicator bezrobocie = Indicator.of("BEZROBOCIE", "Stopa bezrobocia", "%", IndicatorType.RESULT, Direction.DECREASE,
                Periodicity.ANNUAL);
        Territory niepolomice = Territory.of(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"), "Niepołomice", TerritoryLevel.MUNICIPALITY);
        List<ComparedTerritory> towns = List.of(
                town("586307", "Kyjov").with(nezam, 2023, "3.9").build(),
                Towns.of(niepolomice).with(bezrobocie, 2023, "1.4").build(),
                town("500001", "Alfa").with(Indicator.of("unemployment", "Nezaměstnanost", "%", IndicatorType.RESULT, Direction.DECREASE,
                        Periodicity.ANNUAL), 2023, "2.5").build());
        IndicatorMapping mapping = IndicatorMapping.of(Map.of(zuj("586307"), Map.of("NEZAM", "unemployment"),
                niepolomice.code(), Map.of("BEZROBOCIE", "unemployment")));

        IndicatorComparison u = Comparisons.compare(ComparisonRequest.of(towns, List.of(SharedIndicator.of("unemployment")))
                .withMapping(mapping)).indicator("unemployment").orElseThrow();

        // Alfa has no mapping: its indicator is found by the common id itself. Lower is better: 1.4, 2.5, 3.9
        YearComparison y = u.year(2023).orElseThrow();
        assertThat(names(y)).containsExactly("Niepołomice", "Alfa", "Kyjov");
        assertThat(y.values()).extracting(TerritoryValue::localCode).containsExactly("BEZROBOCIE", "unemployment", "NEZAM");
        assertThat(y.distribution().median()).isEqualByComparingTo("2.5");
        assertThat(u.name()).isEqualTo("Podíl nezaměstnaných");
    }

    @Test
    void doesNotRankRangeOrContextIndicatorsButStillGivesTheirDistribution() {
        Indicator pop = Indicator.of("POP", "Počet obyvatel", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL);
        List<ComparedTerritory> towns = List.of(town("500001", "Alfa").with(pop, 2023, "1500").build(),
                town("500002", "Beta").with(pop, 2023, "4000").build(), town("500003", "Gama").with(pop, 2023, "2600").build());

        IndicatorComparison c = compare(towns, SharedIndicator.of("POP")).indicator("POP").orElseThrow();

        assertThat(c.ranked()).isFalse();
        YearComparison y = c.year(2023).orElseThrow();
        assertThat(ranks(y)).containsOnlyNulls();
        assertThat(names(y)).containsExactly("Alfa", "Beta", "Gama");
        // sorted 1500, 2600, 4000: Q1 h = 0.5 → 1500 + 0.5 · 1100 = 2050; median 2600; Q3 h = 1.5 → 2600 + 0.5 · 1400 = 3300
        assertThat(y.distribution().lowerQuartile()).isEqualByComparingTo("2050");
        assertThat(y.distribution().median()).isEqualByComparingTo("2600");
        assertThat(y.distribution().upperQuartile()).isEqualByComparingTo("3300");
    }

    @Test
    void comparesOnlyHeadlineAnnualValuesAndOnlyTheYearsAskedFor() {
        List<Observation> obs = new ArrayList<>(List.of(Observation.of("WASTE", "2023", "210"), Observation.of("WASTE", "2021", "230"),
                Observation.of("WASTE", "2023-Q1", "50"), Observation.of("WASTE", "2023", "999").withDisaggregation(Map.of("část", "Zámek"))));
        ComparedTerritory alfa = new ComparedTerritory(town("500001", "Alfa").build().territory(), List.of(WASTE), obs, null, null);

        IndicatorComparison c = Comparisons.compare(ComparisonRequest.of(List.of(alfa), List.of(SharedIndicator.of("WASTE")))
                .withYears(new TreeSet<>(List.of(2023, 2024)))).indicator("WASTE").orElseThrow();

        assertThat(c.years()).extracting(YearComparison::year).containsExactly(2023, 2024);
        assertThat(c.year(2023).orElseThrow().values()).singleElement().satisfies(v -> assertThat(v.value()).isEqualByComparingTo("210"));
        assertThat(c.year(2024).orElseThrow().missing()).extracting(MissingData::reason).containsExactly(MissingReason.NO_VALUE_FOR_YEAR);
        assertThat(c.latestYear().orElseThrow().year()).isEqualTo(2023);
    }

    @Test
    void givesEachValueItsChangeSinceThePreviousComparableYearJudgedByTheDirection() {
        IndicatorComparison waste = compare(fiveTowns(), SharedIndicator.of("WASTE")).indicator("WASTE").orElseThrow();
        YearComparison y2023 = waste.year(2023).orElseThrow();

        // lower is better: Alfa 220 → 210 is −10, improving; Beta 190.5 → 180 is −10.5; Gama has no 2022 value
        TerritoryValue alfa = y2023.value(zuj("500001")).orElseThrow();
        assertThat(alfa.previousYear()).isEqualTo(2022);
        assertThat(alfa.change()).isEqualByComparingTo("-10");
        assertThat(alfa.trend()).isEqualTo(Trend.IMPROVING);
        assertThat(y2023.value(zuj("500002")).orElseThrow().change()).isEqualByComparingTo("-10.5");
        TerritoryValue gama = y2023.value(zuj("500003")).orElseThrow();
        assertThat(gama.previousYear()).isNull();
        assertThat(gama.change()).isNull();
        assertThat(gama.trend()).isNull();
        assertThat(waste.year(2022).orElseThrow().values()).allSatisfy(v -> assertThat(v.trend()).isNull());
    }

    @Test
    void aTrendSkipsEarlierYearsThatCannotBeNormalisedAndOnlyGoesUpOrDownWithoutADirection() {
        Indicator pop = Indicator.of("POP", "Počet obyvatel", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL);
        List<ComparedTerritory> towns = List.of(town("500001", "Alfa")
                .population(Map.of(2021, new BigDecimal("1000"), 2023, new BigDecimal("1500")))
                .with(FIRMS, 2021, "30", 2022, "40", 2023, "45").with(pop, 2022, "1500", 2023, "1500").build());

        Comparison c = compare(towns, SharedIndicator.of("FIRMS", Normalisation.PER_1000_INHABITANTS), SharedIndicator.of("POP"));

        // 2022 has no population, so 2023 (45 × 1000 / 1500 = 30) is compared with 2021 (30 × 1000 / 1000 = 30): unchanged
        TerritoryValue firms = c.indicator("FIRMS").orElseThrow().year(2023).orElseThrow().values().get(0);
        assertThat(firms.previousYear()).isEqualTo(2021);
        assertThat(firms.change()).isEqualByComparingTo("0");
        assertThat(firms.trend()).isEqualTo(Trend.UNCHANGED);
        assertThat(Trend.of(new BigDecimal("2"), 0)).isEqualTo(Trend.INCREASING);
        assertThat(Trend.of(new BigDecimal("-2"), 0)).isEqualTo(Trend.DECREASING);
        assertThat(Trend.of(new BigDecimal("2"), -1)).isEqualTo(Trend.WORSENING);
        assertThat(c.indicator("POP").orElseThrow().year(2023).orElseThrow().values().get(0).trend()).isEqualTo(Trend.UNCHANGED);
    }

    @Test
    void anIndicatorNoTerritoryHasIsReportedForEveryTerritory() {
        IndicatorComparison c = compare(fiveTowns(), SharedIndicator.of("NOISE")).indicator("NOISE").orElseThrow();

        assertThat(c.reference()).isNull();
        assertThat(c.years()).isEmpty();
        assertThat(c.excluded()).hasSize(5).extracting(MissingData::reason).containsOnly(MissingReason.NOT_DEFINED);
    }

    @Test
    void aTerritoryProfileGivesTheLatestValueRankAndBandOfEachIndicator() {
        Comparison c = compare(fiveTowns(), SharedIndicator.of("WASTE"), SharedIndicator.of("CYCLE", Normalisation.PER_KM2));

        TerritoryProfile alfa = c.profile(zuj("500001"));
        TerritoryProfile gama = c.profile(zuj("500003"));

        // WASTE 2023: Alfa 210 is rank 5 of 5, above Q3 = 200; CYCLE 2023: 0.5 km/km² rank 1 of 4, above Q3 = 0.3125
        assertThat(alfa.entries()).extracting(e -> e.indicator().indicator().id(), TerritoryProfile.Entry::year, e -> e.value().rank(),
                TerritoryProfile.Entry::groupSize, TerritoryProfile.Entry::band).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WASTE", 2023, 5, 5, TerritoryProfile.Band.ABOVE_UPPER_QUARTILE),
                org.assertj.core.groups.Tuple.tuple("CYCLE", 2023, 1, 4, TerritoryProfile.Band.ABOVE_UPPER_QUARTILE));
        // Gama 180.0 lies between Q1 = 180 and Q3 = 200 (bounds included); it has no CYCLE value (no area), so no entry
        assertThat(gama.entries()).singleElement().satisfies(e -> assertThat(e.band()).isEqualTo(TerritoryProfile.Band.BETWEEN_QUARTILES));
    }

    @Test
    void rejectsTwoValuesForOneYearAndATerritoryGivenTwice() {
        ComparedTerritory twice = new ComparedTerritory(town("500001", "Alfa").build().territory(), List.of(WASTE),
                List.of(Observation.of("WASTE", "2023", "210"), Observation.of("WASTE", "2023", "211")), null, null);
        assertThatThrownBy(() -> compare(List.of(twice), SharedIndicator.of("WASTE"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("CZ_ZUJ:500001.WASTE.2023").hasMessageContaining("two values (210 and 211) for one year");

        ComparedTerritory bothWays = new ComparedTerritory(town("500001", "Alfa").build().territory(), List.of(WASTE),
                List.of(Observation.of("WASTE", "2023", "210")), null, null, null, Map.of("WASTE", new java.util.TreeMap<>(Map.of(2023,
                        new BigDecimal("212")))));
        assertThatThrownBy(() -> compare(List.of(bothWays), SharedIndicator.of("WASTE"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("two values (212 and 210) for one year");

        ComparedTerritory alfa = town("500001", "Alfa").build();
        assertThatThrownBy(() -> ComparisonRequest.of(List.of(alfa, alfa), List.of(SharedIndicator.of("WASTE"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("territory CZ_ZUJ:500001 is given twice");
        assertThatThrownBy(() -> IndicatorMapping.of(Map.of(zuj("500001"), new java.util.TreeMap<>(Map.of("A", "u", "B", "u")))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("both A and B of CZ_ZUJ:500001 are mapped to u");
    }
}
