package eu.strateg.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.validation.Problems;
import eu.strateg.server.AuditLog;
import eu.strateg.server.security.Account;
import eu.strateg.server.security.Security;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/tokens} with {@code {"account":"…","password":"…"}}: issues an API token for machine clients
 * ({@code 201 {"token":"stg_…","account":"…","role":"…"}}); a wrong name or password is 401, worded the same for both;
 * after too many failures of one name, 429 with {@code Retry-After} ({@link eu.strateg.server.security.LoginThrottle}).
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/tokens")
public class TokenController {

    private final Security security;
    private final AuditLog audit;

    TokenController(Security security, AuditLog audit) {
        this.security = security;
        this.audit = audit;
    }

    /** Issues a token. */
    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<byte[]> issue(HttpRequest<?> request, @Body byte[] body) {
        JsonNode json = Bodies.jsonObject(body);
        Problems p = new Problems();
        String name = Bodies.text(json, "account", p);
        String password = Bodies.text(json, "password", p);
        p.throwIfAny();
        security.throttle().wait(name).ifPresent(wait -> {
            long seconds = Math.max(1, wait.toSeconds());
            throw new ApiProblem(429, "too-many-logins", "Too many failed logins",
                    "too many failed logins of this account; try again in " + seconds + " s", List.of(), Map.of("Retry-After", Long.toString(seconds)));
        });
        Optional<Account> found = security.accounts().authenticate(name, password);
        if (found.isEmpty()) {
            security.throttle().failed(name);
            audit.record(name.length() > 64 ? name.substring(0, 64) + "…" : name, "login.refuse", null, null, "wrong name or password");
            throw ApiProblem.unauthorized("the account name or the password is wrong");
        }
        Account account = found.get();
        security.throttle().succeeded(name);
        String token = security.tokens().issue(account.name());
        audit.record(account.name(), "token.issue", null, null, account.role().name());
        return Responses.json(HttpStatus.CREATED, Responses.object().put("token", token).put("account", account.name())
                .put("role", account.role().name()));
    }
}
