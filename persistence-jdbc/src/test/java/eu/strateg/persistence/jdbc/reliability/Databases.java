package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.persistence.jdbc.StrategJdbc;
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
 * The databases of the reliability tests: a fresh H2 file database, or a fresh schema in one embedded PostgreSQL 15
 * per test JVM (or in the server of {@code STRATEG_TEST_POSTGRES_URL}, with {@code STRATEG_TEST_POSTGRES_USER} and
 * {@code STRATEG_TEST_POSTGRES_PASSWORD}).
 */
final class Databases {

    enum Engine {
        H2, POSTGRES
    }

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    private Databases() {
    }

    /** A fresh database; {@code raw} is a plain data source to it (PostgreSQL only), for checks and fault injection. */
    record Opened(StrategJdbc jdbc, PGSimpleDataSource raw, String schema) implements AutoCloseable {
        @Override
        public void close() {
            jdbc.close();
            if (schema != null) {
                execute(postgres(null), "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    static Opened open(Engine engine) {
        if (engine == Engine.H2) {
            try {
                return new Opened(StrategJdbc.h2(Files.createTempDirectory("strateg-reliability-h2-")), null, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String schema = "rel" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        execute(postgres(null), "CREATE SCHEMA " + schema);
        PGSimpleDataSource ds = postgres(schema);
        return new Opened(StrategJdbc.of(ds), ds, schema);
    }

    /** An H2 database in {@code dir} (to reopen one). */
    static StrategJdbc h2(Path dir) {
        return StrategJdbc.h2(dir);
    }

    static synchronized PGSimpleDataSource postgres(String schema) {
        if (url == null) {
            start();
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setApplicationName("strateg-reliability");
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
                // the JVM is going down
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
}
