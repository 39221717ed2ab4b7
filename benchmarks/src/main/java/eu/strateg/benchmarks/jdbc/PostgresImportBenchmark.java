package eu.strateg.benchmarks.jdbc;

import eu.strateg.benchmarks.national.NationalDataset;
import eu.strateg.benchmarks.national.StrategyColumns;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.strategy.StrategyId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Pair 3a: a bulk import of 1,000,800 observations into PostgreSQL through {@code JdbcObservationStore.upsert}
 * vs a raw {@code COPY} of the same rows into the same table in one transaction. The rows are a region's
 * strategy holding its 556 municipalities' values as a disaggregation ({@code obec}): 150 indicators × 12 years ×
 * 556 from the national generator. The table is emptied before every operation, so each import is a first load
 * (the adapter's fastest path, straight COPY; a re-import would go through its staging table and compare).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PostgresImportBenchmark {

    static final int MUNICIPALITIES = 556;
    static final StrategyId REGION = StrategyId.of("kraj-bench");
    private static final String RECORDED_AT = "2025-01-15 08:00:00+00";

    private BenchPostgres pg;
    private List<Observation> rows;

    @Setup(Level.Trial)
    public void start() {
        pg = new BenchPostgres();
        rows = regionRows();
    }

    @Setup(Level.Invocation)
    public void empty() {
        pg.execute("TRUNCATE observation");
    }

    @TearDown(Level.Trial)
    public void stop() {
        pg.close();
    }

    /** The 1,000,800 rows, recorded at one fixed time (both sides write the same). */
    static List<Observation> regionRows() {
        NationalDataset d = new NationalDataset(NationalDataset.SEED, MUNICIPALITIES, 150, 12);
        List<Observation> out = new ArrayList<>(MUNICIPALITIES * 150 * 12);
        java.time.Instant at = java.time.Instant.parse("2025-01-15T08:00:00Z");
        for (int s = 0; s < MUNICIPALITIES; s++) {
            StrategyColumns c = d.columns(s);
            SortedMap<String, String> obec = new TreeMap<>(Map.of("obec", String.valueOf(500000 + s)));
            for (int i = 0; i < 150; i++) {
                for (int y = 0; y < 12; y++) {
                    double v = valueOrZero(c, i, y);
                    out.add(new Observation(d.indicatorCode(i), eu.strateg.core.period.Period.year(2013 + y),
                            BigDecimal.valueOf(Math.round(v * 10), 1), obec, null, null, null, at));
                }
            }
        }
        return out;
    }

    private static double valueOrZero(StrategyColumns c, int i, int y) {
        double v = c.value(i, y);
        return Double.isNaN(v) ? 0 : v;
    }

    @Benchmark
    public UpsertResult strateg() {
        return pg.jdbc().observations().upsert(REGION, rows);
    }

    @Benchmark
    public long limit() throws SQLException, IOException {
        Map<SortedMap<String, String>, String> keys = new IdentityHashMap<>();
        try (Connection c = pg.connection()) {
            c.setAutoCommit(false);
            PGConnection p = c.unwrap(PGConnection.class);
            String sql = "COPY observation (strategy_id, indicator_code, series_key, period_start, period_end, version, period, num_value,"
                    + " num_scale, status, source, note, recorded_at, is_current) FROM STDIN";
            long n = 0;
            try (Writer w = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(p, sql, 1 << 16), StandardCharsets.UTF_8),
                    1 << 16)) {
                for (Observation o : rows) {
                    String key = keys.computeIfAbsent(o.disaggregation(), PostgresImportBenchmark::seriesKey);
                    w.write(REGION.value());
                    w.write('\t');
                    w.write(o.indicatorCode());
                    w.write('\t');
                    w.write(key);
                    w.write('\t');
                    w.write(o.period().start().toString());
                    w.write('\t');
                    w.write(o.period().end().toString());
                    w.write("\t1\t");
                    w.write(o.period().toString());
                    w.write('\t');
                    w.write(o.value().toPlainString());
                    w.write('\t');
                    w.write(Integer.toString(o.value().scale()));
                    w.write("\tFINAL\t\\N\t\\N\t");
                    w.write(RECORDED_AT);
                    w.write("\tt\n");
                    n++;
                }
            }
            c.commit();
            return n;
        }
    }

    /** The adapter's canonical text of a one-dimension disaggregation: {@code {obec=500001}}. */
    static String seriesKey(SortedMap<String, String> d) {
        StringBuilder sb = new StringBuilder("{");
        d.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append('=').append(v));
        return sb.append('}').toString();
    }
}
