package eu.strateg.server.web;

import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Plausibility;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.service.StrategyNotFoundException;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.server.AuditLog;
import eu.strateg.server.Backend;
import eu.strateg.server.ObservationHistory;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.server.api.RequestLog;
import eu.strateg.server.security.Account;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Security;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web UI for people: server-rendered pages under {@code /web} over the same territory-scoped services as the API.
 * A browser signs in with a login form and gets a session cookie ({@link WebSessions}); API tokens are not accepted
 * here and session cookies are not accepted by the API. Every form that changes something carries the session's CSRF
 * token, and a POST without it (or with another) is refused with 403 before anything is read or stored. Pages allow
 * scripts and styles only from this server ({@code script-src 'self'}, no inline script).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller
public class WebController {

    /** The Content Security Policy of every page. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private static final Map<String, ReportFormat> FORMATS = new LinkedHashMap<>();
    private static final Map<String, String> STATIC = Map.of("strateg.css", "text/css;charset=utf-8", "strateg.js",
            "text/javascript;charset=utf-8");
    private static final Pattern PROBLEM = Pattern.compile("^observations\\[(\\d+)]\\.(\\w+)$");

    static {
        for (ReportFormat f : List.of(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.JSON)) {
            FORMATS.put(f.extension(), f);
        }
    }

    private final Backend backend;
    private final Security security;
    private final WebSessions sessions;
    private final AuditLog audit;
    private final WebPages pages = new WebPages();

    WebController(Backend backend, Security security, WebSessions sessions, AuditLog audit) {
        this.backend = backend;
        this.security = security;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** What a page handler gets: the session, the caller signed in, the texts and the services of the caller's scope. */
    record Visit(HttpRequest<?> request, WebSessions.Session session, Caller caller, WebTexts t, Backend.Services services) {
    }

    // ---------------------------------------------------------------- login, logout

    /** {@code GET /}: the web UI. */
    @Get("/")
    public HttpResponse<?> root() {
        return redirect("/web");
    }

    /** The login form, with the CSRF token of a new anonymous session. */
    @Get("/web/login")
    public HttpResponse<?> loginForm(HttpRequest<?> request, @Nullable @QueryValue String lang) {
        WebSessions.Session s = currentSession(request).filter(x -> x.account == null)
                .orElseGet(() -> sessions.start(null, language(request, null)));
        chooseLanguage(s, lang);
        return withCookie(request, login(s, HttpStatus.OK, null, ""), s);
    }

    /** Signs in: a new session under a new id; the anonymous one ends. */
    @Post("/web/login")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> login(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Map<String, String> form = form(body);
        Optional<WebSessions.Session> anonymous = currentSession(request).filter(x -> x.account == null);
        if (anonymous.isEmpty() || !anonymous.get().csrfMatches(form.get("csrf"))) {
            return forbidden(request, new WebTexts(language(request, null)));
        }
        WebSessions.Session s = anonymous.get();
        String name = form.getOrDefault("account", "");
        Optional<java.time.Duration> wait = security.throttle().wait(name);
        if (wait.isPresent()) {
            return login(s, HttpStatus.TOO_MANY_REQUESTS, new WebTexts(s.lang).f1("login.throttled", Math.max(1, wait.get().toMinutes() + 1)),
                    name).header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
        }
        Optional<Account> account = security.accounts().authenticate(name, form.get("password"));
        if (account.isEmpty()) {
            security.throttle().failed(name);
            return login(s, HttpStatus.UNAUTHORIZED, new WebTexts(s.lang).get("login.wrong"), name);
        }
        security.throttle().succeeded(name);
        sessions.end(s);
        WebSessions.Session signedIn = sessions.start(account.get().name(), s.lang);
        request.setAttribute(RequestLog.ACCOUNT, signedIn.account);
        return withCookie(request, redirect("/web"), signedIn);
    }

    /** Signs out (a form with the CSRF token). */
    @Post("/web/logout")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> logout(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Optional<WebSessions.Session> s = currentSession(request);
        if (s.isEmpty() || !s.get().csrfMatches(form(body).get("csrf"))) {
            return forbidden(request, new WebTexts(language(request, null)));
        }
        sessions.end(s.get());
        return redirect("/web/login").header("Set-Cookie", WebSessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure(request) ? "; Secure" : ""));
    }

    private MutableHttpResponse<?> login(WebSessions.Session s, HttpStatus status, String error, String name) {
        Map<String, Object> v = new HashMap<>();
        v.put("csrf", s.csrf);
        v.put("error", error);
        v.put("name", name);
        v.put("path", "/web/login");
        return html(status, pages.render("login", new WebTexts(s.lang), v));
    }

    // ---------------------------------------------------------------- pages

    /** The strategies of the territories the account may see. */
    @Get("/web")
    public HttpResponse<?> strategies(HttpRequest<?> request, @Nullable @QueryValue String lang) {
        return page(request, lang, v -> {
            List<Map<String, Object>> territories = new ArrayList<>();
            List<TerritoryCode> codes = new ArrayList<>(v.services().scope().territories());
            codes.sort((a, b) -> a.toString().compareTo(b.toString()));
            for (TerritoryCode code : codes) {
                List<StrategyHeader> list = v.services().strategies().list(code);
                if (list.isEmpty()) {
                    continue;
                }
                Map<String, Object> t = new HashMap<>();
                t.put("code", code.toString());
                t.put("name", backend.territories().find(code).map(x -> x.name()).orElse(code.toString()));
                t.put("strategies", list);
                territories.add(t);
            }
            Map<String, Object> vars = vars(v, "/web");
            vars.put("territories", territories);
            return html(HttpStatus.OK, pages.render("strategies", v.t(), vars));
        });
    }

    /** A strategy's dashboard: the summary in words, what needs attention, the tree with statuses, the downloads. */
    @Get("/web/s/{id}")
    public HttpResponse<?> dashboard(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String lang,
            @Nullable @QueryValue String saved) {
        return page(request, lang, v -> {
            Map<String, Object> vars = strategyVars(v, id, "");
            vars.put("saved", saved);
            return html(HttpStatus.OK, pages.render("dashboard", v.t(), vars));
        });
    }

    /** An indicator: its status and why, the chart, the values with their status and source. */
    @Get("/web/s/{id}/i/{code}")
    public HttpResponse<?> indicator(HttpRequest<?> request, @PathVariable String id, @PathVariable String code, @Nullable @QueryValue String lang) {
        return page(request, lang, v -> {
            Map<String, Object> vars = strategyVars(v, id, "/i/" + code);
            ReportModel model = (ReportModel) vars.get("report");
            ReportModel.IndicatorCard card = model.indicators().stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new StrategyNotFoundException(StrategyId.of(id)));
            vars.put("card", card);
            vars.put("corrections", corrections(v, StrategyId.of(id), code));
            return html(HttpStatus.OK, pages.render("indicator", v.t(), vars));
        });
    }

    /** The most values of one indicator whose history the indicator page looks up. */
    private static final int MAX_HISTORIES = 500;

    /** An earlier (corrected) version of a value, as the indicator page lists it under the current one. */
    public record Earlier(String value, String recorded, String source, String by) {
    }

    /**
     * The earlier versions of each current value of an indicator that was corrected, keyed by the period code and the
     * disaggregation text of the card's rows ({@code 2024|district: Sever}), newest first.
     */
    private Map<String, List<Earlier>> corrections(Visit v, StrategyId sid, String code) {
        Map<String, List<Earlier>> out = new HashMap<>();
        List<Observation> current = new ArrayList<>();
        v.services().forEachObservation(ObservationQuery.all(sid).indicators(java.util.Set.of(code)), o -> {
            if (current.size() < MAX_HISTORIES) {
                current.add(o);
            }
        });
        List<com.fasterxml.jackson.databind.JsonNode> entries = audit.observationsOf(sid.value());
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag(v.t().lang()));
        number.setMaximumFractionDigits(12);
        for (Observation o : current) {
            List<ObservationHistory.Version> versions = ObservationHistory.of(v.services(), entries, sid, o.seriesKey(), o.period());
            List<Earlier> earlier = new ArrayList<>();
            for (ObservationHistory.Version e : versions) {
                if (!e.current()) {
                    Observation x = e.observation();
                    earlier.add(0, new Earlier(number.format(x.value()), x.recordedAt().toString().replace('T', ' ').replace("Z", " UTC"),
                            x.source(), e.recordedBy()));
                }
            }
            if (!earlier.isEmpty()) {
                String d = o.disaggregation().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue())
                        .collect(java.util.stream.Collectors.joining(", "));
                out.put(o.period() + "|" + d, earlier);
            }
        }
        return out;
    }

    /** The projects and their budgets. */
    @Get("/web/s/{id}/projects")
    public HttpResponse<?> projects(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String lang) {
        return page(request, lang, v -> html(HttpStatus.OK, pages.render("projects", v.t(), strategyVars(v, id, "/projects"))));
    }

    /** The data-entry form: one row for each indicator the account may record values of. */
    @Get("/web/s/{id}/entry")
    public HttpResponse<?> entryForm(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String lang) {
        return page(request, lang, v -> entry(v, id, HttpStatus.OK, Map.of(), Map.of()));
    }

    /**
     * Records the values of the data-entry form. Every row is checked first (the period and the number as written, then
     * the strategy's rules: the periodicity, a natural limit, yes/no); when any row has a problem, nothing is stored and
     * the form comes back with each problem next to its field.
     */
    @Post("/web/s/{id}/entry")
    @Consumes(MediaType.ALL)
    public HttpResponse<?> entry(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        Map<String, String> form = form(body);
        return page(request, null, v -> {
            if (!v.session().csrfMatches(form.get("csrf"))) {
                return forbidden(request, v.t());
            }
            if (!EntryRights.mayRecord(v.caller())) {
                return error(HttpStatus.FORBIDDEN, v.t(), v.t().get("error.readOnly"));
            }
            Strategy strategy = v.services().strategies().current(StrategyId.of(id));
            List<Indicator> rows = EntryRights.recordable(v.caller(), strategy);
            Map<String, String> errors = new LinkedHashMap<>();
            // a field of an indicator that is not a row of this account's form (a crafted post): another's indicator is
            // refused outright, an unknown or computed one is a mistake of the form; either way nothing is stored
            List<String> notYours = new ArrayList<>();
            for (String code : foreignCodes(form, rows)) {
                Optional<Indicator> ind = strategy.indicators().stream().filter(i -> i.code().equals(code)).findFirst();
                if (ind.isEmpty()) {
                    errors.merge("form", v.t().format("problem.unknownIndicator", code, strategy.id().value()), (a, b) -> a + "; " + b);
                } else if (ind.get().isComputed()) {
                    errors.merge("form", v.t().format("problem.computed", code), (a, b) -> a + "; " + b);
                } else {
                    notYours.add(code);
                }
            }
            if (!notYours.isEmpty()) {
                return error(HttpStatus.FORBIDDEN, v.t(), v.t().f1("entry.notYours", String.join(", ", notYours)));
            }
            List<Observation> observations = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            String source = blankToNull(form.get("source"));
            for (Indicator ind : rows) {
                String value = form.getOrDefault("value." + ind.code(), "").trim();
                String period = form.getOrDefault("period." + ind.code(), "").trim();
                if (value.isEmpty() && period.isEmpty()) {
                    continue;
                }
                Period p = null;
                BigDecimal number = null;
                try {
                    p = Period.parse(period);
                } catch (ValidationException e) {
                    errors.put("period." + ind.code(), v.t().f1("entry.badPeriod", period));
                }
                try {
                    number = new BigDecimal(value.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    errors.put("value." + ind.code(), v.t().f1("entry.badNumber", value));
                }
                if (p != null && number != null) {
                    // the strategy's rules for this row now, so that a form shows every mistake at once
                    Problems rules = new Problems();
                    Plausibility.checkValue(rules, "", ind, number, p);
                    for (Problem problem : rules.list()) {
                        addError(errors, (problem.path().equals(".period") ? "period." : "value.") + ind.code(), problem, v.t());
                    }
                    try {
                        observations.add(Observation.of(ind.code(), p, number).withSource(source, "web: " + v.caller().account().name()));
                        codes.add(ind.code());
                    } catch (ValidationException e) {
                        // the number beyond what Strateg keeps, or a source it cannot store
                        for (Problem problem : e.problems()) {
                            addError(errors, problem.path().equals("source") ? "source" : "value." + ind.code(), problem, v.t());
                        }
                    }
                }
            }
            if (errors.isEmpty() && observations.isEmpty()) {
                errors.put("form", v.t().get("entry.nothing"));
            }
            if (errors.isEmpty()) {
                try {
                    java.time.Instant started = backend.clock().instant();
                    UpsertResult r = v.services().observations().record(strategy.id(), observations);
                    audit.record(v.caller().account().name(), "observations.record", strategy.territory().code(), strategy.id().value(),
                            "inserted " + r.inserted() + ", corrected " + r.corrected() + ", unchanged " + r.unchanged() + " (web form)",
                            AuditLog.carried(started, observations, r));
                } catch (ValidationException e) {
                    for (Problem problem : e.problems()) {
                        Matcher m = PROBLEM.matcher(problem.path());
                        String field = m.matches() ? m.group(2).equals("period") ? "period." + codes.get(Integer.parseInt(m.group(1)))
                                : "value." + codes.get(Integer.parseInt(m.group(1))) : "form";
                        addError(errors, field, problem, v.t());
                    }
                }
            }
            if (!errors.isEmpty()) {
                return entry(v, id, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
            }
            return redirect("/web/s/" + strategy.id().value() + "?saved=" + observations.size());
        });
    }

    /** A problem of a field, in the page's language, after any other of the same field. */
    private static void addError(Map<String, String> errors, String field, Problem problem, WebTexts t) {
        errors.merge(field, ProblemTexts.text(problem, t), (a, b) -> a + "; " + b);
    }

    /** The indicator codes of filled-in {@code period.X} or {@code value.X} fields that are not rows of the form. */
    private static List<String> foreignCodes(Map<String, String> form, List<Indicator> rows) {
        List<String> own = rows.stream().map(Indicator::code).toList();
        return form.entrySet().stream().filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey().startsWith("value.") ? e.getKey().substring(6) : e.getKey().startsWith("period.") ? e.getKey().substring(7) : null)
                .filter(c -> c != null && !own.contains(c)).distinct().sorted().toList();
    }

    private MutableHttpResponse<?> entry(Visit v, String id, HttpStatus status, Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> vars = strategyVars(v, id, "/entry");
        Strategy strategy = v.services().strategies().current(StrategyId.of(id));
        vars.put("rows", EntryRights.recordable(v.caller(), strategy));
        vars.put("form", form);
        vars.put("errors", errors);
        return html(status, pages.render("entry", v.t(), vars));
    }

    /**
     * A report download, {@code /web/s/{id}/download/{id}.{pdf|html|xlsx|csv|json}} in the page's language as of today;
     * any other file name (another strategy's, a path, another extension) is refused.
     */
    @Get("/web/s/{id}/download/{file}")
    public HttpResponse<?> download(HttpRequest<?> request, @PathVariable String id, @PathVariable String file) {
        return page(request, null, v -> {
            int dot = file.lastIndexOf('.');
            ReportFormat format = dot < 0 ? null : FORMATS.get(file.substring(dot + 1));
            if (format == null || !file.substring(0, dot).equals(id) || !StrategyId.of(id).value().equals(id)) {
                return error(HttpStatus.BAD_REQUEST, v.t(), v.t().f1("error.badFile", file));
            }
            LocalDate asOf = LocalDate.now(backend.clock());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                v.services().reports().render(StrategyId.of(id), asOf, format, Locale.forLanguageTag(v.t().lang()), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            MutableHttpResponse<byte[]> r = HttpResponse.<byte[]>ok(out.toByteArray())
                    .contentType(format.mediaType().startsWith("text/") ? format.mediaType() + ";charset=utf-8" : format.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + id + "-" + asOf + "." + format.extension() + "\"");
            if (format == ReportFormat.HTML) {
                r.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
            }
            return r;
        });
    }

    /** The stylesheet and the small script of the pages (no other file is served). */
    @Get("/web/static/{name}")
    public HttpResponse<?> file(@PathVariable String name) {
        String type = STATIC.get(name);
        if (type == null) {
            return HttpResponse.notFound();
        }
        try (InputStream in = WebController.class.getResourceAsStream("/web/static/" + name)) {
            return HttpResponse.ok(in.readAllBytes()).contentType(type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private MutableHttpResponse<?> page(HttpRequest<?> request, String lang, Function<Visit, MutableHttpResponse<?>> handler) {
        Optional<WebSessions.Session> session = currentSession(request).filter(s -> s.account != null);
        Optional<Account> account = session.flatMap(s -> security.accounts().find(s.account));
        if (account.isEmpty()) {
            return redirect("/web/login");
        }
        WebSessions.Session s = session.get();
        chooseLanguage(s, lang);
        request.setAttribute(RequestLog.ACCOUNT, s.account);
        Caller caller = new Caller(account.get());
        WebTexts t = new WebTexts(s.lang);
        try {
            return handler.apply(new Visit(request, s, caller, t, backend.scoped(caller.scope(backend.territories()))));
        } catch (StrategyNotFoundException e) {
            return error(HttpStatus.NOT_FOUND, t, t.get("error.notFound"));
        } catch (ValidationException e) {
            return error(HttpStatus.BAD_REQUEST, t, ProblemTexts.text(e.problems().get(0), t));
        }
    }

    private Map<String, Object> vars(Visit v, String path) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("csrf", v.session().csrf);
        vars.put("account", v.caller().account());
        vars.put("mayRecord", EntryRights.mayRecord(v.caller()));
        vars.put("path", path);
        return vars;
    }

    /** The variables of a strategy's pages: the report model as of today, built by the reporting module. */
    private Map<String, Object> strategyVars(Visit v, String id, String subpage) {
        StrategyId sid = StrategyId.of(id);
        LocalDate asOf = LocalDate.now(backend.clock());
        Strategy strategy = v.services().evaluation().inForce(sid, asOf).strategy();
        StrategyEvaluation evaluation = v.services().evaluation().evaluate(sid, strategy.revision(), asOf);
        List<Observation> observations = v.services().evaluation().observationsKnownAt(sid, asOf);
        ReportModel model = ReportModel.of(new ReportInput(strategy, evaluation, observations, Locale.forLanguageTag(v.t().lang())),
                v.t().report());
        Map<String, Object> vars = vars(v, "/web/s/" + sid.value() + subpage);
        vars.put("report", model);
        vars.put("sid", sid.value());
        vars.put("formats", FORMATS.keySet());
        return vars;
    }

    private MutableHttpResponse<?> error(HttpStatus status, WebTexts t, String message) {
        Map<String, Object> v = new HashMap<>();
        v.put("message", message);
        v.put("status", status.getCode());
        v.put("path", "/web");
        return html(status, pages.render("error", t, v));
    }

    private MutableHttpResponse<?> forbidden(HttpRequest<?> request, WebTexts t) {
        return error(HttpStatus.FORBIDDEN, t, t.get("error.csrf"));
    }

    private static MutableHttpResponse<?> html(HttpStatus status, String body) {
        return HttpResponse.status(status).body(body.getBytes(StandardCharsets.UTF_8)).contentType("text/html;charset=utf-8")
                .header("Content-Security-Policy", CSP);
    }

    private static MutableHttpResponse<?> redirect(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header("Location", location);
    }

    private MutableHttpResponse<?> withCookie(HttpRequest<?> request, MutableHttpResponse<?> response, WebSessions.Session s) {
        return response.header("Set-Cookie", WebSessions.COOKIE + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict" + (secure(request) ? "; Secure" : ""));
    }

    private static boolean secure(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    private Optional<WebSessions.Session> currentSession(HttpRequest<?> request) {
        return request.getCookies().findCookie(WebSessions.COOKIE).map(Cookie::getValue).flatMap(sessions::find);
    }

    private static void chooseLanguage(WebSessions.Session s, String lang) {
        if (lang != null && WebTexts.LANGUAGES.contains(lang)) {
            s.lang = lang;
        }
    }

    /** The first of cs, pl, en the browser asks for, else English. */
    private static String language(HttpRequest<?> request, String fallback) {
        String accept = request.getHeaders().get("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String l = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                l = l.length() > 2 ? l.substring(0, 2) : l;
                if (WebTexts.LANGUAGES.contains(l)) {
                    return l;
                }
            }
        }
        return fallback == null ? "en" : fallback;
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body (the first value of each name). */
    static Map<String, String> form(byte[] body) {
        Map<String, String> form = new HashMap<>();
        if (body == null) {
            return form;
        }
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
