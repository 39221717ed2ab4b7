package eu.strateg.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.persistence.jdbc.PostgresNationalEvaluation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pair 5 compares the same work: on a few strategies stored in PostgreSQL, the Strateg side (the store streamed
 * into the compiled plans) and the limit (the raw COPY parsed by hand into the hand-written loop) give the same
 * status and score for every indicator and strategy, and read the same rows.
 */
class PostgresNationalPairTest {

    @Test
    void bothSidesOfPairFiveGiveTheSameStatusesAndScores() throws Exception {
        PostgresNationalBenchmark pair = new PostgresNationalBenchmark();
        pair.strategies = 12;
        pair.load();
        try {
            Map<String, StrategyScores> strateg = new HashMap<>();
            long read = new PostgresNationalEvaluation(pair.pg.dataSource()).scores(pair.plans, pair.asOf,
                    (plan, scores) -> strateg.put(plan.strategy().id().value(), scores));
            HandWrittenEvaluation hand = new HandWrittenEvaluation(pair.dataset.indicators());
            int[] compared = {0};
            long rows = pair.copyAndLoop(s -> {
                hand.evaluate(pair.columns[s]);
                StrategyScores scores = strateg.get("obec-" + s);
                for (int i = 0; i < hand.status.length; i++) {
                    String where = "obec-" + s + " " + scores.indicatorCode(i);
                    assertThat(scores.indicatorStatus(i)).as(where).isEqualTo(Status.values()[hand.status[i]]);
                    assertClose(scores.indicatorScore(i), hand.score[i], where);
                }
                assertThat(scores.status()).as("obec-" + s).isEqualTo(Status.values()[hand.strategyStatus]);
                assertClose(scores.score(), hand.strategyScore, "obec-" + s);
                compared[0]++;
            });
            assertThat(compared[0]).isEqualTo(12);
            assertThat(rows).isEqualTo(read).isGreaterThan(12 * 150 * 11);
        } finally {
            pair.stop();
        }
    }

    private static void assertClose(double strateg, double hand, String where) {
        if (Double.isNaN(hand)) {
            assertThat(strateg).as(where).isNaN();
        } else {
            assertThat(strateg).as(where).isCloseTo(hand, within(1e-9));
        }
    }
}
