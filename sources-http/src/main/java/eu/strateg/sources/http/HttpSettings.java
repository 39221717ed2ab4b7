package eu.strateg.sources.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How an HTTP source talks to its service: timeouts, retries with back-off, throttling and caching.
 *
 * <p>A request that times out, cannot connect or is answered with a 5xx status is tried again after
 * {@code initialBackoff}, then twice as long each time up to {@code maxBackoff}, at most {@code maxAttempts} times in
 * all. A 429 (too many requests) is tried again after the time its {@code Retry-After} header asks for (or the
 * back-off when it has none), unless that is longer than {@code maxRetryAfter}, and counts as an attempt too. Any
 * other answer than 200 fails at once. Between two requests at least {@code minInterval} passes, so a source keeps to
 * a service's rate limit by itself. Answers are kept for {@code cacheTtl} ({@link Duration#ZERO} turns the cache
 * off), at most {@code cacheEntries} of them.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the whole answer of one request
 * @param maxAttempts how many times a request is tried at most (1 means no retry)
 * @param initialBackoff the wait before the first retry
 * @param maxBackoff the longest wait between two retries
 * @param maxRetryAfter the longest {@code Retry-After} a source agrees to wait for
 * @param minInterval the shortest time between the starts of two requests
 * @param cacheTtl how long an answer is reused
 * @param cacheEntries how many answers the cache keeps at most
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        Duration minInterval,
        Duration cacheTtl,
        int cacheEntries) {

    public HttpSettings {
        List<String> problems = new ArrayList<>();
        positive(problems, "connectTimeout", connectTimeout);
        positive(problems, "requestTimeout", requestTimeout);
        notNegative(problems, "initialBackoff", initialBackoff);
        notNegative(problems, "maxBackoff", maxBackoff);
        notNegative(problems, "maxRetryAfter", maxRetryAfter);
        notNegative(problems, "minInterval", minInterval);
        notNegative(problems, "cacheTtl", cacheTtl);
        if (maxAttempts < 1 || maxAttempts > 20) {
            problems.add("maxAttempts must be between 1 and 20, was " + maxAttempts);
        }
        if (cacheEntries < 0) {
            problems.add("cacheEntries must not be negative, was " + cacheEntries);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("HTTP settings: " + String.join("; ", problems));
        }
    }

    /**
     * Conservative defaults for a public statistics API: 10 s to connect, 30 s per request, 4 attempts with 1, 2 and
     * 4 s between them (at most 30 s), a {@code Retry-After} of up to 2 minutes, at least 250 ms between requests
     * (under the 5 requests a second GUS BDL allows anonymous users), answers kept for an hour, 256 of them.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 4, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofMillis(250), Duration.ofHours(1), 256);
    }

    /** The same settings with another number of attempts and back-off. */
    public HttpSettings withRetries(int attempts, Duration initial, Duration max) {
        return new HttpSettings(connectTimeout, requestTimeout, attempts, initial, max, maxRetryAfter, minInterval, cacheTtl, cacheEntries);
    }

    /** The same settings with other timeouts. */
    public HttpSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSettings(connect, request, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, minInterval, cacheTtl, cacheEntries);
    }

    /** The same settings with another longest {@code Retry-After} and shortest interval between requests. */
    public HttpSettings withThrottling(Duration longestRetryAfter, Duration interval) {
        return new HttpSettings(connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, longestRetryAfter, interval, cacheTtl,
                cacheEntries);
    }

    /** The same settings with another cache time-to-live and size. */
    public HttpSettings withCache(Duration ttl, int entries) {
        return new HttpSettings(connectTimeout, requestTimeout, maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, minInterval, ttl, entries);
    }

    /** The wait before retry number {@code retry} (1 for the first): the initial back-off doubled each time, capped. */
    public Duration backoff(int retry) {
        Duration d = initialBackoff;
        for (int i = 1; i < retry && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private static void positive(List<String> problems, String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            problems.add(name + " must be a positive duration, was " + d);
        }
    }

    private static void notNegative(List<String> problems, String name, Duration d) {
        if (d == null || d.isNegative()) {
            problems.add(name + " must be zero or a positive duration, was " + d);
        }
    }
}
