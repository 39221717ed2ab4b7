package eu.strateg.sources.http;

import java.net.URI;

/**
 * A statistics service answered badly or not at all: the message names the request, the HTTP status (if any) and
 * what was wrong, e.g. {@code GET http://…/data/by-unit/011212019043?var-id=72305 answered 404: …}.
 */
public class SourceFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The status when the service gave no answer at all (timeout, no connection). */
    public static final int NO_ANSWER = 0;

    private final transient URI uri;
    private final int status;

    public SourceFailureException(URI uri, int status, String message) {
        super("GET " + uri + (status == NO_ANSWER ? "" : " (HTTP " + status + ")") + ": " + message);
        this.uri = uri;
        this.status = status;
    }

    public SourceFailureException(URI uri, int status, String message, Throwable cause) {
        this(uri, status, message);
        initCause(cause);
    }

    /** The request that failed. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status of the last answer, or {@link #NO_ANSWER}. */
    public int status() {
        return status;
    }
}
