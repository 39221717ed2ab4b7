package eu.strateg.sources.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server on 127.0.0.1 that plays a statistics service: each path-and-query has a list of replies given
 * in turn (the last one again and again); anything else gets a 404. It records every request.
 */
final class FixtureServer implements AutoCloseable {

    /** One reply; {@code delayMillis} holds it back (to play a service that does not answer in time). */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {

        static Reply ok(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json; charset=utf-8"), body, 0);
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body, 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delayMillis);
        }
    }

    /** What a client asked for. */
    record Request(String pathAndQuery, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private FixtureServer(HttpServer server) {
        this.server = server;
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static FixtureServer start() {
        try {
            return new FixtureServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The BDL-like base URL of this server. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/");
    }

    /** Replies to {@code pathAndQuery} (relative to {@link #base()}) with these, in turn. */
    FixtureServer on(String pathAndQuery, Reply... inTurn) {
        replies.put(base().getPath() + pathAndQuery, new ArrayDeque<>(List.of(inTurn)));
        return this;
    }

    /** Replies 200 with a fixture resource, {@code {{base}}} replaced by {@link #base()}. */
    FixtureServer onFixture(String pathAndQuery, String resource) {
        return on(pathAndQuery, Reply.ok(fixture(resource)));
    }

    String fixture(String resource) {
        try (InputStream in = FixtureServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", base().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String key = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String basePath = base().getPath();
        requests.add(new Request(key.startsWith(basePath) ? key.substring(basePath.length()) : key, Map.copyOf(exchange.getRequestHeaders())));
        Deque<Reply> queue = replies.get(key);
        Reply reply;
        if (queue == null) {
            reply = Reply.status(404, "{\"errors\":[\"no fixture for " + key + "\"]}");
        } else {
            synchronized (queue) {
                reply = queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        try {
            if (reply.delayMillis() > 0) {
                pause(reply.delayMillis());
            }
            byte[] body = reply.body().getBytes(charset(reply));
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } finally {
            exchange.close();
        }
    }

    /** The charset the reply's Content-Type names (to play a service that answers in another encoding); UTF-8 by default. */
    private static java.nio.charset.Charset charset(Reply reply) {
        String type = reply.headers().getOrDefault("Content-Type", "");
        int at = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        return at < 0 ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(type.substring(at + "charset=".length()).trim());
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the fixture server was stopped while holding back a reply", e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
