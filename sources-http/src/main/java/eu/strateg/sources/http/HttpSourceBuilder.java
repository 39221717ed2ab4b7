package eu.strateg.sources.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;

/**
 * The settings every HTTP source shares: the service's address, timeouts, retries, throttling and cache, the clock,
 * how to wait, and the HTTP client. Each source's builder adds its own (an API key, a language) and builds.
 *
 * @param <B> the source's builder, returned by every setter
 */
public abstract class HttpSourceBuilder<B extends HttpSourceBuilder<B>> {

    private final String service;
    private final URI defaultBaseUrl;
    URI baseUrl;
    HttpSettings settings = HttpSettings.defaults();
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.THREAD;
    HttpClient httpClient;

    HttpSourceBuilder(String service, URI defaultBaseUrl) {
        this.service = service;
        this.defaultBaseUrl = defaultBaseUrl;
        this.baseUrl = defaultBaseUrl;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** The address of the service (the source's {@code DEFAULT_BASE_URL} by default); tests point it at a local server. */
    public B baseUrl(URI url) {
        if (url == null || !url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("the " + service + " base URL must be an absolute http or https URL such as " + defaultBaseUrl
                    + ", was " + url);
        }
        String s = url.toString();
        this.baseUrl = s.endsWith("/") ? url : URI.create(s + "/");
        return self();
    }

    /** Timeouts, retries, throttling and cache. */
    public B settings(HttpSettings s) {
        this.settings = Objects.requireNonNull(s, "settings");
        return self();
    }

    /** The clock for retrieval times, the cache and {@code Retry-After} dates. */
    public B clock(Clock c) {
        this.clock = Objects.requireNonNull(c, "clock");
        return self();
    }

    /** How to wait between attempts and requests; tests pass one that only records. */
    public B sleeper(Sleeper s) {
        this.sleeper = Objects.requireNonNull(s, "sleeper");
        return self();
    }

    /** The HTTP client to use; by default one with the settings' connect timeout that follows no redirect. */
    public B httpClient(HttpClient c) {
        this.httpClient = c;
        return self();
    }
}
