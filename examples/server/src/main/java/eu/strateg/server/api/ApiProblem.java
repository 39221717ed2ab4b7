package eu.strateg.server.api;

import eu.strateg.core.validation.Problem;
import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes an RFC 9457 problem document ({@code application/problem+json}).
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The base of the problem type URIs. */
    public static final String TYPES = "https://strateg.eu/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final transient List<Problem> errors;
    private final transient Map<String, String> headers;

    /**
     * A problem.
     *
     * @param status the HTTP status
     * @param type the last segment of the type URI, e.g. {@code not-found}
     * @param title the short summary of the problem type
     * @param detail what happened in this request
     * @param errors each problem with its path (may be empty)
     * @param headers response headers to add
     */
    public ApiProblem(int status, String type, String title, String detail, List<Problem> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = TYPES + type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** 401: no or a bad API token. */
    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "unauthorized", "Authentication required", detail, List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"strateg\""));
    }

    /** 403: the account may not do this (said the same way whatever the target). */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Not allowed", detail, List.of(), Map.of());
    }

    /** 400: a malformed query parameter or header. */
    public static ApiProblem badRequest(String path, String message) {
        return new ApiProblem(400, "bad-request", "The request is malformed", path + ": " + message, List.of(new Problem(path, message)),
                Map.of());
    }

    /** 404: nothing of that name among what the caller may see. */
    public static ApiProblem notFound(String path, String message) {
        return new ApiProblem(404, "not-found", "Not found", message, List.of(new Problem(path, message)), Map.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
