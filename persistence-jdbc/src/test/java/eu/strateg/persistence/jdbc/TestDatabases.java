package eu.strateg.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the tests run on. PostgreSQL: one embedded PostgreSQL 15 per test JVM, or the server named by
 * {@code STRATEG_TEST_POSTGRES_URL} (with {@code STRATEG_TEST_POSTGRES_USER} and {@code STRATEG_TEST_POSTGRES_PASSWORD});
 * each test gets a fresh schema of its own. H2: a fresh file database in a temporary directory.
 */
final class TestDatabases {

    /** The engines every behaviour is proven on. */
    enum Engine {
        H2, POSTGRES
    }

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    private TestDatabases() {
    }

    /** A fresh, empty database of the engine, migrated. Close it when done (it drops a PostgreSQL schema). */
    static Opened open(Engine engine) {
        if (engine == Engine.H2) {
            try {
                Path dir = Files.createTempDirectory("strateg-h2-");
                return new Opened(StrategJdbc.h2(dir), null, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        PGSimpleDataSource ds = postgres(null);
        execute(ds, "CREATE SCHEMA " + schema);
        PGSimpleDataSource scoped = postgres(schema);
        return new Opened(StrategJdbc.of(scoped), scoped, null);
    }

    /** A data source of the test PostgreSQL, in {@code schema} (or the default schema when null). */
    static synchronized PGSimpleDataSource postgres(String schema) {
        if (url == null) {
            start();
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    private static void start() {
        String external = System.getenv("STRATEG_TEST_POSTGRES_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv("STRATEG_TEST_POSTGRES_USER");
            password = System.getenv("STRATEG_TEST_POSTGRES_PASSWORD");
            return;
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Starting the embedded PostgreSQL failed", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (IOException e) {
                // the JVM is going down; the process dies with it
            }
        }));
        url = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = null;
    }

    static void execute(DataSource ds, String... sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open test database: the adapter, plus the raw data source for checks and fault injection. */
    record Opened(StrategJdbc jdbc, PGSimpleDataSource postgres, Path h2Directory) implements AutoCloseable {

        /** A plain data source to the same database, for checks behind the adapter's back. */
        DataSource raw() {
            if (postgres != null) {
                return postgres;
            }
            return H2Location.of(h2Directory).dataSource();
        }

        @Override
        public void close() {
            jdbc.close();
            if (postgres != null) {
                execute(TestDatabases.postgres(null), "DROP SCHEMA " + postgres.getCurrentSchema() + " CASCADE");
            }
        }
    }
}
