package eu.strateg.core.evaluation;

import static eu.strateg.core.evaluation.EvalFixtures.element;
import static eu.strateg.core.evaluation.EvalFixtures.scored;
import static eu.strateg.core.evaluation.EvalFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.11, the evaluation's part: "target achieved" is decided on the exact decimals, not on their doubles,
 * and the most extreme weights validation allows still give the weighted mean (weights beyond the double range,
 * which once made a whole strategy not assessable, are refused by validation).
 */
class ExactDecisionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** Two decimals that share one double (0.30000000000000004440892098500626…). */
    private static final String JUST_BELOW = "0.30000000000000002";
    private static final String TARGET = "0.30000000000000003";

    @Test
    void aValueJustBelowTheTargetHasNotAchievedItThoughTheirDoublesAreEqual() {
        assertThat(new BigDecimal(JUST_BELOW).doubleValue()).isEqualTo(new BigDecimal(TARGET).doubleValue());
        for (String method : List.of("linear", "open-sdg", "eurostat")) {
            Indicator ind = Indicator.of("SHARE", "Share", "1", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                    .withBaseline(Baseline.of(Period.year(2018), new BigDecimal("0.1")))
                    .withTarget(Target.of(new BigDecimal(TARGET), 2030)).withMethod(method);
            Strategy s = EvalFixtures.strategy(List.of(), List.of(ind), List.of());
            Status below = new StandardEvaluator().evaluate(s, List.of(value("SHARE", "2024", JUST_BELOW)), AS_OF).indicators().get(0)
                    .assessment().status();
            Status at = new StandardEvaluator().evaluate(s, List.of(value("SHARE", "2024", TARGET)), AS_OF).indicators().get(0)
                    .assessment().status();
            assertThat(below).as(method + ", just below").isNotEqualTo(Status.TARGET_ACHIEVED);
            assertThat(at).as(method + ", at the target").isEqualTo(Status.TARGET_ACHIEVED);
        }
    }

    @Test
    void keepingALevelIsDecidedExactlyToo() {
        Indicator ind = Indicator.of("LEVEL", "Level", "1", IndicatorType.RESULT, Direction.MAINTAIN_AT_LEAST, Periodicity.ANNUAL)
                .withTarget(Target.of(new BigDecimal(TARGET), 2030));
        Strategy s = EvalFixtures.strategy(List.of(), List.of(ind), List.of());
        Assessment a = new StandardEvaluator().evaluate(s, List.of(value("LEVEL", "2024", JUST_BELOW)), AS_OF).indicators().get(0).assessment();
        assertThat(a.status()).isEqualTo(Status.DETERIORATION);
    }

    @Test
    void theExtremeWeightsValidationAllowsStillGiveTheWeightedMean() {
        // weights 1000000 and 0.000001 (the bounds): (1e6·4 + 1e-6·(−2)) / (1e6 + 1e-6)
        Strategy s = EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "1", "A", "B")),
                List.of(scored("A", "1000000"), scored("B", "0.000001")), List.of());
        StrategyEvaluation e = EvalFixtures.evaluator().evaluate(s, List.of(value("A", "2024", "4"), value("B", "2024", "-2")), AS_OF);
        assertThat(e.elements().get(0).score()).isCloseTo((1e6 * 4 - 1e-6 * 2) / (1e6 + 1e-6), within(1e-12));
        assertThat(e.summary().status()).isEqualTo(Status.ON_TRACK);
        // only the lightest child scored: its score alone, not "not assessable"
        e = EvalFixtures.evaluator().evaluate(s, List.of(value("B", "2024", "-2")), AS_OF);
        assertThat(e.elements().get(0).score()).isCloseTo(-2.0, within(1e-12));
        assertThat(e.elements().get(0).assessable()).isEqualTo(1);
    }
}
