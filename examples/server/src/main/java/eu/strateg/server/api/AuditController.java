package eu.strateg.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import eu.strateg.server.AuditLog;
import eu.strateg.server.Backend;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Role;
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
 * {@code GET /api/audit[?limit=N]}: the latest entries of the audit log ({@link AuditLog}), oldest first, at most
 * {@code limit} (default 100, at most 10,000). An administrator sees every entry; a coordinator those of its territories;
 * every other role gets 403.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/audit")
public class AuditController {

    /** The most entries one request returns. */
    static final int MAX_LIMIT = 10_000;

    private final Backend backend;
    private final Security security;
    private final AuditLog audit;

    AuditController(Backend backend, Security security, AuditLog audit) {
        this.backend = backend;
        this.security = security;
        this.audit = audit;
    }

    /** The entries the caller may see. */
    @Get
    public HttpResponse<byte[]> entries(HttpRequest<?> request, @Nullable @QueryValue String limit) {
        Caller caller = security.authenticate(request);
        if (!caller.mayWrite()) {
            throw ApiProblem.forbidden("the audit log is for administrators and coordinators");
        }
        int n = limit == null ? 100 : Bodies.limit("limit", limit, MAX_LIMIT);
        ArrayNode list = Responses.array();
        audit.read(caller.scope(backend.territories()), caller.account().role() == Role.ADMINISTRATOR, n).forEach(list::add);
        return Responses.ok(Responses.object().set("entries", list));
    }
}
