package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code POST /api/strategies/{id}/fetch} against a local server on 127.0.0.1 answering in the BDL API's shape
 * (invented values): the Niepołomice example's BDL indicators LUDNOSC (variable 72305) and BEZROBOCIE (79214) are
 * filled with their 2024 values, 30868 and 2.6; the other variables have no values in this fixture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FetchApiTest extends ServerTest {

    private static final String API = "/api/v1/";
    private static final String VARS = "var-id=60530&var-id=72305&var-id=76453&var-id=76477&var-id=79214&var-id=288095";

    private HttpServer bdl;
    private volatile Map<String, String> answers;

    @Override
    ServerFixture open(Path folder) {
        try {
            bdl = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bdl.createContext("/", this::answer);
        bdl.start();
        URI base = URI.create("http://127.0.0.1:" + bdl.getAddress().getPort() + API);
        answers = Map.of(
                "units?level=2&format=json&page=0&page-size=100",
                "{\"totalRecords\": 1, \"page\": 0, \"pageSize\": 100, \"links\": {}, \"results\": [{\"id\": \"011200000000\", \"name\": \"MAŁOPOLSKIE\", \"level\": 2}]}",
                "units?parent-id=011200000000&level=6&format=json&page=0&page-size=100",
                "{\"totalRecords\": 1, \"page\": 0, \"pageSize\": 100, \"links\": {}, \"results\": [{\"id\": \"011212019043\", \"name\": \"Niepołomice\", \"level\": 6}]}",
                "data/by-unit/011212019043?" + VARS + "&format=json&page=0&page-size=100",
                "{\"totalRecords\": 2, \"page\": 0, \"pageSize\": 100, \"links\": {}, \"unitId\": \"011212019043\", \"unitName\": \"Niepołomice\","
                        + " \"results\": [{\"id\": 72305, \"values\": [{\"year\": \"2024\", \"val\": 30868, \"attrId\": 1}]},"
                        + " {\"id\": 79214, \"values\": [{\"year\": \"2024\", \"val\": 2.6, \"attrId\": 1}]}]}");
        return ServerFixture.h2(folder, c -> c.withSources(base, null, URI.create("http://127.0.0.1:" + bdl.getAddress().getPort() + "/eurostat/")));
    }

    @AfterAll
    void stopBdl() {
        bdl.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath().replaceFirst("^" + API, "") + "?" + exchange.getRequestURI().getRawQuery();
        String body = answers.getOrDefault(raw, "{\"errors\": [\"no fixture for " + raw + "\"]}");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answers.containsKey(raw) ? 200 : 404, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    @Order(2)
    void fillsTheBdlIndicatorsWithProvenanceAndASecondFetchChangesNothing() {
        ServerFixture.Response first = fx.as("niepolomice-coordinator", "POST", "/api/strategies/niepolomice-2030/fetch", null, null, Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("sources").get(0).path("values").asInt()).isEqualTo(2);
        long changed = first.json().path("inserted").asLong() + first.json().path("corrected").asLong() + first.json().path("unchanged").asLong();
        assertThat(changed).isEqualTo(2);
        ServerFixture.Response again = fx.as("niepolomice-coordinator", "POST", "/api/strategies/niepolomice-2030/fetch", null, null, Map.of());
        assertThat(again.json().path("unchanged").asLong()).isEqualTo(2);
        assertThat(again.json().path("inserted").asLong() + again.json().path("corrected").asLong()).isZero();
        String values = fx.get("/api/strategies/niepolomice-2030/observations?indicator=LUDNOSC,BEZROBOCIE&from=2024&to=2024", "admin").body();
        assertThat(values).contains("\"indicator\":\"LUDNOSC\",\"period\":\"2024\",\"value\":30868").contains("\"value\":2.6")
                .contains("GUS BDL, zmienna 72305");
        // the history of the fetched value names the source and the account that fetched it
        com.fasterxml.jackson.databind.JsonNode versions = fx.get("/api/strategies/niepolomice-2030/observations/history?indicator=LUDNOSC&period=2024",
                "admin").json().path("versions");
        com.fasterxml.jackson.databind.JsonNode latest = versions.get(versions.size() - 1);
        assertThat(latest.path("current").asBoolean()).isTrue();
        assertThat(latest.path("value").decimalValue()).isEqualByComparingTo("30868");
        assertThat(latest.path("source").asText()).contains("GUS BDL, zmienna 72305");
        assertThat(latest.path("recordedBy").asText()).as(versions.toString()).isEqualTo("niepolomice-coordinator");
    }

    /** First: the BDL adapter caches good answers (the unit list), so a bad one must come before any good one. */
    @Test
    @Order(1)
    void aServiceThatAnswersBadlyIs502AndRecordsNothingAndOtherTerritoriesAreNotFound() {
        Map<String, String> good = answers;
        answers = Map.of("units?level=2&format=json&page=0&page-size=100", "<html>maintenance</html>");
        try {
            String before = fx.get("/api/strategies/niepolomice-2030/observations", "admin").body();
            ServerFixture.Response bad = fx.as("niepolomice-coordinator", "POST", "/api/strategies/niepolomice-2030/fetch", null, null, Map.of());
            assertThat(bad.status()).isEqualTo(502);
            assertThat(bad.json().path("detail").asText()).contains("units?level=2").contains("not valid JSON");
            assertThat(fx.get("/api/strategies/niepolomice-2030/observations", "admin").body()).isEqualTo(before);
        } finally {
            answers = good;
        }
        assertThat(fx.as("kyjov-coordinator", "POST", "/api/strategies/niepolomice-2030/fetch", null, null, Map.of()).status()).isEqualTo(404);
        assertThat(fx.as("kyjov-reader", "POST", "/api/strategies/kyjov-2030/fetch", null, null, Map.of()).status()).isEqualTo(403);
    }
}
