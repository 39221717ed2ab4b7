package eu.strateg.server.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every response: one structured log line ({@code method=GET path=/api/strategies status=200 ms=12 account=alice}, never a
 * token, a password or a body) on the logger {@code eu.strateg.server.request}, and the secure headers of an API that
 * serves only data: {@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store}, a Content Security Policy
 * that allows nothing and no framing, and no referrer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLog {

    /** The request attribute with the name of the authenticated account. */
    public static final String ACCOUNT = "strateg.account";

    private static final Logger LOG = LoggerFactory.getLogger("eu.strateg.server.request");
    private static final String START = "strateg.start";

    /** Notes when the request came. */
    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(START, System.nanoTime());
    }

    /** Adds the secure headers and logs the request. */
    @ResponseFilter
    public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Cache-Control", "no-store");
        if (!response.getHeaders().contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        response.header("Referrer-Policy", "no-referrer");
        if (LOG.isInfoEnabled()) {
            long ms = request.getAttribute(START, Long.class).map(t -> TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t)).orElse(-1L);
            String account = request.getAttribute(ACCOUNT, String.class).orElse("-");
            LOG.info("method={} path={} status={} ms={} account={}", request.getMethodName(), request.getPath(), response.code(), ms, account);
        }
    }
}
