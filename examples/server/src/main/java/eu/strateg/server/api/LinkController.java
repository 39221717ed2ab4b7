package eu.strateg.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.validation.Problems;
import eu.strateg.server.Backend;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Security;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /api/links?scheme=sdg&code=11.6}: which elements (measures, goals) of the strategies the caller may see
 * serve an external reference: an SDG target ({@code sdg}), an element of another strategy ({@code strategy:jmk-2030},
 * code {@code 2.1}) or a code of a national list. Only the current revisions count (for the public, the adopted ones).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/links")
public class LinkController {

    private final Backend backend;
    private final Security security;

    LinkController(Backend backend, Security security) {
        this.backend = backend;
        this.security = security;
    }

    /** The linked elements, ordered by strategy id and element position. */
    @Get
    public HttpResponse<byte[]> linked(HttpRequest<?> request, @Nullable @QueryValue String scheme, @Nullable @QueryValue String code) {
        Caller caller = security.authenticateReader(request);
        Problems p = new Problems();
        if (scheme == null || code == null) {
            p.add(scheme == null ? "scheme" : "code", "is required: e.g. scheme=sdg&code=11.6, or scheme=strategy:jmk-2030&code=2.1");
            p.throwIfAny();
        }
        Link link = new Link(scheme, code, null);
        ArrayNode list = Responses.array();
        for (LinkedElement l : backend.scoped(caller).linked(link.scheme(), link.code())) {
            ObjectNode n = list.addObject().put("strategy", l.strategyId().value()).put("revision", l.revision())
                    .put("territory", l.territory().toString()).put("element", l.elementCode()).put("title", l.elementTitle());
            if (l.link().label() != null) {
                n.put("label", l.link().label());
            }
        }
        ObjectNode body = Responses.object().put("scheme", link.scheme()).put("code", link.code());
        body.set("elements", list);
        return Responses.ok(body);
    }
}
