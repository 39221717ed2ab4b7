package eu.strateg.server;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Starts the server (requests are served on a blocking thread pool, never on Netty's event loop): {@code java -jar strateg-server.jar --data DIR --port N [--host ADDRESS] [--load-examples]}. The
 * data folder holds {@code accounts.json}, {@code tokens.json}, {@code territories.json} and the embedded H2 database
 * ({@code db/}); with {@code STRATEG_DB_URL} (and {@code STRATEG_DB_USER}, {@code STRATEG_DB_PASSWORD}) set, the data
 * lives in that PostgreSQL database instead. Accounts are added with {@link AccountTool}. Stops cleanly on Ctrl+C or
 * SIGTERM: the requests in progress are answered in full, new ones are refused, the database is closed, and the
 * process exits with status 0.
 */
public final class ServerMain {

    private ServerMain() {
    }

    /**
     * Runs the server until the process is stopped.
     *
     * @param args the command-line arguments
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        // the request log and the start line at INFO, unless the user set the levels (slf4j-simple reads these once)
        if (System.getProperty("org.slf4j.simpleLogger.log.eu.strateg.server") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.eu.strateg.server", "info");
        }
        ServerConfig config;
        try {
            config = ServerConfig.parse(args).withEnvironment(System.getenv());
        } catch (ValidationException e) {
            fail(System.err, e);
            return;
        }
        StrategServer server;
        try {
            server = StrategServer.start(config);
        } catch (ValidationException e) {
            fail(System.err, e);
            return;
        } catch (RuntimeException e) {
            System.err.println("strateg-server: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("Strateg server on " + server.uri() + " (" + (config.usesPostgres() ? "PostgreSQL" : "H2 in "
                + config.dataDirectory().toAbsolutePath()) + "); health at " + server.uri() + "/health; Ctrl+C stops it");
        CountDownLatch stop = new CountDownLatch(1);
        // SIGTERM and Ctrl+C are a request to stop, handled here rather than by the JVM's shutdown: while the requests in
        // progress finish, the JVM must not yet run the shutdown hooks (H2 closes its databases in one)
        for (String signal : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(signal), s -> stop.countDown());
            } catch (IllegalArgumentException e) {
                System.err.println("strateg-server: the signal " + signal + " is not known here (" + e.getMessage() + "); the shutdown hook stops the server");
            }
        }
        // any other end of the process (System.exit elsewhere, a signal not handled above) still closes the server
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "strateg-server-shutdown"));
        stop.await();
        System.out.println("strateg-server: stopping; the requests in progress are finished first");
        server.close();
        System.exit(0);
    }

    private static void fail(PrintStream err, ValidationException e) {
        for (Problem p : e.problems()) {
            err.println("strateg-server: " + p);
        }
        err.println("usage: strateg-server --data DIR --port N [--host ADDRESS] [--load-examples]");
        System.exit(2);
    }
}
