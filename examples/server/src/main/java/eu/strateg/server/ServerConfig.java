package eu.strateg.server;

import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.sources.http.BdlIndicatorSource;
import eu.strateg.sources.http.EurostatIndicatorSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a server is started: its data folder (accounts, tokens, the territory register and the embedded H2 database),
 * its port, whether the example strategies are loaded on start, and the PostgreSQL database to use instead of H2.
 *
 * @param dataDirectory the data folder, created if missing
 * @param host the address to listen on (the default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface)
 * @param port the port, 0 for any free one
 * @param loadExamples whether the example strategies (Kyjov, Niepołomice) are stored on start when missing
 * @param postgresUrl a PostgreSQL JDBC URL, or null for the embedded H2 database in the data folder
 * @param postgresUser the PostgreSQL user, or null
 * @param postgresPassword the PostgreSQL password, or null
 * @param bdlUrl the base URL of GUS's BDL API that {@code POST …/fetch} asks ({@code STRATEG_BDL_URL})
 * @param bdlKey the BDL API key ({@code STRATEG_BDL_KEY}), or null
 * @param eurostatUrl the base URL of Eurostat's data API ({@code STRATEG_EUROSTAT_URL})
 */
public record ServerConfig(Path dataDirectory, String host, int port, boolean loadExamples, String postgresUrl, String postgresUser,
        String postgresPassword, URI bdlUrl, String bdlKey, URI eurostatUrl) {

    /** The environment variable with the PostgreSQL JDBC URL. */
    public static final String DB_URL = "STRATEG_DB_URL";
    /** The environment variable with the PostgreSQL user. */
    public static final String DB_USER = "STRATEG_DB_USER";
    /** The environment variable with the PostgreSQL password. */
    public static final String DB_PASSWORD = "STRATEG_DB_PASSWORD";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    /** Checks the settings. */
    public ServerConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw ValidationException.of("--port", "%d is not a port: give 0 (any free port) to 65535", port);
        }
    }

    /** The embedded H2 database in {@code dataDirectory}, on 127.0.0.1 and {@code port}. */
    public static ServerConfig embedded(Path dataDirectory, int port, boolean loadExamples) {
        return new ServerConfig(dataDirectory, "127.0.0.1", port, loadExamples, null, null, null, BdlIndicatorSource.DEFAULT_BASE_URL, null,
                EurostatIndicatorSource.DEFAULT_BASE_URL);
    }

    /** This configuration with other statistics services (e.g. local servers playing them in tests). */
    public ServerConfig withSources(URI bdl, String key, URI eurostat) {
        return new ServerConfig(dataDirectory, host, port, loadExamples, postgresUrl, postgresUser, postgresPassword, bdl, key, eurostat);
    }

    /** This configuration with the PostgreSQL database of the environment ({@value #DB_URL} …), if it names one. */
    public ServerConfig withEnvironment(Map<String, String> environment) {
        String bdl = blankToNull(environment.get("STRATEG_BDL_URL"));
        String eurostat = blankToNull(environment.get("STRATEG_EUROSTAT_URL"));
        String key = blankToNull(environment.get("STRATEG_BDL_KEY"));
        ServerConfig c = withSources(bdl == null ? bdlUrl : URI.create(bdl), key == null ? bdlKey : key,
                eurostat == null ? eurostatUrl : URI.create(eurostat));
        String url = environment.get(DB_URL);
        if (url == null || url.isBlank()) {
            return c;
        }
        return new ServerConfig(dataDirectory, host, port, loadExamples, url, blankToNull(environment.get(DB_USER)),
                blankToNull(environment.get(DB_PASSWORD)), c.bdlUrl, c.bdlKey, c.eurostatUrl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Whether the data lives in PostgreSQL rather than in the embedded H2 database. */
    public boolean usesPostgres() {
        return postgresUrl != null;
    }

    /**
     * Reads {@code --data DIR --port N --host ADDRESS --load-examples}.
     *
     * @param args the command-line arguments
     * @return the configuration
     * @throws ValidationException listing every unknown or malformed argument
     */
    public static ServerConfig parse(String... args) {
        Problems p = new Problems();
        Path data = Path.of("strateg-data");
        int port = DEFAULT_PORT;
        String host = "127.0.0.1";
        boolean examples = false;
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            switch (a) {
                case "--load-examples" -> examples = true;
                case "--data", "--port", "--host" -> {
                    if (i + 1 >= list.size()) {
                        p.add(a, "needs a value");
                        continue;
                    }
                    String v = list.get(++i);
                    if (a.equals("--data")) {
                        data = Path.of(v);
                    } else if (a.equals("--host")) {
                        host = v;
                    } else {
                        try {
                            port = Integer.parseInt(v);
                            if (port < 0 || port > 65535) {
                                p.add(a, "%s is not a port: give 0 (any free port) to 65535", v);
                            }
                        } catch (NumberFormatException e) {
                            p.add(a, "'%s' is not a port number", v);
                        }
                    }
                }
                default -> p.add(a, "unknown argument; use --data DIR, --port N, --host ADDRESS, --load-examples");
            }
        }
        p.throwIfAny();
        return new ServerConfig(data, host, port, examples, null, null, null, BdlIndicatorSource.DEFAULT_BASE_URL, null,
                EurostatIndicatorSource.DEFAULT_BASE_URL);
    }
}
