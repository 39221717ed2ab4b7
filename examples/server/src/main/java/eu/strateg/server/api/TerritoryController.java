package eu.strateg.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.strateg.core.territory.Territory;
import eu.strateg.server.Backend;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Security;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;

/**
 * {@code GET /api/territories}: the territories the caller may see, each with how many strategies it has; nothing of
 * the others, not even that they exist.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/territories")
public class TerritoryController {

    private final Backend backend;
    private final Security security;

    TerritoryController(Backend backend, Security security) {
        this.backend = backend;
        this.security = security;
    }

    /** The territories, ordered by code. */
    @Get
    public HttpResponse<byte[]> list(HttpRequest<?> request) {
        Caller caller = security.authenticateReader(request);
        Backend.Services services = backend.scoped(caller);
        ArrayNode list = Responses.array();
        for (Territory t : backend.territories().all()) {
            if (!services.scope().allows(t.code())) {
                continue;
            }
            var node = list.addObject().put("code", t.code().toString()).put("name", t.name()).put("level", t.level().name());
            if (t.parent() != null) {
                node.put("parent", t.parent().toString());
            }
            node.put("strategies", services.strategies().list(t.code()).size());
        }
        return Responses.ok(Responses.object().set("territories", list));
    }
}
