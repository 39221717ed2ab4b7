package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document: the served one equals the reviewed copy in {@code docs/server-openapi.json} (after a change
 * to the API, the test writes the new document to {@code target/server-openapi.json} to be reviewed and copied), and
 * every route of the API (listed here by hand, from the controllers) is in it with a summary.
 */
class OpenApiTest extends ServerTest {

    private static final Path CHECKED_IN = Path.of("../../docs/server-openapi.json");

    /** Every route of the API: GET /health and the controllers under /api. */
    private static final List<String> ROUTES = List.of(
            "get /health", "get /api/openapi.json", "post /api/tokens", "get /api/territories", "get /api/strategies",
            "get /api/strategies/{id}", "put /api/strategies/{id}", "post /api/strategies/{id}/adopt", "get /api/strategies/{id}/revisions",
            "get /api/strategies/{id}/diff", "get /api/strategies/{id}/evaluation", "get /api/strategies/{id}/report",
            "post /api/strategies/{id}/observations", "get /api/strategies/{id}/observations",
            "get /api/strategies/{id}/observations/history", "post /api/strategies/{id}/fetch", "get /api/links", "get /api/audit");

    @Test
    void theServedDocumentIsTheCheckedInOne() throws Exception {
        ServerFixture.Response r = fx.get("/api/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        String served = JsonFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r.json()) + "\n";
        Files.writeString(Path.of("target/server-openapi.json"), served);
        assertThat(Files.readString(CHECKED_IN)).as("docs/server-openapi.json is out of date: review target/server-openapi.json and copy it")
                .isEqualTo(served);
    }

    @Test
    void everyRouteIsInTheDocumentWithASummaryAndItsParameters() {
        JsonNode paths = fx.get("/api/openapi.json", null).json().path("paths");
        List<String> documented = new ArrayList<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(ROUTES);
        paths.forEach(p -> p.forEach(op -> assertThat(op.path("summary").asText()).isNotEqualTo("(no summary)")));
        List<String> observationParameters = new ArrayList<>();
        paths.path("/api/strategies/{id}/observations").path("get").path("parameters")
                .forEach(n -> observationParameters.add(n.path("in").asText() + ":" + n.path("name").asText()));
        assertThat(observationParameters).containsExactly("path:id", "query:indicator", "query:from", "query:to", "query:asOf", "query:limit",
                "query:cursor", "query:format", "header:Accept");
        assertThat(paths.path("/api/strategies/{id}").path("put").path("parameters").toString()).contains("\"If-Match\"");
    }
}
