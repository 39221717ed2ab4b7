package eu.strateg.benchmarks.national;

import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.core.evaluation.ValueColumns;
import eu.strateg.core.strategy.Strategy;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pair 1: the national dataset ({@link NationalDataset#national()}) evaluated by Strateg vs the hand-written loop,
 * in a JVM limited to 1 GB of heap. One operation is the whole country: every strategy's indicators (open-sdg and
 * linear), its elements and its summary.
 *
 * <p>Both sides start from the same compact columns (the whole country's observations as Strateg objects would
 * not fit in 1 GB). Strateg's side hands each strategy's array of values, in the one shared
 * {@code ValueColumns.Layout}, to the strategy's compiled {@code EvaluationPlan} (compiled once and held ready,
 * like the strategies), which checks the values as it reads them (an infinite value is an error) and gives the
 * statuses and scores of every indicator, element and the strategy, which is what the limit computes. Beside the
 * pair: {@code strategBuffer} (the same through a reused {@code ValueColumns.Buffer}: each strategy's values
 * copied into it and checked first), {@code strategFull} (the full explainable result) and
 * {@code strategCompileAndFull} (compiling on every call, as {@code StandardEvaluator.evaluate} does, from a new
 * {@code ValueColumns}).
 * {@code HandWrittenEvaluationTest} checks that the scores are the limit's, and that the columns give the same
 * result as the strategy's {@code Observation}s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class NationalEvaluationBenchmark {

    /** How many strategies: the national 6,258 by default; smaller for a quick try ({@code -p strategies=500}). */
    @Param("6258")
    public int strategies;

    private NationalDataset dataset;
    private StrategyColumns[] columns;
    private Strategy[] model;
    private EvaluationPlan[] plans;
    private LocalDate asOf;
    private final StandardEvaluator evaluator = new StandardEvaluator();
    private HandWrittenEvaluation hand;
    private ValueColumns.Buffer buffer;
    private ValueColumns.Layout layout;

    @Setup(Level.Trial)
    public void generate() {
        dataset = new NationalDataset(NationalDataset.SEED, strategies, 150, 12);
        columns = dataset.allColumns();
        model = new Strategy[strategies];
        plans = new EvaluationPlan[strategies];
        for (int s = 0; s < strategies; s++) {
            model[s] = dataset.strategy(s, columns[s]);
            plans[s] = evaluator.plan(model[s]);
        }
        asOf = dataset.asOf();
        hand = new HandWrittenEvaluation(dataset.indicators());
        buffer = dataset.buffer();
        layout = dataset.layout();
    }

    /** The pair: each strategy's compiled plan, its statuses and scores (what the limit computes). */
    @Benchmark
    public void strateg(Blackhole bh) {
        for (int s = 0; s < columns.length; s++) {
            StrategyScores e = plans[s].scores(layout, columns[s].values, asOf);
            bh.consume(e);
        }
    }

    /** Beside the pair: the same through a reused buffer, into which each strategy's values are copied and checked. */
    @Benchmark
    public void strategBuffer(Blackhole bh) {
        for (int s = 0; s < columns.length; s++) {
            StrategyScores e = plans[s].scores(dataset.fill(buffer, columns[s]), asOf);
            bh.consume(e);
        }
    }

    /** Beside the pair: the full explainable result of every strategy from its compiled plan. */
    @Benchmark
    public void strategFull(Blackhole bh) {
        for (int s = 0; s < columns.length; s++) {
            StrategyEvaluation e = plans[s].evaluate(layout, columns[s].values, asOf);
            bh.consume(e);
        }
    }

    /** Beside the pair: compiling each strategy and evaluating it in full ({@code StandardEvaluator.evaluate}, one call). */
    @Benchmark
    public void strategCompileAndFull(Blackhole bh) {
        for (int s = 0; s < columns.length; s++) {
            StrategyEvaluation e = evaluator.evaluate(model[s], dataset.valueColumns(columns[s]), asOf);
            bh.consume(e);
        }
    }

    @Benchmark
    public void limit(Blackhole bh) {
        for (int s = 0; s < columns.length; s++) {
            hand.evaluate(columns[s]);
            bh.consume(hand.strategyScore);
            bh.consume(hand.score);
        }
    }
}
