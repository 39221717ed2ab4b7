package eu.strateg.server;

import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.reporting.csv.CsvReportRenderer;
import eu.strateg.reporting.html.HtmlReportRenderer;
import eu.strateg.reporting.json.JsonReportRenderer;
import eu.strateg.reporting.pdf.PdfReportRenderer;
import eu.strateg.reporting.xlsx.XlsxReportRenderer;
import eu.strateg.server.security.Accounts;
import eu.strateg.sources.http.BdlIndicatorSource;
import eu.strateg.sources.http.EurostatIndicatorSource;
import eu.strateg.server.security.ApiTokens;
import eu.strateg.server.security.LoginThrottle;
import eu.strateg.server.security.Security;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running server: the database (embedded H2 in the data folder, or PostgreSQL), the accounts, tokens and territories
 * of the data folder, and Micronaut's HTTP server (Netty) with the API. {@link #close()} stops accepting connections,
 * lets the requests in progress finish with their whole response (for up to {@link #GRACE_PERIOD}), and then closes the
 * database.
 */
public final class StrategServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StrategServer.class);

    /** How long {@link #close()} waits for the requests in progress before it stops the server anyway. */
    public static final String GRACE_PERIOD = "30s";

    private final StrategJdbc database;
    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    private StrategServer(StrategJdbc database, ApplicationContext context, EmbeddedServer server) {
        this.database = database;
        this.context = context;
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @param config the configuration
     * @return the running server
     */
    public static StrategServer start(ServerConfig config) {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + config.dataDirectory(), e);
        }
        Clock clock = Clock.systemUTC();
        StrategJdbc database = config.usesPostgres()
                ? StrategJdbc.postgres(config.postgresUrl(), config.postgresUser(), config.postgresPassword()).withClock(clock)
                : StrategJdbc.h2(config.dataDirectory().resolve("db")).withClock(clock);
        try {
            Backend backend = new Backend(database.strategies(), database.observations(), clock, TerritoryRegister.open(config.dataDirectory()),
                    config.usesPostgres() ? "postgres" : "h2", List.of(new HtmlReportRenderer(null), new PdfReportRenderer(null),
                            new XlsxReportRenderer(null), new CsvReportRenderer(null), new JsonReportRenderer(null)));
            if (config.loadExamples()) {
                ExampleLoader.load(backend).forEach(s -> LOG.info("example {} (revision {}) is stored", s.id(), s.revision()));
            }
            Security security = new Security(Accounts.open(config.dataDirectory()), ApiTokens.open(config.dataDirectory(), clock),
                    new LoginThrottle(clock));
            ApplicationContext context = ApplicationContext.builder()
                    .properties(Map.of(
                            "micronaut.server.host", config.host(),
                            "micronaut.server.port", config.port(),
                            "micronaut.server.max-request-size", "128MB",
                            "micronaut.server.multipart.max-file-size", "128MB",
                            "micronaut.application.name", "strateg-server",
                            // Micronaut refuses a request whose Origin is not "localhost" on a local address, so a browser
                            // on http://127.0.0.1 could not post a form; the web UI protects its forms with CSRF tokens and
                            // SameSite cookies, and the API takes no ambient credential (bearer tokens only; without one it
                            // answers as the public, which reads only what territories publish)
                            "micronaut.server.cors.localhost-pass-through", true,
                            // stopping the context first closes the listening socket, then waits for the requests in
                            // progress (Netty's connections and the blocking pool), and only then stops the beans
                            "micronaut.lifecycle.graceful-shutdown.enabled", true,
                            "micronaut.lifecycle.graceful-shutdown.grace-period", GRACE_PERIOD))
                    .singletons(backend, security, new AuditLog(config.dataDirectory(), clock), new Sources(List.of(
                            BdlIndicatorSource.builder().baseUrl(config.bdlUrl()).apiKey(config.bdlKey()).clock(clock).build(),
                            EurostatIndicatorSource.builder().baseUrl(config.eurostatUrl()).clock(clock).build())))
                    .start();
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            LOG.debug("Strateg server on {} ({} database, data in {})", server.getURI(), backend.database(), config.dataDirectory().toAbsolutePath());
            return new StrategServer(database, context, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create("http://" + server.getHost() + ":" + server.getPort());
    }

    /**
     * Stops the server: no new connection is accepted, each request in progress is answered in full (a connection then
     * closes after its response), and when they are done (or after {@link #GRACE_PERIOD}) the HTTP server stops and the
     * database is closed. Closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            // the context's shutdown runs Micronaut's graceful shutdown before it stops the embedded server; stopping the
            // server first would cut the connections of the requests in progress
            context.close();
        } finally {
            database.close();
            LOG.info("Strateg server stopped; the database is closed");
        }
    }
}
