package eu.strateg.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.core.evaluation.ValueColumns;
import eu.strateg.core.strategy.Strategy;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 3 of the benchmarks issue: the hand-written baseline of pair 1 computes the same statuses and scores
 * as the library (indicators, every element and the strategy) on a small generated dataset, so the ratio compares
 * the same work.
 */
class HandWrittenEvaluationTest {

    private static final NationalDataset SMALL = new NationalDataset(NationalDataset.SEED, 60, 150, 12);
    private final StandardEvaluator library = new StandardEvaluator();

    @Test
    void handWrittenLoopGivesTheLibrarysStatusesAndScoresForEveryIndicatorElementAndStrategy() {
        Set<Status> seen = EnumSet.noneOf(Status.class);
        HandWrittenEvaluation hand = new HandWrittenEvaluation(SMALL.indicators());
        ValueColumns.Buffer buffer = SMALL.buffer();
        for (int s = 0; s < SMALL.strategies(); s++) {
            StrategyColumns c = SMALL.columns(s);
            Strategy strategy = SMALL.strategy(s, c);
            // the benchmark hands the values over as columns: exactly the same result as through observations
            StrategyEvaluation expected = library.evaluate(strategy, SMALL.valueColumns(c), SMALL.asOf());
            assertThat(expected).as("strategy " + s).isEqualTo(library.evaluate(strategy, SMALL.observations(c), SMALL.asOf()));
            hand.evaluate(c);
            // what pair 1 measures: the compiled plan's scores-only result from the strategy's own array of values,
            // read in place (its full result equals the one from new columns, and so do both through a reused buffer)
            EvaluationPlan plan = library.plan(strategy);
            assertThat(plan.evaluate(SMALL.layout(), c.values, SMALL.asOf())).as("strategy " + s + " (array)").isEqualTo(expected);
            assertThat(plan.evaluate(SMALL.fill(buffer, c), SMALL.asOf())).as("strategy " + s + " (buffer)").isEqualTo(expected);
            StrategyScores scores = plan.scores(SMALL.layout(), c.values, SMALL.asOf());
            StrategyScores buffered = plan.scores(SMALL.fill(buffer, c), SMALL.asOf());
            for (int i = 0; i < SMALL.indicators(); i++) {
                assertThat(buffered.indicatorStatus(i)).as("strategy " + s + " (buffer scores) " + i).isEqualTo(scores.indicatorStatus(i));
                assertThat(Double.valueOf(buffered.indicatorScore(i))).isEqualTo(Double.valueOf(scores.indicatorScore(i)));
            }
            assertThat(Double.valueOf(buffered.score())).isEqualTo(Double.valueOf(scores.score()));
            assertThat(Status.values()[hand.strategyStatus]).as("strategy " + s + " (scores)").isEqualTo(scores.status());
            assertSameScore(hand.strategyScore, Double.isNaN(scores.score()) ? null : scores.score(), "strategy " + s + " (scores)");
            for (int i = 0; i < SMALL.indicators(); i++) {
                assertThat(Status.values()[hand.status[i]]).as("strategy " + s + " (scores) " + i).isEqualTo(scores.indicatorStatus(i));
                assertSameScore(hand.score[i], Double.isNaN(scores.indicatorScore(i)) ? null : scores.indicatorScore(i), "(scores) " + i);
            }
            for (int i = 0; i < SMALL.indicators(); i++) {
                IndicatorEvaluation e = expected.indicators().get(i);
                String where = "strategy " + s + " indicator " + e.indicatorCode();
                assertThat(Status.values()[hand.status[i]]).as(where).isEqualTo(e.assessment().status());
                assertSameScore(hand.score[i], e.assessment().score(), where);
                seen.add(e.assessment().status());
            }
            Map<String, ElementEvaluation> elements = new HashMap<>();
            expected.elements().forEach(e -> elements.put(e.code(), e));
            List<String> order = ElementOrder.codes(SMALL.indicators());
            int k = 0;
            for (int m = 0; m < hand.measureScore.length; m++, k++) {
                assertElement(elements.get(order.get(k)), hand.measureStatus[m], hand.measureScore[m], s);
            }
            for (int g = 0; g < hand.goalScore.length; g++, k++) {
                assertElement(elements.get(order.get(k)), hand.goalStatus[g], hand.goalScore[g], s);
            }
            for (int a = 0; a < hand.areaScore.length; a++, k++) {
                assertElement(elements.get(order.get(k)), hand.areaStatus[a], hand.areaScore[a], s);
            }
            assertThat(Status.values()[hand.strategyStatus]).as("strategy " + s).isEqualTo(expected.summary().status());
            assertSameScore(hand.strategyScore, expected.summary().score(), "strategy " + s);
        }
        // the dataset exercises every status, so the comparison covers every branch that decides one
        assertThat(seen).containsExactlyInAnyOrder(Status.values());
    }

    private static void assertElement(ElementEvaluation e, byte status, double score, int s) {
        String where = "strategy " + s + " element " + e.code();
        assertThat(Status.values()[status]).as(where).isEqualTo(e.status());
        assertSameScore(score, e.score(), where);
    }

    private static void assertSameScore(double hand, Double library, String where) {
        if (library == null) {
            assertThat(hand).as(where).isNaN();
        } else {
            assertThat(hand).as(where).isCloseTo(library, within(1e-9));
        }
    }
}
