package eu.strateg.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Problem;
import eu.strateg.server.AuditLog;
import eu.strateg.server.Backend;
import eu.strateg.server.Sources;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Security;
import eu.strateg.sources.http.SourceFailureException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/strategies/{id}/fetch}: fills the indicators of the current revision that declare a source
 * ({@code bdl:<variable>}, {@code eurostat:<dataset>?…}) with the values GUS BDL and Eurostat publish for its territory,
 * each value with its provenance, as {@code strateg fetch} does. All sources are asked first; when one answers badly,
 * nothing is recorded (502 naming the URL and what was wrong). Answers the values per source and
 * {@code {"inserted","corrected","unchanged"}}.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/strategies/{id}/fetch")
public class FetchController {

    private final Backend backend;
    private final Security security;
    private final AuditLog audit;
    private final Sources sources;

    FetchController(Backend backend, Security security, AuditLog audit, Sources sources) {
        this.backend = backend;
        this.security = security;
        this.audit = audit;
        this.sources = sources;
    }

    /** Fetches and records. */
    @Post
    public HttpResponse<byte[]> fetch(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = security.authenticateWriter(request);
        StrategyId sid = Bodies.id(id);
        Backend.Services services = backend.scoped(caller);
        Strategy strategy = services.strategies().current(sid);
        // before the sources are asked: they date the values they give at the time of asking
        Instant started = backend.clock().instant();
        Map<String, IndicatorSource.Batch> batches = new LinkedHashMap<>();
        for (IndicatorSource source : sources.all()) {
            try {
                batches.put(source.name(), source.fetch(strategy));
            } catch (SourceFailureException e) {
                throw new ApiProblem(502, "source-failed", "A statistics service answered badly", e.getMessage(),
                        List.of(new Problem("sources." + source.name(), e.getMessage())), Map.of());
            }
        }
        List<Observation> all = new ArrayList<>();
        batches.values().forEach(b -> b.observations().forEach(o -> all.add(o.source() == null ? o.withSource(b.provenance(), o.note()) : o)));
        UpsertResult r = all.isEmpty() ? new UpsertResult(0, 0, 0) : services.observations().record(sid, all);
        ObjectNode body = Responses.object().put("strategy", sid.value());
        ArrayNode list = body.putArray("sources");
        batches.forEach((name, b) -> list.addObject().put("source", name).put("values", b.observations().size()).put("provenance", b.provenance()));
        body.put("inserted", r.inserted()).put("corrected", r.corrected()).put("unchanged", r.unchanged());
        audit.record(caller.account().name(), "observations.fetch", strategy.territory().code(), sid.value(),
                "inserted " + r.inserted() + ", corrected " + r.corrected() + ", unchanged " + r.unchanged(),
                AuditLog.carried(started, all, r));
        return Responses.ok(body);
    }
}
