package eu.strateg.server.api;

import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.StorageFailureException;
import eu.strateg.core.service.StrategyNotFoundException;
import eu.strateg.core.validation.ValidationException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception of a request into an RFC 9457 problem document: our refusals ({@link ApiProblem}), a strategy
 * not found (404), invalid data with every problem and its path (422), a revision conflict (409, with the revisions), a
 * storage failure (503) and anything else (500, details only in the server log).
 */
@Produces
@Singleton
@Requires(classes = {RuntimeException.class, ExceptionHandler.class})
public class ProblemHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (exception instanceof ApiProblem p) {
            MutableHttpResponse<byte[]> response = Responses.problem(request, p);
            p.headers().forEach(response::header);
            return response;
        }
        if (exception instanceof StrategyNotFoundException e) {
            return Responses.problem(request, 404, ApiProblem.TYPES + "not-found", "Not found", e.getMessage(), e.problems(), Responses.object());
        }
        if (exception instanceof ValidationException e) {
            return Responses.problem(request, 422, ApiProblem.TYPES + "validation", "The request is not valid",
                    e.problems().size() + " problem(s); nothing was stored", e.problems(), Responses.object());
        }
        if (exception instanceof RevisionConflictException e) {
            return Responses.problem(request, 409, ApiProblem.TYPES + "revision-conflict", "Revision conflict", e.getMessage(), List.of(),
                    Responses.object().put("expectedRevision", e.expectedRevision()).put("currentRevision", e.actualRevision()));
        }
        if (exception instanceof StorageFailureException e) {
            LOG.error("storage failure in {} {}", request.getMethodName(), request.getPath(), e);
            return Responses.problem(request, 503, ApiProblem.TYPES + "storage-unavailable", "Storage unavailable",
                    "the database failed; try again later", List.of(), Responses.object());
        }
        LOG.error("unexpected failure in {} {}", request.getMethodName(), request.getPath(), exception);
        return Responses.problem(request, 500, ApiProblem.TYPES + "internal", "Internal error",
                "an unexpected error; the server log has the details", List.of(), Responses.object());
    }
}
