package eu.strateg.persistence.jdbc.reliability;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL data source whose connections can be killed by the server in the middle of the adapter's work: it
 * counts the steps the adapter takes on its connections (preparing or creating a statement, starting a COPY, committing)
 * and, when the step number set by {@link #terminateAt} comes, has another session terminate the backend
 * ({@code pg_terminate_backend}), at once or after a delay, before the step goes on.
 */
final class TerminatingDataSource implements DataSource {

    private static final Set<String> STEPS = Set.of("prepareStatement", "createStatement", "prepareCall", "commit", "unwrap");

    private final PGSimpleDataSource target;
    private final PGSimpleDataSource admin;
    private final AtomicInteger steps = new AtomicInteger();
    private volatile int terminateAt = -1;
    private volatile long delayMillis;
    private final AtomicInteger terminated = new AtomicInteger();
    private final java.util.Map<String, Integer> firstSteps = new java.util.concurrent.ConcurrentHashMap<>();

    TerminatingDataSource(PGSimpleDataSource target, PGSimpleDataSource admin) {
        this.target = target;
        this.admin = admin;
    }

    /** Terminates the connection at step {@code step} (counted from now, from 1) after {@code delay} ms; -1: never. */
    void terminateAt(int step, long delay) {
        steps.set(0);
        firstSteps.clear();
        delayMillis = delay;
        terminateAt = step;
    }

    /** Steps counted since the last {@link #terminateAt}. */
    int steps() {
        return steps.get();
    }

    /** The number of the first step that called {@code method} (e.g. {@code unwrap}: the COPY) since the last {@link #terminateAt}. */
    int firstStep(String method) {
        return firstSteps.getOrDefault(method, -1);
    }

    /** How many backends were terminated. */
    int terminated() {
        return terminated.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        int pid;
        try (Statement st = real.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (STEPS.contains(method.getName())) {
                int step = steps.incrementAndGet();
                firstSteps.putIfAbsent(method.getName(), step);
                if (step == terminateAt) {
                    terminate(pid);
                }
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private void terminate(int pid) {
        Runnable kill = () -> {
            try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
                st.execute("SELECT pg_terminate_backend(" + pid + ")");
                // wait until the backend is really gone, so that the next step meets a dead connection
                for (int i = 0; i < 500; i++) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
                        rs.next();
                        if (rs.getInt(1) == 0) {
                            break;
                        }
                    }
                    Thread.sleep(2);
                }
                terminated.incrementAndGet();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException("could not terminate backend " + pid, e);
            }
        };
        if (delayMillis == 0) {
            kill.run();
        } else {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    return;
                }
                kill.run();
            }, "terminator");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the target's
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
