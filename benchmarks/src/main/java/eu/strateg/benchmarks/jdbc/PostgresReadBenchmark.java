package eu.strateg.benchmarks.jdbc;

import eu.strateg.benchmarks.city.CityDataset;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.Strategy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pair 3b: one city's observations (the city dataset, 32,000 values, stored through the adapter) read back
 * through {@code JdbcObservationStore.find} into {@code Observation}s vs a raw JDBC loop over the same query's
 * {@code ResultSet} (the same SQL, columns, order and fetch size; every column read, nothing built).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PostgresReadBenchmark {

    /** The adapter's query for all current values of one strategy (see persistence-jdbc's ObservationReader). */
    static final String SQL = "SELECT o.indicator_code, o.series_key, o.period, o.num_value, o.num_scale, o.status, o.source,"
            + " o.note, o.recorded_at FROM observation o WHERE o.strategy_id = ? AND o.is_current"
            + " ORDER BY o.indicator_code, o.series_key, o.period_start, o.period_end";

    private BenchPostgres pg;
    private Strategy city;

    @Setup(Level.Trial)
    public void load() {
        pg = new BenchPostgres();
        CityDataset data = CityDataset.city();
        city = pg.jdbc().strategies().save(data.strategy(), 0);
        pg.jdbc().observations().upsert(city.id(), data.observations());
    }

    @TearDown(Level.Trial)
    public void stop() {
        pg.close();
    }

    @Benchmark
    public List<Observation> strateg() {
        return pg.jdbc().observations().find(ObservationQuery.all(city.id()));
    }

    @Benchmark
    public void limit(Blackhole bh) throws SQLException {
        try (Connection c = pg.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setString(1, city.id().value());
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        bh.consume(rs.getString(1));
                        bh.consume(rs.getString(2));
                        bh.consume(rs.getString(3));
                        bh.consume(rs.getBigDecimal(4));
                        bh.consume(rs.getInt(5));
                        bh.consume(rs.getString(6));
                        bh.consume(rs.getString(7));
                        bh.consume(rs.getString(8));
                        bh.consume(rs.getObject(9, OffsetDateTime.class));
                    }
                }
            }
            c.commit();
        }
    }
}
