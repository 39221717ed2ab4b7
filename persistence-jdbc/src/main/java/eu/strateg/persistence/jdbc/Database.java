package eu.strateg.persistence.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.Arguments;
import org.jdbi.v3.core.argument.NullArgument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The user's data source as a {@link Jdbi}, the dialect it speaks, and the transaction boundary every operation goes
 * through. Instants are bound as UTC timestamps with time zone (the columns' type), a null of unknown type as SQL NULL.
 */
final class Database {

    /** Work on one handle; may throw the driver's exception. */
    @FunctionalInterface
    interface Work<T> {
        T run(Handle handle) throws SQLException;
    }

    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    /** The handle of a running {@link #inOneTransaction} on this thread; every operation then runs on it. */
    private final ThreadLocal<Handle> bound = new ThreadLocal<>();
    /**
     * On H2, write transactions of this database run one at a time. H2 2.x (READ COMMITTED, MVStore) can let a
     * waiting {@code SELECT … FOR UPDATE} or conditional UPDATE act on the row version it saw before the lock was
     * released, so two savers of one revision both pass the optimistic-locking compare (the concurrency test found a
     * current revision moved back by one under load). The embedded H2 store serves one process at a time anyway
     * (its file is locked), so serialising its writers in the process costs little and makes the compare exact.
     * PostgreSQL needs no such lock: its row locks re-check the condition on the latest version.
     */
    private final ReentrantLock h2Writes = new ReentrantLock();

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        jdbi.registerArgument(new UtcInstants());
        jdbi.getConfig(Arguments.class).setUntypedNullArgument(new NullArgument(Types.NULL));
        this.dialect = withHandle("Connecting to the database", h -> Dialect.of(h.getConnection()));
    }

    DataSource dataSource() {
        return dataSource;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String what, Work<T> work) {
        if (bound.get() != null) {
            return onBound(what, work);
        }
        lockWrites();
        try {
            return jdbi.inTransaction(work::run);
        } catch (SQLException | JdbiException e) {
            throw failure(what, e);
        } finally {
            unlockWrites();
        }
    }

    private void lockWrites() {
        if (dialect == Dialect.H2) {
            h2Writes.lock();
        }
    }

    private void unlockWrites() {
        if (dialect == Dialect.H2) {
            h2Writes.unlock();
        }
    }

    /**
     * Runs read-only {@code work} on one handle, without a transaction of its own (a query that streams its rows opens
     * one: PostgreSQL honours the fetch size only inside a transaction, see {@code ObservationReader.stream}).
     */
    <T> T withHandle(String what, Work<T> work) {
        if (bound.get() != null) {
            return onBound(what, work);
        }
        try {
            return jdbi.withHandle(work::run);
        } catch (SQLException | JdbiException e) {
            throw failure(what, e);
        }
    }

    private <T> T onBound(String what, Work<T> work) {
        try {
            return work.run(bound.get());
        } catch (SQLException | JdbiException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} with every operation of this database on this thread in one transaction: committed when it
     * returns, rolled back when it throws (the exception is passed on). Nested calls join the outer transaction.
     */
    <T> T inOneTransaction(String what, Supplier<T> work) {
        if (bound.get() != null) {
            return work.get();
        }
        lockWrites();
        try {
            return jdbi.inTransaction(handle -> {
                bound.set(handle);
                try {
                    return work.get();
                } finally {
                    bound.remove();
                }
            });
        } catch (JdbiException e) {
            throw failure(what, e);
        } finally {
            unlockWrites();
        }
    }

    static StorageException failure(String what, Exception e) {
        return new StorageException(what + " failed: " + describe(e), e);
    }

    /** The driver's message, with the real cause of a failed batch (PostgreSQL hides it in the next exception). */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        if (e instanceof BatchUpdateException b && b.getNextException() != null) {
            sb.append(" — ").append(b.getNextException().getMessage());
        }
        if (e instanceof JdbiException && e.getCause() != null && e.getCause() != e) {
            return describe(e.getCause());
        }
        return sb.toString();
    }

    /** Times are kept to the microsecond, the precision of PostgreSQL's timestamps. */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Binds an instant as {@code TIMESTAMP WITH TIME ZONE} in UTC (Jdbi would bind a {@code java.sql.Timestamp} through the JVM's zone). */
    private static final class UtcInstants extends AbstractArgumentFactory<Instant> {
        UtcInstants() {
            super(Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            OffsetDateTime utc = OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, utc);
        }
    }

    static Instant instant(java.sql.ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static LocalDate date(java.sql.ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** True for a unique-key violation (SQLSTATE 23505 on both databases). */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    /** Whether {@code e} or a cause of it (or, for a batch, the next exception) is a unique-key violation. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (isUniqueViolation(sql)
                    || sql.getNextException() != null && isUniqueViolation(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }
}
