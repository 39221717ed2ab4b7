package eu.strateg.server.api;

import eu.strateg.server.Backend;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;

/** {@code GET /health}: whether the server is up and which database it uses; needs no token. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/health")
public class HealthController {

    private final Backend backend;

    HealthController(Backend backend) {
        this.backend = backend;
    }

    /** The health document, e.g. {@code {"status":"UP","database":"h2"}}. */
    @Get
    public HttpResponse<byte[]> health() {
        return Responses.ok(Responses.object().put("status", "UP").put("database", backend.database()));
    }
}
