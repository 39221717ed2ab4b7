package eu.strateg.core.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.Fixtures;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry and the default method of each kind of indicator. */
class EvaluationMethodsTest {

    private static Indicator of(Direction d) {
        return Indicator.of("X", "X", "u", IndicatorType.RESULT, d, Periodicity.ANNUAL);
    }

    @Test
    void defaultMethodPerDirection() {
        Indicator full = of(Direction.INCREASE).withBaseline(Baseline.of("2020", "0")).withTarget(Target.of("10", 2030));
        assertThat(EvaluationMethods.defaultFor(full)).isEqualTo("linear");
        assertThat(EvaluationMethods.defaultFor(of(Direction.DECREASE).withBaseline(Baseline.of("2020", "5")))).isEqualTo("open-sdg");
        assertThat(EvaluationMethods.defaultFor(of(Direction.MAINTAIN_AT_LEAST))).isEqualTo("maintain");
        assertThat(EvaluationMethods.defaultFor(of(Direction.MAINTAIN_AT_MOST))).isEqualTo("maintain");
        assertThat(EvaluationMethods.defaultFor(of(Direction.RANGE))).isEqualTo("range");
        assertThat(EvaluationMethods.defaultFor(of(Direction.QUALITATIVE))).isEqualTo("qualitative");
        assertThat(EvaluationMethods.defaultFor(of(Direction.NONE))).isEqualTo("context");
        assertThat(EvaluationMethods.methodIdFor(full.withMethod("eurostat"))).isEqualTo("eurostat");
    }

    @Test
    void standardRegistryHasEveryBuiltInMethod() {
        assertThat(EvaluationMethods.standard().all()).extracting(EvaluationMethod::id).containsExactly("open-sdg", "eurostat",
                "eurostat-long", "linear", "maintain", "range", "qualitative", "context");
    }

    @Test
    void aUserMethodIsRegisteredAndUsedByItsId() {
        EvaluationMethod always = new EvaluationMethod() {
            @Override
            public String id() {
                return "always-on-track";
            }

            @Override
            public Assessment assess(SeriesData series, MethodInput input) {
                return Assessment.scored(id(), eu.strateg.core.evaluation.Status.ON_TRACK, 3, null);
            }
        };
        Indicator mine = Fixtures.indicator("I1").withMethod("always-on-track");
        StrategyEvaluation r = new StandardEvaluator(EvaluationMethods.standard().with(always))
                .evaluate(Fixtures.strategy(Fixtures.tree(), List.of(mine), List.of()), List.of(), LocalDate.of(2024, 1, 1));

        assertThat(r.indicator("I1").orElseThrow().assessment().score()).isEqualTo(3.0);
        assertThat(r.element("1").orElseThrow().score()).isEqualTo(3.0);
    }

    @Test
    void anUnknownMethodIsNotAssessableWithItsReason() {
        Indicator mine = Fixtures.indicator("I1").withMethod("nobody-registered-this");
        StrategyEvaluation r = new StandardEvaluator().evaluate(Fixtures.strategy(Fixtures.tree(), List.of(mine), List.of()), List.of(),
                LocalDate.of(2024, 1, 1));

        assertThat(r.indicator("I1").orElseThrow().assessment().reason()).isEqualTo(NotAssessableReason.UNKNOWN_METHOD);
        assertThat(r.indicator("I1").orElseThrow().assessment().method()).isEqualTo("nobody-registered-this");
    }

    @Test
    void aBadMethodIdIsRejected() {
        assertThatThrownBy(() -> EvaluationMethods.standard().with(new EvaluationMethod() {
            @Override
            public String id() {
                return "Bad Id";
            }

            @Override
            public Assessment assess(SeriesData series, MethodInput input) {
                return new LinearMethod().assess(series, input);
            }
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
