package eu.strateg.benchmarks.national;

import eu.strateg.benchmarks.jdbc.BenchPostgres;
import eu.strateg.benchmarks.jdbc.CopyText;
import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.PostgresNationalEvaluation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Pair 5: a region's strategies evaluated from PostgreSQL end to end. The national generator's first 556
 * strategies (the municipalities of a Czech region, 1.0 M values) are stored through the adapter; one operation
 * evaluates all of them. Strateg: {@link PostgresNationalEvaluation#scores} (one COPY of the current values into
 * each strategy's compiled plan, which is held ready like the strategies themselves). Limit: the same COPY (same
 * SQL, rows and order), each row's bytes parsed by hand into the strategy's primitive columns and
 * {@link HandWrittenEvaluation} run on them. {@code PostgresNationalPairTest} checks that both give the same
 * statuses and scores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class PostgresNationalBenchmark {

    @Param("556")
    public int strategies;

    BenchPostgres pg;
    NationalDataset dataset;
    StrategyColumns[] columns;
    List<EvaluationPlan> plans;
    LocalDate asOf;
    private HandWrittenEvaluation hand;

    @Setup(Level.Trial)
    public void load() {
        pg = new BenchPostgres();
        dataset = new NationalDataset(NationalDataset.SEED, strategies, 150, 12);
        columns = new StrategyColumns[strategies];
        plans = new ArrayList<>(strategies);
        StandardEvaluator evaluator = new StandardEvaluator();
        for (int s = 0; s < strategies; s++) {
            columns[s] = dataset.columns(s);
            plans.add(evaluator.plan(dataset.strategy(s, columns[s])));
            List<Observation> values = dataset.observations(columns[s]);
            pg.jdbc().observations().upsert(StrategyId.of("obec-" + s), values);
        }
        pg.execute("ANALYZE observation");
        asOf = dataset.asOf();
        hand = new HandWrittenEvaluation(dataset.indicators());
    }

    @TearDown(Level.Trial)
    public void stop() {
        pg.close();
    }

    @Benchmark
    public long strateg(Blackhole bh) {
        return new PostgresNationalEvaluation(pg.dataSource()).scores(plans, asOf, (plan, scores) -> bh.consume(scores.score()));
    }

    @Benchmark
    public long limit(Blackhole bh) throws SQLException {
        return copyAndLoop(row -> bh.consume(hand.strategyScore));
    }

    /** The raw side: the COPY, each row parsed by hand into its strategy's columns, the hand loop per strategy. */
    long copyAndLoop(java.util.function.IntConsumer evaluated) throws SQLException {
        List<String> ids = new ArrayList<>(strategies);
        for (int s = 0; s < strategies; s++) {
            ids.add("'obec-" + s + "'");
        }
        String sql = "COPY (SELECT o.strategy_id, o.indicator_code, o.series_key, o.period, o.num_value, o.num_scale FROM observation o"
                + " WHERE o.is_current AND o.strategy_id IN (" + String.join(",", ids) + ")"
                + " ORDER BY o.strategy_id, o.indicator_code, o.series_key, o.period_start, o.period_end) TO STDOUT";
        long rows = 0;
        try (Connection c = pg.connection()) {
            CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
            int current = -1;
            byte[] row;
            while ((row = copy.readFromCopy()) != null) {
                rows++;
                int i = 5; // after "obec-"
                int s = 0;
                while (row[i] != '\t') {
                    s = s * 10 + row[i++] - '0';
                }
                if (s != current) {
                    if (current >= 0) {
                        hand.evaluate(columns[current]);
                        evaluated.accept(current);
                    }
                    current = s;
                    Arrays.fill(columns[s].values, Double.NaN);
                }
                i += 2; // tab, 'I'
                int indicator = 0;
                while (row[i] != '\t') {
                    indicator = indicator * 10 + row[i++] - '0';
                }
                i += 4; // tab, "{}", tab
                int year = CopyText.year(row, i);
                double v = CopyText.decimal(row, i + 5);
                columns[s].values[(indicator - 1) * columns[s].years + year - columns[s].firstYear] = v;
            }
            if (current >= 0) {
                hand.evaluate(columns[current]);
                evaluated.accept(current);
            }
        }
        return rows;
    }

}
