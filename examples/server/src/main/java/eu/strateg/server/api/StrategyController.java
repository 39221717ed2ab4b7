package eu.strateg.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyNotFoundException;
import eu.strateg.core.strategy.RevisionDiff;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.server.AuditLog;
import eu.strateg.server.Backend;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Security;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The strategies: list, get a revision, create or update with optimistic locking ({@code If-Match}), adopt, and the
 * evaluation as of a date. Strategy documents are the JSON of persistence-json ({@link StrategyJson}); the revision is
 * the entity tag. Everything goes through the caller's territory scope: a strategy of another territory is answered
 * exactly as one that does not exist.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/strategies")
public class StrategyController {

    private final Backend backend;
    private final Security security;
    private final AuditLog audit;
    private final StrategyJson json = StrategyJson.create();

    private static final Map<String, ReportFormat> FORMATS = Map.of("html", ReportFormat.HTML, "pdf", ReportFormat.PDF, "xlsx", ReportFormat.XLSX,
            "csv", ReportFormat.CSV, "json", ReportFormat.JSON);

    StrategyController(Backend backend, Security security, AuditLog audit) {
        this.backend = backend;
        this.security = security;
        this.audit = audit;
    }

    /** {@code GET /api/strategies[?territory=SCHEME:code]}: the current revision of each strategy the caller may see. */
    @Get
    public HttpResponse<byte[]> list(HttpRequest<?> request, @Nullable @QueryValue String territory) {
        Caller caller = security.authenticateReader(request);
        Backend.Services services = backend.scoped(caller);
        List<TerritoryCode> codes = new ArrayList<>();
        if (territory != null) {
            TerritoryCode code;
            try {
                code = TerritoryCode.parse(territory);
            } catch (ValidationException e) {
                throw ApiProblem.badRequest("territory", e.problems().get(0).message());
            }
            if (!services.scope().allows(code)) {
                throw ApiProblem.notFound("territory", "no territory " + code + " among those this account may see");
            }
            codes.add(code);
        } else {
            services.scope().territories().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(codes::add);
        }
        ArrayNode list = Responses.array();
        for (TerritoryCode code : codes) {
            for (StrategyHeader h : services.strategies().list(code)) {
                list.addObject().put("id", h.id().value()).put("revision", h.revision()).put("territory", h.territory().toString())
                        .put("title", h.title()).put("kind", h.kind().name()).put("state", h.state().name());
            }
        }
        return Responses.ok(Responses.object().set("strategies", list));
    }

    /** {@code GET /api/strategies/{id}[?revision=N]}: the strategy document, its revision as {@code ETag}. */
    @Get("/{id}")
    public HttpResponse<byte[]> get(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String revision) {
        Caller caller = security.authenticateReader(request);
        Backend.Services services = backend.scoped(caller);
        StrategyId sid = Bodies.id(id);
        Strategy s = revision == null ? services.strategies().current(sid) : services.strategies().load(sid, Bodies.revision("revision", revision));
        return document(HttpStatus.OK, s);
    }

    /**
     * {@code PUT /api/strategies/{id}} with a strategy document and {@code If-Match}: the revision it is based on saves
     * the next revision (409 when someone saved in between), {@code 0} creates the strategy (201). Nothing is stored
     * when the document is invalid (422, every problem with its path).
     */
    @Put("/{id}")
    @Consumes(MediaType.ALL)
    public HttpResponse<byte[]> put(HttpRequest<?> request, @PathVariable String id, @Nullable @Header("If-Match") String ifMatch,
            @Nullable @Body byte[] body) {
        Caller caller = security.authenticateWriter(request);
        long expected = Bodies.ifMatch(ifMatch);
        StrategyId sid = Bodies.id(id);
        if (body == null || body.length == 0) {
            throw new ValidationException("", "the body is empty; send a strategy document (JSON)");
        }
        Strategy document = json.read(new ByteArrayInputStream(body));
        if (!document.id().equals(sid)) {
            throw ValidationException.of("id", "the document's id %s is not the id of the URL, %s", document.id(), sid);
        }
        TerritoryScope scope = caller.scopeForNew(backend.territories(), document.territory().code());
        Backend.Services services = backend.scoped(scope);
        Strategy saved = expected == 0 ? services.strategies().create(document)
                : services.strategies().edit(sid, expected, base -> document.withRevision(base.revision()));
        backend.territories().register(saved.territory());
        audit.record(caller.account().name(), expected == 0 ? "strategy.create" : "strategy.save", saved.territory().code(), saved.id().value(),
                "revision " + saved.revision());
        return expected == 0
                ? document(HttpStatus.CREATED, saved).header(HttpHeaders.LOCATION, "/api/strategies/" + saved.id().value())
                : document(HttpStatus.OK, saved);
    }

    /**
     * {@code POST /api/strategies/{id}/adopt} with {@code If-Match} and {@code {"adoptedOn":"YYYY-MM-DD","resolution":"…"}}:
     * saves the next revision marked adopted, after the adoption checks (422 listing every problem).
     */
    @Post("/{id}/adopt")
    @Consumes(MediaType.ALL)
    public HttpResponse<byte[]> adopt(HttpRequest<?> request, @PathVariable String id, @Nullable @Header("If-Match") String ifMatch,
            @Nullable @Body byte[] body) {
        Caller caller = security.authenticateWriter(request);
        long expected = Bodies.ifMatch(ifMatch);
        StrategyId sid = Bodies.id(id);
        JsonNode json = Bodies.jsonObject(body);
        Problems p = new Problems();
        LocalDate adoptedOn = Bodies.date(json, "adoptedOn", p);
        String resolution = Bodies.text(json, "resolution", p);
        p.throwIfAny();
        Backend.Services services = backend.scoped(caller);
        Strategy adopted = services.strategies().adopt(sid, expected, adoptedOn, resolution);
        audit.record(caller.account().name(), "strategy.adopt", adopted.territory().code(), sid.value(),
                "revision " + adopted.revision() + ", adopted on " + adoptedOn);
        return document(HttpStatus.OK, adopted);
    }

    /** {@code GET /api/strategies/{id}/evaluation?asOf=YYYY-MM-DD} (default: today): the evaluation of the revision in force. */
    @Get("/{id}/evaluation")
    public HttpResponse<byte[]> evaluation(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String asOf) {
        Caller caller = security.authenticateReader(request);
        LocalDate date = asOf == null ? LocalDate.now(backend.clock()) : Bodies.date("asOf", asOf);
        StrategyId sid = Bodies.id(id);
        Backend.Services services = backend.scoped(caller);
        return Responses.ok(EvaluationJson.of(services.evaluation().evaluate(sid, date)));
    }

    /** {@code GET /api/strategies/{id}/revisions}: every revision the caller may see, oldest first. */
    @Get("/{id}/revisions")
    public HttpResponse<byte[]> revisions(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = security.authenticateReader(request);
        StrategyId sid = Bodies.id(id);
        Backend.Services services = backend.scoped(caller);
        List<RevisionInfo> history = services.strategies().history(sid);
        if (history.isEmpty()) {
            throw new StrategyNotFoundException(sid);
        }
        ArrayNode list = Responses.array();
        for (RevisionInfo r : history) {
            list.addObject().put("revision", r.revision()).put("savedAt", r.savedAt().toString()).put("state", r.state().name());
        }
        ObjectNode body = Responses.object().put("strategy", sid.value());
        body.set("revisions", list);
        return Responses.ok(body);
    }

    /**
     * {@code GET /api/strategies/{id}/diff?from=N&to=M}: what changed between two revisions ({@code to} defaults to the
     * current one), each change with its kind, path and the values before and after.
     */
    @Get("/{id}/diff")
    public HttpResponse<byte[]> diff(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        Caller caller = security.authenticateReader(request);
        StrategyId sid = Bodies.id(id);
        if (from == null) {
            throw ApiProblem.badRequest("from", "is required: the revision to compare from");
        }
        long fromRevision = Bodies.revision("from", from);
        Long toRevision = to == null ? null : Bodies.revision("to", to);
        Backend.Services services = backend.scoped(caller);
        Strategy after = toRevision == null ? services.strategies().current(sid) : services.strategies().load(sid, toRevision);
        Strategy before = services.strategies().load(sid, fromRevision);
        ArrayNode changes = Responses.array();
        for (RevisionDiff.Change c : RevisionDiff.between(before, after)) {
            ObjectNode n = changes.addObject().put("kind", c.kind().name()).put("path", c.path());
            n.put("before", c.before());
            n.put("after", c.after());
        }
        ObjectNode body = Responses.object().put("strategy", sid.value()).put("from", before.revision()).put("to", after.revision());
        body.set("changes", changes);
        return Responses.ok(body);
    }

    /**
     * {@code GET /api/strategies/{id}/report?format=html|pdf|xlsx|csv|json&lang=cs|pl|en[&asOf=YYYY-MM-DD][&revision=N]}: the
     * monitoring report of the revision in force on {@code asOf} (default today), or of the revision asked for, as a
     * download named {@code <id>-<asOf>.<extension>}. The HTML report is self-contained: its policy allows inline styles
     * and images, nothing else.
     */
    @Get("/{id}/report")
    public HttpResponse<byte[]> report(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String format,
            @Nullable @QueryValue String lang, @Nullable @QueryValue String asOf, @Nullable @QueryValue String revision) throws IOException {
        Caller caller = security.authenticateReader(request);
        StrategyId sid = Bodies.id(id);
        ReportFormat f = FORMATS.get(format == null ? "html" : format);
        if (f == null) {
            throw ApiProblem.badRequest("format", "'" + format + "' is not a report format: one of " + FORMATS.keySet());
        }
        String language = lang == null ? "en" : lang;
        if (!ReportService.LANGUAGES.contains(language)) {
            throw ApiProblem.badRequest("lang", "'" + lang + "' is not a report language: one of cs, pl, en");
        }
        LocalDate date = asOf == null ? LocalDate.now(backend.clock()) : Bodies.date("asOf", asOf);
        Backend.Services services = backend.scoped(caller);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Locale locale = Locale.forLanguageTag(language);
        if (revision == null) {
            services.reports().render(sid, date, f, locale, out);
        } else {
            services.reports().render(sid, Bodies.revision("revision", revision), date, f, locale, out);
        }
        var response = HttpResponse.<byte[]>ok().contentType(f.mediaType().startsWith("text/") ? f.mediaType() + ";charset=utf-8" : f.mediaType())
                .header("Content-Disposition", (f == ReportFormat.HTML ? "inline" : "attachment") + "; filename=\"" + sid.value() + "-" + date
                        + "." + f.extension() + "\"")
                .body(out.toByteArray());
        if (f == ReportFormat.HTML) {
            response.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        }
        return response;
    }

    private io.micronaut.http.MutableHttpResponse<byte[]> document(HttpStatus status, Strategy s) {
        return HttpResponse.<byte[]>status(status).contentType(Responses.JSON).header(HttpHeaders.ETAG, Bodies.etag(s.revision()))
                .body(json.toBytes(s));
    }
}
