package eu.strateg.sources.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GETs JSON over the JDK HTTP client with the retries, back-off, throttling and timeouts of {@link HttpSettings};
 * every failure is a {@link SourceFailureException} naming the URL, the status and what was wrong.
 */
final class JsonClient {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    private static final int SNIPPET = 200;

    private final HttpClient http;
    private final HttpSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, String> headers;
    private Instant lastRequest;

    JsonClient(HttpClient http, HttpSettings settings, Clock clock, Sleeper sleeper, Map<String, String> headers) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.headers = new LinkedHashMap<>(headers);
        this.http = http != null ? http
                : HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Clock clock() {
        return clock;
    }

    /** The parsed body of a 200 answer to {@code GET uri}. */
    JsonNode get(URI uri) {
        return parse(uri, body(uri, "application/json"));
    }

    /**
     * The body of a 200 answer to {@code GET uri} as text (decoded as UTF-8; bytes that are not UTF-8 become U+FFFD,
     * which the caller may report), asking for {@code accept}; with the same retries, back-off and throttling.
     */
    String text(URI uri, String accept) {
        return body(uri, accept);
    }

    /** What one attempt gave: the body of a 200 answer, or the wait before the next attempt and what went wrong. */
    private record Outcome(String body, Duration delay, String problem, int status) {

        static Outcome retry(Duration delay, String problem, int status) {
            return new Outcome(null, delay, problem, status);
        }
    }

    private String body(URI uri, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(settings.requestTimeout()).header("Accept", accept);
        headers.forEach(b::header);
        HttpRequest request = b.build();
        for (int attempt = 1; ; attempt++) {
            Outcome outcome = attempt(uri, request, attempt);
            if (outcome.body() != null) {
                return outcome.body();
            }
            if (attempt >= settings.maxAttempts()) {
                throw new SourceFailureException(uri, outcome.status(), outcome.problem() + "; gave up after " + attempt + " attempt(s)");
            }
            pause(uri, outcome.delay());
        }
    }

    private Outcome attempt(URI uri, HttpRequest request, int attempt) {
        try {
            throttle(uri);
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = r.statusCode();
            if (status == 200) {
                return new Outcome(r.body(), null, null, status);
            }
            if (status == 429) {
                Optional<Duration> asked = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
                if (asked.isPresent() && asked.get().compareTo(settings.maxRetryAfter()) > 0) {
                    throw new SourceFailureException(uri, status, "the service limits the rate of requests and asks to wait "
                            + asked.get().toSeconds() + " s (Retry-After), longer than the " + settings.maxRetryAfter().toSeconds()
                            + " s this source is configured to wait");
                }
                return Outcome.retry(asked.orElse(settings.backoff(attempt)), "too many requests (429), still limited after " + attempt
                        + " attempt(s)", status);
            }
            if (status >= 500) {
                return Outcome.retry(settings.backoff(attempt), "the service failed (" + status + ") " + attempt + " time(s): "
                        + snippet(r.body()), status);
            }
            throw new SourceFailureException(uri, status, what(status, r) + snippet(r.body()));
        } catch (HttpTimeoutException e) {
            return Outcome.retry(settings.backoff(attempt), "no answer within " + settings.requestTimeout().toMillis() + " ms, " + attempt
                    + " time(s)", SourceFailureException.NO_ANSWER);
        } catch (IOException e) {
            return Outcome.retry(settings.backoff(attempt), "no answer (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "), " + attempt + " time(s)", SourceFailureException.NO_ANSWER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailureException(uri, SourceFailureException.NO_ANSWER, "interrupted while waiting for the answer", e);
        }
    }

    private static String what(int status, HttpResponse<String> r) {
        if (status >= 300 && status < 400) {
            return "the service redirects to " + r.headers().firstValue("Location").orElse("(no Location)")
                    + ", which this source does not follow (set the base URL to the service's address): ";
        }
        if (status == 401 || status == 403) {
            return "the service refused the request (check the API key): ";
        }
        if (status == 404) {
            return "the service does not know this resource: ";
        }
        return "the service rejected the request: ";
    }

    private synchronized void throttle(URI uri) {
        Instant now = clock.instant();
        if (lastRequest != null && !settings.minInterval().isZero()) {
            Duration since = Duration.between(lastRequest, now);
            if (since.compareTo(settings.minInterval()) < 0) {
                pause(uri, settings.minInterval().minus(since));
                now = clock.instant();
            }
        }
        lastRequest = now;
    }

    private void pause(URI uri, Duration d) {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailureException(uri, SourceFailureException.NO_ANSWER, "interrupted while waiting to retry", e);
        }
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date; empty when absent or unreadable. */
    private Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static JsonNode parse(URI uri, String body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new SourceFailureException(uri, 200, "the body is empty, JSON was expected");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SourceFailureException(uri, 200, "the body is not valid JSON" + where + ": " + e.getOriginalMessage()
                    + "; it starts with " + snippet(body), e);
        }
    }

    /** The start of a body, on one line, for an error message. */
    static String snippet(String body) {
        if (body == null || body.isEmpty()) {
            return "(an empty body)";
        }
        String s = body.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return "'" + (s.length() > SNIPPET ? s.substring(0, SNIPPET) + "…" : s) + "'";
    }
}
