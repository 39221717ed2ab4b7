package eu.strateg.benchmarks.national;

import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.ValueColumns;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Pair 1 measured as CPU time of the measuring thread (best of several rounds), which a machine shared with other
 * work disturbs much less than wall-clock time: {@code java -cp benchmarks/target/benchmarks.jar
 * eu.strateg.benchmarks.national.CpuTimeRatio [strategies] [rounds]} (default 1,000 strategies, 15 rounds). Prints
 * the CPU milliseconds of the plans' scores, of the hand-written loop, of the plans' full results and of the scores
 * through a reused {@code ValueColumns.Buffer}, and the ratios. The same work as {@link NationalEvaluationBenchmark}, on fewer strategies.
 */
public final class CpuTimeRatio {

    private CpuTimeRatio() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        NationalDataset d = new NationalDataset(NationalDataset.SEED, n, 150, 12);
        StrategyColumns[] columns = d.allColumns();
        StandardEvaluator evaluator = new StandardEvaluator();
        EvaluationPlan[] plans = new EvaluationPlan[n];
        for (int s = 0; s < n; s++) {
            plans[s] = evaluator.plan(d.strategy(s, columns[s]));
        }
        LocalDate asOf = d.asOf();
        HandWrittenEvaluation hand = new HandWrittenEvaluation(d.indicators());
        ValueColumns.Buffer buffer = d.buffer();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ValueColumns.Layout layout = d.layout();
        long scores = Long.MAX_VALUE;
        long buffered = Long.MAX_VALUE;
        long limit = Long.MAX_VALUE;
        long full = Long.MAX_VALUE;
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int s = 0; s < n; s++) {
                sink += plans[s].scores(layout, columns[s].values, asOf).score();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int s = 0; s < n; s++) {
                hand.evaluate(columns[s]);
                sink += hand.strategyScore;
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int s = 0; s < n; s++) {
                sink += plans[s].evaluate(layout, columns[s].values, asOf).indicators().size();
            }
            long t3 = mx.getCurrentThreadCpuTime();
            for (int s = 0; s < n; s++) {
                sink += plans[s].scores(d.fill(buffer, columns[s]), asOf).score();
            }
            long t4 = mx.getCurrentThreadCpuTime();
            scores = Math.min(scores, t1 - t0);
            limit = Math.min(limit, t2 - t1);
            full = Math.min(full, t3 - t2);
            buffered = Math.min(buffered, t4 - t3);
        }
        System.out.printf(Locale.ROOT, "%d strategies, best of %d rounds, CPU ms: scores %.1f, limit %.1f, full %.1f, scores through a buffer %.1f;"
                + " ratio scores %.3f, full %.3f, buffer %.3f (checksum %s)%n", n, rounds, scores / 1e6, limit / 1e6, full / 1e6, buffered / 1e6,
                (double) limit / scores, (double) limit / full, (double) limit / buffered, Double.isNaN(sink) ? "NaN" : "ok");
    }
}
