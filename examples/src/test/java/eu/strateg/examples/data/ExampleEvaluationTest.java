package eu.strateg.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.examples.data.ExampleData.Example;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The examples make a meaningful demo: evaluated as of the demo date, nothing fails for a data problem. */
class ExampleEvaluationTest {

    /** What a store gives an evaluation as of the demo date: the current value of each series and period then. */
    private static List<Observation> asOfDemo(Example e) {
        InMemoryObservationStore store = new InMemoryObservationStore();
        store.upsert(e.strategy().id(), e.observations());
        return store.find(ObservationQuery.all(e.strategy().id())
                .asOf(ExampleData.DEMO_AS_OF.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static StrategyEvaluation evaluate(Example e) {
        return new StandardEvaluator().evaluate(e.strategy(), asOfDemo(e), ExampleData.DEMO_AS_OF);
    }

    @Test
    void everyIndicatorIsScoredExceptContextIndicators() {
        for (Example e : ExampleData.all()) {
            StrategyEvaluation ev = evaluate(e);
            for (IndicatorEvaluation i : ev.indicators()) {
                Indicator indicator = e.strategy().indicator(i.indicatorCode()).orElseThrow();
                if (indicator.isContext()) {
                    assertThat(i.assessment().reason()).as(i.indicatorCode()).isEqualTo(NotAssessableReason.CONTEXT_INDICATOR);
                } else {
                    assertThat(i.assessment().isScored()).as("%s: %s", i.indicatorCode(), i.assessment().reason()).isTrue();
                }
            }
        }
    }

    @Test
    void showAVarietyOfStatusesAndSomeStaleIndicators() {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        long stale = 0;
        for (Example e : ExampleData.all()) {
            StrategyEvaluation ev = evaluate(e);
            ev.indicators().forEach(i -> statuses.add(i.assessment().status()));
            stale += ev.indicators().stream().filter(IndicatorEvaluation::stale).count();
        }
        assertThat(statuses).contains(Status.TARGET_ACHIEVED, Status.ON_TRACK, Status.NEEDS_ACCELERATION, Status.LIMITED_PROGRESS,
                Status.DETERIORATION);
        assertThat(stale).isGreaterThanOrEqualTo(3);
    }

    /**
     * A declared baseline says what was measured in its period: where the series has a value for that period, the
     * two agree; for a computed indicator, the formula over its inputs agrees to the indicator's display decimals.
     */
    @Test
    void declaredBaselinesAgreeWithTheMeasuredOrComputedValues() {
        for (Example e : ExampleData.all()) {
            Map<String, BigDecimal> values = asOfDemo(e).stream().filter(o -> o.disaggregation().isEmpty())
                    .collect(Collectors.toMap(o -> o.indicatorCode() + "@" + o.period(), Observation::value));
            for (Indicator i : e.strategy().indicators()) {
                if (i.baseline() == null) {
                    continue;
                }
                String at = "@" + i.baseline().period();
                BigDecimal declared = i.baseline().value();
                if (i.isComputed()) {
                    BigDecimal computed = computed(i.formula(), values, at);
                    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(i.displayDecimals()).divide(BigDecimal.valueOf(2));
                    assertThat(computed.subtract(declared).abs()).as(i.code()).isLessThanOrEqualTo(tolerance);
                } else if (values.containsKey(i.code() + at)) {
                    assertThat(values.get(i.code() + at)).as(i.code()).isEqualByComparingTo(declared);
                }
            }
        }
    }

    /** The examples' formulas all have the shape {@code A / B * K}. */
    private static BigDecimal computed(String formula, Map<String, BigDecimal> values, String at) {
        String[] parts = formula.split("\\s+");
        assertThat(parts).hasSize(5);
        assertThat(parts[1]).isEqualTo("/");
        assertThat(parts[3]).isEqualTo("*");
        return values.get(parts[0] + at).divide(values.get(parts[2] + at), MathContext.DECIMAL64).multiply(new BigDecimal(parts[4]));
    }
}
