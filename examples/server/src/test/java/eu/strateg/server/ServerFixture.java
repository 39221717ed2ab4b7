package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.server.security.Accounts;
import eu.strateg.server.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A server on a real port over an H2 database in a temporary folder, with the two example strategies loaded and five
 * accounts: an administrator, a coordinator, a reader and a data steward (of ENERGY_MWH only) of Kyjov, and a
 * coordinator of Niepołomice. Kyjov opts in to public reading, Niepołomice does not. Requests go through
 * {@link HttpClient}; the account {@code null} is the public (no {@code Authorization} header).
 */
final class ServerFixture implements AutoCloseable {

    static final TerritoryCode KYJOV = TerritoryCode.parse("CZ_ZUJ:586307");
    static final TerritoryCode NIEPOLOMICE = TerritoryCode.parse("PL_TERYT:1219043");
    static final String PASSWORD = "correct horse battery staple";

    final StrategServer server;
    final Path data;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();

    /** One HTTP response: status, headers and body text. */
    record Response(int status, HttpResponse<String> raw) {

        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return JsonFiles.MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The problem document's {@code path} of each error, in order. */
        java.util.List<String> errorPaths() {
            java.util.List<String> paths = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> paths.add(e.path("path").asText()));
            return paths;
        }
    }

    /** A server on an H2 database in {@code data}. */
    static ServerFixture h2(Path data) {
        return new ServerFixture(data, ServerConfig.embedded(data, 0, true));
    }

    /** A server on an H2 database in {@code data}, its configuration changed by {@code change}. */
    static ServerFixture h2(Path data, java.util.function.UnaryOperator<ServerConfig> change) {
        return new ServerFixture(data, change.apply(ServerConfig.embedded(data, 0, true)));
    }

    /** A server on a fresh schema of the test PostgreSQL ({@link TestPostgres}), its other files in {@code data}. */
    static ServerFixture postgres(Path data) {
        return new ServerFixture(data, ServerConfig.embedded(data, 0, true).withEnvironment(TestPostgres.freshSchema()));
    }

    private ServerFixture(Path data, ServerConfig config) {
        this.data = data;
        Accounts accounts = Accounts.open(data);
        accounts.add("admin", PASSWORD, Role.ADMINISTRATOR, Set.of());
        accounts.add("kyjov-coordinator", PASSWORD, Role.COORDINATOR, Set.of(KYJOV));
        accounts.add("kyjov-reader", PASSWORD, Role.READER, Set.of(KYJOV));
        accounts.add("niepolomice-coordinator", PASSWORD, Role.COORDINATOR, Set.of(NIEPOLOMICE));
        accounts.add("kyjov-steward", PASSWORD, Role.DATA_STEWARD, Set.of(), Map.of(KYJOV, Set.of("ENERGY_MWH")));
        try {
            java.nio.file.Files.writeString(data.resolve(TerritoryRegister.FILE),
                    "{\"territories\":[{\"code\":\"" + KYJOV + "\",\"name\":\"Kyjov\",\"level\":\"MUNICIPALITY\",\"public\":true}]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = StrategServer.start(config);
    }

    /** A client of a server started elsewhere; the caller closes that server. */
    ServerFixture(StrategServer server) {
        this.data = null;
        this.server = server;
    }

    /** The token of an account, issued by {@code POST /api/tokens} on first use. */
    String token(String account) {
        return tokens.computeIfAbsent(account, a -> {
            Response r = send("POST", "/api/tokens", null, "application/json",
                    "{\"account\":\"" + a + "\",\"password\":\"" + PASSWORD + "\"}", Map.of());
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            return r.json().path("token").asText();
        });
    }

    Response get(String path, String account) {
        return send("GET", path, account == null ? null : token(account), null, null, Map.of());
    }

    Response as(String account, String method, String path, String contentType, String body, Map<String, String> headers) {
        return send(method, path, account == null ? null : token(account), contentType, body, headers);
    }

    Response send(String method, String path, String token, String contentType, String body, Map<String, String> headers) {
        return sendBytes(method, path, token, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A request with a binary body (a workbook) as {@code account}. */
    Response asBytes(String account, String method, String path, String contentType, byte[] body) {
        return sendBytes(method, path, account == null ? null : token(account), contentType, body, Map.of());
    }

    Response sendBytes(String method, String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.uri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stores {@link #kyjovCopy} as {@code id} (by Kyjov's coordinator) and gives the path of its observations. */
    String observationsOfNewCopy(String id) {
        Response r = as("kyjov-coordinator", "PUT", "/api/strategies/" + id, "application/json", kyjovCopy(id), Map.of("If-Match", "0"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return "/api/strategies/" + id + "/observations";
    }

    /** A copy of Kyjov's first revision as a new strategy document with another id (a draft, revision 0). */
    String kyjovCopy(String id) {
        ObjectNode doc = (ObjectNode) get("/api/strategies/kyjov-2030?revision=1", "admin").json();
        doc.put("id", id).put("revision", 0);
        doc.putObject("lifecycle").put("state", "DRAFT");
        return doc.toString();
    }

    @Override
    public void close() {
        server.close();
    }
}
