package eu.strateg.benchmarks.server;

import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.server.Backend;
import eu.strateg.server.JsonFiles;
import eu.strateg.server.ServerConfig;
import eu.strateg.server.StrategServer;
import eu.strateg.server.TerritoryRegister;
import eu.strateg.server.api.EvaluationJson;
import eu.strateg.server.security.Account;
import eu.strateg.server.security.Accounts;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Role;
import eu.strateg.server.web.WebPages;
import eu.strateg.server.web.WebTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two sides of the server's load figure. Over HTTP: the real server ({@link StrategServer}) on a free port of
 * 127.0.0.1, on its embedded H2 default with the example strategies loaded, a coordinator of Kyjov signed in (a session
 * for the web dashboard, a bearer token for the API). In process: the same work the controllers do for those requests
 * (find the account, the caller's scoped services, evaluate, build the report model, render the dashboard template or
 * write the evaluation JSON) on an equal H2 database with the same examples, without HTTP, sessions or tokens.
 */
public final class ServerLoad implements AutoCloseable {

    /** The strategy of both requests. */
    public static final String STRATEGY = "kyjov-2030";
    /** The date of the evaluation request. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** The language of the dashboard. */
    public static final String LANG = "cs";

    static final String ACCOUNT = "kyjov-coordinator";
    static final String PASSWORD = "a long enough password for the load figure";
    private static final TerritoryCode KYJOV = TerritoryCode.parse("CZ_ZUJ:586307");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^strateg_session=([^;]*)");

    private final Path folder;
    private final StrategServer server;
    private final StrategJdbc database;
    private final Backend backend;
    private final Accounts accounts;
    private final WebPages pages = new WebPages();

    private ServerLoad(Path folder, StrategServer server, StrategJdbc database, Backend backend, Accounts accounts) {
        this.folder = folder;
        this.server = server;
        this.database = database;
        this.backend = backend;
        this.accounts = accounts;
    }

    /** Starts the server and opens the in-process side, each on its own data folder under a new temporary folder. */
    public static ServerLoad start() {
        Path folder;
        try {
            folder = Files.createTempDirectory("strateg-load");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path served = folder.resolve("served");
        Path local = folder.resolve("in-process");
        account(served);
        StrategServer server = StrategServer.start(ServerConfig.embedded(served, 0, true));
        // the in-process side: the same examples, stored by a server that is closed again, then the database opened directly
        account(local);
        StrategServer.start(ServerConfig.embedded(local, 0, true)).close();
        Clock clock = Clock.systemUTC();
        StrategJdbc database = StrategJdbc.h2(local.resolve("db")).withClock(clock);
        Backend backend = new Backend(database.strategies(), database.observations(), clock, TerritoryRegister.open(local), "h2", List.of());
        return new ServerLoad(folder, server, database, backend, Accounts.open(local));
    }

    private static void account(Path data) {
        Accounts.open(data).add(ACCOUNT, PASSWORD, Role.COORDINATOR, Set.of(KYJOV));
    }

    /** The base URI of the running server. */
    public URI uri() {
        return server.uri();
    }

    // ---------------------------------------------------------------- in process

    /** The dashboard page as {@code GET /web/s/kyjov-2030} renders it (WebController.dashboard), without HTTP. */
    public String dashboardInProcess() {
        Account account = accounts.find(ACCOUNT).orElseThrow();
        Caller caller = new Caller(account);
        WebTexts t = new WebTexts(LANG);
        Backend.Services services = backend.scoped(caller.scope(backend.territories()));
        StrategyId sid = StrategyId.of(STRATEGY);
        LocalDate asOf = LocalDate.now(backend.clock());
        Strategy strategy = services.evaluation().inForce(sid, asOf).strategy();
        StrategyEvaluation evaluation = services.evaluation().evaluate(sid, strategy.revision(), asOf);
        List<Observation> observations = services.evaluation().observationsKnownAt(sid, asOf);
        Locale locale = Locale.forLanguageTag(LANG);
        ReportModel model = ReportModel.of(new ReportInput(strategy, evaluation, observations, locale), Messages.of(locale));
        Map<String, Object> vars = new HashMap<>();
        vars.put("csrf", "in-process");
        vars.put("account", account);
        vars.put("mayRecord", caller.mayRecord());
        vars.put("path", "/web/s/" + sid.value());
        vars.put("report", model);
        vars.put("sid", sid.value());
        vars.put("formats", List.of("pdf", "html", "xlsx", "csv", "json"));
        vars.put("saved", null);
        return pages.render("dashboard", t, vars);
    }

    /** The body of {@code GET /api/strategies/kyjov-2030/evaluation?asOf=2025-06-30} (StrategyController.evaluation), without HTTP. */
    public byte[] evaluationInProcess() {
        Caller caller = new Caller(accounts.find(ACCOUNT).orElseThrow());
        Backend.Services services = backend.scoped(caller.scope(backend.territories()));
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(EvaluationJson.of(services.evaluation().evaluate(StrategyId.of(STRATEGY), AS_OF)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- over HTTP

    /** One client of the server: its own connection(s), signed in with its own session and its own API token. */
    public final class Client {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final HttpRequest dashboard;
        private final HttpRequest evaluation;

        Client() {
            String session = signIn();
            String token = token();
            dashboard = HttpRequest.newBuilder(uri().resolve("/web/s/" + STRATEGY)).header("Cookie", "strateg_session=" + session).GET().build();
            evaluation = HttpRequest.newBuilder(uri().resolve("/api/strategies/" + STRATEGY + "/evaluation?asOf=" + AS_OF))
                    .header("Authorization", "Bearer " + token).GET().build();
        }

        /** {@code GET /web/s/kyjov-2030} with this client's session; fails unless the answer is 200. */
        public String dashboard() {
            return ok(send(dashboard, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        /** {@code GET /api/strategies/kyjov-2030/evaluation?asOf=2025-06-30} with this client's token; fails unless 200. */
        public byte[] evaluation() {
            return ok(send(evaluation, HttpResponse.BodyHandlers.ofByteArray()));
        }

        private String signIn() {
            HttpResponse<String> form = send(HttpRequest.newBuilder(uri().resolve("/web/login?lang=" + LANG)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher csrf = CSRF.matcher(ok(form));
            if (!csrf.find()) {
                throw new IllegalStateException("the login form has no CSRF token");
            }
            String body = "csrf=" + enc(csrf.group(1)) + "&account=" + enc(ACCOUNT) + "&password=" + enc(PASSWORD);
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri().resolve("/web/login")).header("Cookie", "strateg_session=" + cookie(form))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 303) {
                throw new IllegalStateException("signing in answered " + r.statusCode() + ": " + r.body());
            }
            return cookie(r);
        }

        private String token() {
            String body = "{\"account\":\"" + ACCOUNT + "\",\"password\":\"" + PASSWORD + "\"}";
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri().resolve("/api/tokens")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST /api/tokens answered " + r.statusCode() + ": " + r.body());
            }
            try {
                return JsonFiles.MAPPER.readTree(r.body()).path("token").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            try {
                return http.send(request, handler);
            } catch (IOException e) {
                throw new UncheckedIOException(request.uri() + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted: " + request.uri(), e);
            }
        }
    }

    /** A new client, signed in. */
    public Client client() {
        return new Client();
    }

    private static <T> T ok(HttpResponse<T> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String cookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new IllegalStateException(r.request().uri() + " set no session cookie"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Stops the server, closes the in-process database and deletes the temporary folder. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            database.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + folder, e);
            }
        }
    }
}
