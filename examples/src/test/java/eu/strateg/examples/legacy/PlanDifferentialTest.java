package eu.strateg.examples.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.StaleRule;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.core.evaluation.ValueColumns;
import eu.strateg.core.evaluation.rollup.ElementRollup;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the compiled evaluation plan gives exactly the results of the evaluator it replaced (a copy of which
 * is kept in this package as {@link LegacyStandardEvaluator}), record for record — every indicator's assessment
 * with its components, every series, element and contribution, the summary — on the example strategies at several
 * dates and on 1,000 generated ones; its scores-only result has the same numbers as its full one; and values
 * given as columns evaluate like the same values as observations.
 */
class PlanDifferentialTest {

    private final LegacyStandardEvaluator legacy = new LegacyStandardEvaluator();
    private final StandardEvaluator evaluator = new StandardEvaluator();

    @Test
    void theExampleStrategiesEvaluateAsBeforeAtEveryDate() {
        for (ExampleData.Example e : ExampleData.all()) {
            for (LocalDate asOf : List.of(ExampleData.DEMO_AS_OF, LocalDate.of(2019, 12, 31), LocalDate.of(2022, 3, 15), LocalDate.of(2030, 1, 1))) {
                String where = e.strategy().id().value() + " as of " + asOf;
                compare(e.strategy(), e.observations(), asOf, where);
            }
        }
    }

    @Test
    void thousandGeneratedStrategiesEvaluateAsBefore() {
        long seed = Long.getLong("strateg.seed", System.nanoTime());
        System.out.println("PlanDifferentialTest seed: " + seed + " (rerun with -Dstrateg.seed=" + seed + ")");
        RandomStrategies generator = new RandomStrategies(new Random(seed));
        Set<Status> seen = EnumSet.noneOf(Status.class);
        int columnCases = 0;
        for (int k = 0; k < 1000; k++) {
            RandomStrategies.Case c = generator.next(k);
            String where = "seed " + seed + ", case " + k + " (" + c.strategy().indicators().size() + " indicators, as of " + c.asOf() + ")";
            StrategyEvaluation result = compare(c.strategy(), c.observations(), c.asOf(), where);
            result.indicators().forEach(i -> seen.add(i.assessment().status()));
            leavingStaleOut(c, where);
            if (c.headlineAnnualOnly()) {
                columnCases++;
                ValueColumns columns = columns(c.strategy(), c.observations());
                StrategyEvaluation fromColumns = evaluator.evaluate(c.strategy(), columns, c.asOf());
                assertThat(fromColumns).as(where + ": columns vs their observations")
                        .isEqualTo(evaluator.evaluate(c.strategy(), columns.toObservations(), c.asOf()));
                assertThat(fromColumns).as(where + ": columns, new vs old").isEqualTo(legacy.evaluate(c.strategy(), columns, c.asOf()));
                assertSameNumbers(evaluator.plan(c.strategy()).scores(columns, c.asOf()), fromColumns, where + ": columns");
            }
        }
        assertThat(seen).as("the generated cases reach every status").containsExactlyInAnyOrder(Status.values());
        assertThat(columnCases).as("cases also compared as columns").isGreaterThan(100);
    }

    /** Under StaleRule.LEAVE_OUT: the roll-up of the indicator results with the stale ones left out, and scores alike. */
    private void leavingStaleOut(RandomStrategies.Case c, String where) {
        EvaluationPlan plan = evaluator.withStaleRule(StaleRule.LEAVE_OUT).plan(c.strategy());
        StrategyEvaluation e = plan.evaluate(c.observations(), c.asOf());
        ElementRollup.Result expected = ElementRollup.rollUp(c.strategy(), StaleRule.LEAVE_OUT.forRollup(e.indicators()));
        assertThat(e.elements()).as(where + " leaving stale out").isEqualTo(expected.elements());
        assertThat(e.summary().status()).as(where + " leaving stale out").isEqualTo(expected.strategy().status());
        assertThat(e.indicators()).as(where + " leaving stale out: the indicators' own results")
                .isEqualTo(evaluator.evaluate(c.strategy(), c.observations(), c.asOf()).indicators());
        assertSameNumbers(plan.scores(c.observations(), c.asOf()), e, where + " leaving stale out");
    }

    private StrategyEvaluation compare(Strategy strategy, List<Observation> observations, LocalDate asOf, String where) {
        StrategyEvaluation before = legacy.evaluate(strategy, observations, asOf);
        EvaluationPlan plan = evaluator.plan(strategy);
        StrategyEvaluation after = plan.evaluate(observations, asOf);
        assertThat(after).as(where).isEqualTo(before);
        assertSameNumbers(plan.scores(observations, asOf), after, where);
        return after;
    }

    /** The scores-only result has the full result's statuses and scores, bit for bit. */
    private static void assertSameNumbers(StrategyScores scores, StrategyEvaluation full, String where) {
        for (int i = 0; i < scores.indicatorCount(); i++) {
            IndicatorEvaluation e = full.indicators().get(i);
            assertThat(scores.indicatorCode(i)).isEqualTo(e.indicatorCode());
            assertThat(scores.indicatorStatus(i)).as(where + " " + e.indicatorCode()).isEqualTo(e.assessment().status());
            assertThat(boxed(scores.indicatorScore(i))).as(where + " " + e.indicatorCode()).isEqualTo(e.assessment().score());
        }
        for (int k = 0; k < scores.elementCount(); k++) {
            ElementEvaluation e = full.elements().get(k);
            assertThat(scores.elementStatus(k)).as(where + " element " + e.code()).isEqualTo(e.status());
            assertThat(boxed(scores.elementScore(k))).as(where + " element " + e.code()).isEqualTo(e.score());
        }
        assertThat(scores.status()).as(where + " strategy").isEqualTo(full.summary().status());
        assertThat(boxed(scores.score())).as(where + " strategy").isEqualTo(full.summary().score());
    }

    private static Double boxed(double score) {
        return Double.isNaN(score) ? null : score;
    }

    /** The headline annual observations of a case as columns over 2008–2035 (NaN where there is no value). */
    private static ValueColumns columns(Strategy strategy, List<Observation> observations) {
        List<String> codes = new ArrayList<>();
        for (Indicator i : strategy.indicators()) {
            codes.add(i.code());
        }
        List<Period> years = new ArrayList<>();
        for (int y = 2008; y <= 2035; y++) {
            years.add(Period.year(y));
        }
        double[] values = new double[codes.size() * years.size()];
        java.util.Arrays.fill(values, Double.NaN);
        for (Observation o : observations) {
            values[codes.indexOf(o.indicatorCode()) * years.size() + o.period().year() - 2008] = o.value().doubleValue();
        }
        return new ValueColumns(codes, years, values);
    }
}
