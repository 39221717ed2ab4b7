package eu.strateg.persistence.jdbc;

import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Strateg's storage in a relational database: the entry point of this module. Opening one runs the schema
 * migrations that are missing (Flyway, history in table {@code strateg_schema_history}), then hands out the
 * {@linkplain #strategies() strategy repository} and the {@linkplain #observations() observation store}, both over
 * the same database.
 *
 * <pre>{@code
 * try (StrategJdbc db = StrategJdbc.h2(Path.of("data"))) {           // embedded, zero setup
 *     StrategyService strategies = new StrategyService(db.strategies());
 *     ...
 * }
 * StrategJdbc prod = StrategJdbc.of(pooledDataSource);               // PostgreSQL behind your pool
 * StrategJdbc region = prod.scopedTo(Set.of(TerritoryCode.parse("NUTS:CZ063")));
 * }</pre>
 *
 * <p>No connection pool is shipped: {@link #h2} and {@link #postgres} open a connection per operation, which is
 * fine for the embedded database and for tools; a server should pass its pooled {@link DataSource} to {@link #of}.
 */
public final class StrategJdbc implements AutoCloseable {

    /** The H2 URL flags: PostgreSQL mode with PostgreSQL's identifier case and null ordering. */
    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

    private final Database db;
    private final Migrations migrations;
    private final Clock clock;
    private final Scope scope;
    /** Keeps an embedded H2 database open between operations; null otherwise. */
    private final Connection anchor;

    private StrategJdbc(Database db, Migrations migrations, Clock clock, Scope scope, Connection anchor) {
        this.db = db;
        this.migrations = migrations;
        this.clock = clock;
        this.scope = scope;
        this.anchor = anchor;
    }

    /**
     * The embedded default: an H2 database in file {@code strateg.mv.db} inside {@code directory} (created if
     * missing), in PostgreSQL mode. Close it to release the file.
     */
    public static StrategJdbc h2(Path directory) {
        if (directory == null) {
            throw new ValidationException("directory", "a directory for the database is required");
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("strateg") + H2_FLAGS);
        Connection anchor;
        try {
            anchor = ds.getConnection();
        } catch (SQLException e) {
            throw Database.failure("Opening the H2 database in " + directory, e);
        }
        try {
            return open(ds, anchor);
        } catch (RuntimeException e) {
            closeQuietly(anchor, e);
            throw e;
        }
    }

    /**
     * A PostgreSQL server, e.g. {@code jdbc:postgresql://localhost:5432/strateg}; one connection per operation. A null
     * user or password leaves the one given in the URL.
     */
    public static StrategJdbc postgres(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new ValidationException("jdbcUrl", "a PostgreSQL JDBC URL is required (jdbc:postgresql://host:port/database)");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        // null keeps what the URL says (?user=…&password=…) instead of falling back to the operating-system user
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return of(ds);
    }

    /** Any PostgreSQL or H2 data source, typically a pool; the schema is migrated into its current schema. */
    public static StrategJdbc of(DataSource dataSource) {
        if (dataSource == null) {
            throw new ValidationException("dataSource", "a data source is required");
        }
        return open(dataSource, null);
    }

    private static StrategJdbc open(DataSource dataSource, Connection anchor) {
        Database db = new Database(dataSource);
        Migrations migrations = new Migrations(dataSource, db.dialect());
        try {
            migrations.migrate();
        } catch (RuntimeException e) {
            throw new StorageException("Migrating the Strateg schema failed: " + e.getMessage(), e);
        }
        return new StrategJdbc(db, migrations, Clock.systemUTC(), Scope.ALL, anchor);
    }

    /** The same database with another clock for saved-at and recorded-at times (tests, replays). */
    public StrategJdbc withClock(Clock newClock) {
        if (newClock == null) {
            throw new ValidationException("clock", "is required");
        }
        return new StrategJdbc(db, migrations, newClock, scope, anchor);
    }

    /** The same database seen through the given territories only: repository and store never touch others. */
    public StrategJdbc scopedTo(Set<TerritoryCode> territories) {
        return new StrategJdbc(db, migrations, clock, Scope.of(territories), anchor);
    }

    public JdbcStrategyRepository strategies() {
        return new JdbcStrategyRepository(db, clock, scope);
    }

    public JdbcObservationStore observations() {
        return new JdbcObservationStore(db, clock, scope);
    }

    /** The version of the schema in the database, e.g. {@code "1"}. */
    public String schemaVersion() {
        return migrations.version();
    }

    /** Closes the embedded database (if this opened one); a user-supplied data source is left to its owner. */
    @Override
    public void close() {
        if (anchor != null) {
            try {
                anchor.close();
            } catch (SQLException e) {
                throw Database.failure("Closing the H2 database", e);
            }
        }
    }

    private static void closeQuietly(Connection c, RuntimeException cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
