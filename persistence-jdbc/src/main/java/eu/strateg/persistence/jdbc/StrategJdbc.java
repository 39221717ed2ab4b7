package eu.strateg.persistence.jdbc;

import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
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
     * missing), in PostgreSQL mode. Every commit is written to the file before the call returns ({@code WRITE_DELAY=0}),
     * which makes a commit lost to a killed process rare, not impossible (docs/RELIABILITY.md, section 2a). The folder's path must not contain {@code ;} or
     * control characters (H2 would read them as settings of its URL). One process at a time: the file is locked while
     * open, and a second process gets a {@link StorageException} saying so. Close it to release the file.
     */
    public static StrategJdbc h2(Path directory) {
        H2Location location = H2Location.of(directory);
        JdbcDataSource ds = location.dataSource();
        Connection anchor;
        try {
            anchor = ds.getConnection();
        } catch (SQLException e) {
            throw h2Failure(location, e);
        }
        try {
            return open(ds, anchor);
        } catch (RuntimeException e) {
            closeQuietly(anchor, e);
            throw e;
        }
    }

    private static StorageException h2Failure(H2Location location, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StorageException("The embedded store in " + location + " is open in another process: the embedded H2 store serves "
                    + "one process at a time. Close the other program using it (another strateg command, an application), or keep the data "
                    + "in PostgreSQL (--store postgres:…) when several processes must work at once.", e);
        }
        return Database.failure("Opening the embedded H2 database in " + location, e);
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
            throw new StorageException("Migrating the Strateg schema failed: " + migrationFailure(e), e);
        }
        return new StrategJdbc(db, migrations, Clock.systemUTC(), Scope.ALL, anchor);
    }

    /**
     * Flyway's message without its report layout (a line of dashes, then "SQL State", "Error Code" and the message
     * again, on lines of their own): its first line, and the database's own words when they are not in it.
     */
    static String migrationFailure(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        int nl = message.indexOf('\n');
        String first = (nl < 0 ? message : message.substring(0, nl)).strip();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                String reason = Database.describe(sql).strip().replace('\n', ' ');
                return first.contains(reason) ? first : first + " (" + reason + ")";
            }
        }
        return first;
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

    /**
     * Runs {@code work} so that everything it does on this thread through this database's repositories and stores
     * (any {@link #strategies()} and {@link #observations()} of it, scoped or not) is one transaction: all of it is
     * committed when {@code work} returns, none of it when it throws (or the process dies first). For example a new
     * revision and the observations imported with it:
     * <pre>{@code db.inOneTransaction(() -> { repository.save(next, current); return service.record(id, values); });}</pre>
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        if (work == null) {
            throw new ValidationException("work", "is required");
        }
        return db.inOneTransaction("Running one transaction", work);
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
