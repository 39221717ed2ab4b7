package eu.strateg.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each territory's status of a compared indicator comes from the evaluation of its own strategy as of a date, and is
 * carried on its values, its missing years and its exclusion. Expected statuses from the definitions of the status
 * scale (the {@link Status} constants): a decrease indicator from a baseline of 200 (2020) to a target of 150 (2030)
 * whose latest value is 140 has reached its target; one whose latest value is 230, above the baseline, is moving
 * away from it.
 */
class ComparisonStatusTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private static Indicator waste(String unit, String baseline, String target) {
        return Indicator.of("WASTE", "Směsný odpad na obyvatele", unit, IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), new BigDecimal(baseline))).withTarget(Target.of(target, 2030));
    }

    private static Strategy strategy(String id, String zuj, String name, Indicator indicator) {
        List<Element> elements = List.of(Element.of("1", null, ElementKind.PRIORITY_AREA, "Životní prostředí"),
                Element.of("1.1", "1", ElementKind.MEASURE, "Méně odpadu").withIndicators(List.of(indicator.code())));
        return new Strategy(StrategyId.of(id), 0, Territory.of(Towns.zuj(zuj), name, TerritoryLevel.MUNICIPALITY),
                "Strategie " + name, StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Oblast", "Opatření"),
                null, elements, List.of(indicator), List.of());
    }

    private static ComparedTerritory evaluated(Strategy s, String... yearValue) {
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            obs.add(Observation.of("WASTE", yearValue[i], yearValue[i + 1]));
        }
        return ComparedTerritory.of(s, obs).withEvaluation(new StandardEvaluator().evaluate(s, obs, AS_OF));
    }

    @Test
    void everyTerritoryCarriesTheStatusOfItsOwnStrategyAsOfTheDate() {
        ComparedTerritory alfa = evaluated(strategy("alfa", "500001", "Alfa", waste("kg/obyv.", "200", "150")), "2022", "190", "2023", "140");
        ComparedTerritory beta = evaluated(strategy("beta", "500002", "Beta", waste("kg/obyv.", "200", "150")), "2022", "205", "2023", "230");
        // Gama measures in tonnes: excluded from the group's definition, but its own strategy still has a status:
        // baseline 2.0 t, target 1.5 t, latest 1.2 t, reached
        ComparedTerritory gama = evaluated(strategy("gama", "500003", "Gama", waste("t", "2.0", "1.5")), "2023", "1.2");
        // Delta has 2023 only: 2022 is a missing year with its status
        ComparedTerritory delta = evaluated(strategy("delta", "500004", "Delta", waste("kg/obyv.", "200", "150")), "2023", "140");

        Comparison c = Comparisons.compare(ComparisonRequest.of(List.of(alfa, beta, gama, delta), List.of(SharedIndicator.of("WASTE")))
                .withStatusAsOf(AS_OF));

        assertThat(c.statusAsOf()).isEqualTo(AS_OF);
        IndicatorComparison waste = c.indicator("WASTE").orElseThrow();
        YearComparison y2023 = waste.year(2023).orElseThrow();
        assertThat(y2023.value(Towns.zuj("500001")).orElseThrow().status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(y2023.value(Towns.zuj("500002")).orElseThrow().status()).isEqualTo(Status.DETERIORATION);
        assertThat(y2023.value(Towns.zuj("500004")).orElseThrow().status()).isEqualTo(Status.TARGET_ACHIEVED);
        // the status is the territory's as of the date, the same in each year it has a value
        YearComparison y2022 = waste.year(2022).orElseThrow();
        assertThat(y2022.value(Towns.zuj("500002")).orElseThrow().status()).isEqualTo(Status.DETERIORATION);
        assertThat(y2022.missing()).singleElement().satisfies(m -> {
            assertThat(m.territory().name()).isEqualTo("Delta");
            assertThat(m.reason()).isEqualTo(MissingReason.NO_VALUE_FOR_YEAR);
            assertThat(m.status()).isEqualTo(Status.TARGET_ACHIEVED);
        });
        assertThat(waste.excluded()).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(MissingReason.DIFFERENT_UNIT);
            assertThat(m.status()).isEqualTo(Status.TARGET_ACHIEVED);
        });
        // the trend is the comparison's own, from the compared values: Beta 205 → 230 on a decrease indicator
        assertThat(y2023.value(Towns.zuj("500002")).orElseThrow().trend()).isEqualTo(Trend.WORSENING);
    }

    @Test
    void withoutEvaluationsThereIsNoStatus() {
        ComparedTerritory alfa = ComparedTerritory.of(strategy("alfa", "500001", "Alfa", waste("kg/obyv.", "200", "150")),
                List.of(Observation.of("WASTE", "2023", "140")));
        Comparison c = Comparisons.compare(ComparisonRequest.of(List.of(alfa), List.of(SharedIndicator.of("WASTE"))));
        assertThat(c.statusAsOf()).isNull();
        assertThat(c.indicator("WASTE").orElseThrow().year(2023).orElseThrow().values().get(0).status()).isNull();
    }
}
