package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the web UI's HTTP tests see it: it keeps the session cookie the server sets, does not follow
 * redirects (so a test sees each 303), and reads the CSRF token of the last page with a form.
 */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^strateg_session=([^;]*)");

    private final StrategServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String cookie;
    String csrf;

    WebClient(StrategServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.uri() + path)).GET(), Map.of());
    }

    HttpResponse<byte[]> bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.uri() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", "strateg_session=" + cookie);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(server.uri() + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"), Map.of());
    }

    /** Signs in through the login form; the session cookie is then the signed-in one. */
    WebClient login(String account) {
        HttpResponse<String> form = get("/web/login?lang=en");
        assertThat(form.statusCode()).isEqualTo(200);
        HttpResponse<String> r = post("/web/login", Map.of("csrf", csrf, "account", account, "password", ServerFixture.PASSWORD));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return this;
    }

    /** A form with the current CSRF token and the given fields. */
    Map<String, String> withCsrf(String... fields) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            m.put(fields[i], fields[i + 1]);
        }
        return m;
    }

    private HttpResponse<String> send(HttpRequest.Builder b, Map<String, String> headers) {
        if (cookie != null) {
            b.header("Cookie", "strateg_session=" + cookie);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            setCookie(r).ifPresent(c -> cookie = c.isEmpty() ? null : c);
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The session id a response sets, if it sets one. */
    static Optional<String> setCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst();
    }
}
