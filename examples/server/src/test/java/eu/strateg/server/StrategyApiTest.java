package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The strategy endpoints on a real port, each with its success and error paths: territories, list, get (any
 * revision), create and update with {@code If-Match} (409 on a stale revision, nothing stored when invalid), adopt and
 * evaluation as of a date.
 */
class StrategyApiTest extends ServerTest {

    private static final String JSON = "application/json";

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void theTerritoriesAreThoseOfTheAccountWithTheirStrategyCounts() {
        JsonNode admin = fx.get("/api/territories", "admin").json().path("territories");
        assertThat(texts(admin, "code")).containsExactly("CZ_ZUJ:586307", "PL_TERYT:1219043");
        assertThat(texts(admin, "name")).containsExactly("Kyjov", "Niepołomice");
        JsonNode coordinator = fx.get("/api/territories", "niepolomice-coordinator").json().path("territories");
        assertThat(coordinator).hasSize(1);
        assertThat(coordinator.get(0).path("code").asText()).isEqualTo("PL_TERYT:1219043");
        assertThat(coordinator.get(0).path("level").asText()).isEqualTo("MUNICIPALITY");
        assertThat(coordinator.get(0).path("strategies").asInt()).isEqualTo(1);
    }

    @Test
    void theListHoldsTheCurrentRevisionOfEachVisibleStrategy() {
        JsonNode list = fx.get("/api/strategies?territory=PL_TERYT:1219043", "niepolomice-coordinator").json().path("strategies");
        assertThat(texts(list, "id")).containsExactly("niepolomice-2030");
        // the loader creates the document (revision 1) and adopts it (revision 2)
        assertThat(list.get(0).path("revision").asLong()).isEqualTo(2);
        assertThat(list.get(0).path("state").asText()).isEqualTo("ADOPTED");
        assertThat(list.get(0).path("territory").asText()).isEqualTo("PL_TERYT:1219043");
    }

    @Test
    void aMalformedTerritoryFilterIsABadRequestNamingTheParameter() {
        ServerFixture.Response r = fx.get("/api/strategies?territory=586307", "admin");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(r.errorPaths()).containsExactly("territory");
    }

    @Test
    void aStrategyIsReadWithItsRevisionAsETagAndAnyEarlierRevisionOnRequest() {
        ServerFixture.Response current = fx.get("/api/strategies/kyjov-2030", "kyjov-reader");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"2\"");
        assertThat(current.json().path("id").asText()).isEqualTo("kyjov-2030");
        assertThat(current.json().path("revision").asLong()).isEqualTo(2);
        ServerFixture.Response first = fx.get("/api/strategies/kyjov-2030?revision=1", "kyjov-reader");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.json().path("revision").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownStrategyOrRevisionIsNotFoundAndAMalformedRevisionABadRequest() {
        ServerFixture.Response unknown = fx.get("/api/strategies/no-such-strategy", "admin");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("type").asText()).isEqualTo("https://strateg.eu/problems/not-found");
        assertThat(unknown.errorPaths()).containsExactly("id");
        ServerFixture.Response noRevision = fx.get("/api/strategies/kyjov-2030?revision=99", "admin");
        assertThat(noRevision.status()).isEqualTo(404);
        assertThat(noRevision.errorPaths()).containsExactly("revision");
        ServerFixture.Response malformed = fx.get("/api/strategies/kyjov-2030?revision=two", "admin");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorPaths()).containsExactly("revision");
    }

    @Test
    void createThenUpdateWithIfMatchAndAStaleRevisionIsAConflictThatChangesNothing() {
        String doc = fx.kyjovCopy("kyjov-locking");
        ServerFixture.Response created = fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-locking", JSON, doc, Map.of("If-Match", "0"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.header("Location")).isEqualTo("/api/strategies/kyjov-locking");

        ServerFixture.Response again = fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-locking", JSON, doc, Map.of("If-Match", "0"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("expectedRevision").asLong()).isEqualTo(0);
        assertThat(again.json().path("currentRevision").asLong()).isEqualTo(1);

        ObjectNode edited = (ObjectNode) created.json();
        edited.put("title", "Kyjov – first edit");
        ServerFixture.Response updated = fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-locking", JSON, edited.toString(),
                Map.of("If-Match", created.header("ETag")));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");

        edited.put("title", "Kyjov – a second edit based on revision 1");
        ServerFixture.Response stale = fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-locking", JSON, edited.toString(),
                Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(stale.json().path("type").asText()).isEqualTo("https://strateg.eu/problems/revision-conflict");
        assertThat(stale.json().path("expectedRevision").asLong()).isEqualTo(1);
        assertThat(stale.json().path("currentRevision").asLong()).isEqualTo(2);

        ServerFixture.Response now = fx.get("/api/strategies/kyjov-locking", "kyjov-reader");
        assertThat(now.header("ETag")).isEqualTo("\"2\"");
        assertThat(now.json().path("title").asText()).isEqualTo("Kyjov – first edit");
    }

    @Test
    void anInvalidDocumentListsEveryProblemWithItsPathAndStoresNothing() {
        String doc = fx.kyjovCopy("kyjov-invalid");
        assertThat(fx.as("admin", "PUT", "/api/strategies/kyjov-invalid", JSON, doc, Map.of("If-Match", "0")).status()).isEqualTo(201);
        ObjectNode bad = (ObjectNode) fx.get("/api/strategies/kyjov-invalid", "admin").json();
        ((ObjectNode) bad.path("indicators").get(0)).put("unit", "");
        ((ObjectNode) bad.path("indicators").get(1)).put("direction", "SIDEWAYS");
        ServerFixture.Response r = fx.as("admin", "PUT", "/api/strategies/kyjov-invalid", JSON, bad.toString(), Map.of("If-Match", "1"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("type").asText()).isEqualTo("https://strateg.eu/problems/validation");
        assertThat(r.errorPaths()).containsExactly("indicators[ENERGY_MWH].unit", "indicators[HEAT_RES_SHARE].direction");
        assertThat(r.json().path("detail").asText()).isEqualTo("2 problem(s); nothing was stored");
        assertThat(fx.get("/api/strategies/kyjov-invalid", "admin").header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aDocumentOfAnotherIdMalformedJsonAndAMissingIfMatchAreRefused() {
        String doc = fx.kyjovCopy("kyjov-other-id");
        ServerFixture.Response otherId = fx.as("admin", "PUT", "/api/strategies/kyjov-url-id", JSON, doc, Map.of("If-Match", "0"));
        assertThat(otherId.status()).isEqualTo(422);
        assertThat(otherId.errorPaths()).containsExactly("id");
        ServerFixture.Response noIfMatch = fx.as("admin", "PUT", "/api/strategies/kyjov-other-id", JSON, doc, Map.of());
        assertThat(noIfMatch.status()).isEqualTo(428);
        assertThat(noIfMatch.errorPaths()).containsExactly("If-Match");
        ServerFixture.Response badIfMatch = fx.as("admin", "PUT", "/api/strategies/kyjov-other-id", JSON, doc, Map.of("If-Match", "W/\"x\""));
        assertThat(badIfMatch.status()).isEqualTo(400);
        assertThat(badIfMatch.errorPaths()).containsExactly("If-Match");
        ServerFixture.Response notJson = fx.as("admin", "PUT", "/api/strategies/kyjov-other-id", JSON, "{\"id\":", Map.of("If-Match", "0"));
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(fx.get("/api/strategies/kyjov-other-id", "admin").status()).isEqualTo(404);
        assertThat(fx.get("/api/strategies/kyjov-url-id", "admin").status()).isEqualTo(404);
    }

    @Test
    void aReaderCannotChangeAnything() {
        String doc = fx.kyjovCopy("kyjov-by-reader");
        ServerFixture.Response r = fx.as("kyjov-reader", "PUT", "/api/strategies/kyjov-by-reader", JSON, doc, Map.of("If-Match", "0"));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("type").asText()).isEqualTo("https://strateg.eu/problems/forbidden");
        assertThat(fx.get("/api/strategies/kyjov-by-reader", "admin").status()).isEqualTo(404);
    }

    @Test
    void adoptingSavesTheNextRevisionMarkedAdoptedAndABadRequestListsEveryMissingField() {
        assertThat(fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-adopt", JSON, fx.kyjovCopy("kyjov-adopt"), Map.of("If-Match", "0"))
                .status()).isEqualTo(201);
        ServerFixture.Response empty = fx.as("kyjov-coordinator", "POST", "/api/strategies/kyjov-adopt/adopt", JSON, "{}", Map.of("If-Match", "1"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.errorPaths()).containsExactly("adoptedOn", "resolution");
        ServerFixture.Response badDate = fx.as("kyjov-coordinator", "POST", "/api/strategies/kyjov-adopt/adopt", JSON,
                "{\"adoptedOn\":\"21.6.2021\",\"resolution\":\"Usnesení 1/2026\"}", Map.of("If-Match", "1"));
        assertThat(badDate.errorPaths()).containsExactly("adoptedOn");
        ServerFixture.Response adopted = fx.as("kyjov-coordinator", "POST", "/api/strategies/kyjov-adopt/adopt", JSON,
                "{\"adoptedOn\":\"2026-01-15\",\"resolution\":\"Usnesení 1/2026\"}", Map.of("If-Match", "1"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.header("ETag")).isEqualTo("\"2\"");
        assertThat(adopted.json().path("lifecycle").path("state").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.json().path("lifecycle").path("adoptedOn").asText()).isEqualTo("2026-01-15");
        ServerFixture.Response stale = fx.as("kyjov-coordinator", "POST", "/api/strategies/kyjov-adopt/adopt", JSON,
                "{\"adoptedOn\":\"2026-01-16\",\"resolution\":\"Usnesení 2/2026\"}", Map.of("If-Match", "1"));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void theRevisionsAndTheDiffBetweenTwoOfThemTellWhatChanged() {
        ServerFixture.Response created = fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-history", JSON, fx.kyjovCopy("kyjov-history"),
                Map.of("If-Match", "0"));
        ObjectNode edited = (ObjectNode) created.json();
        edited.put("title", "Kyjov – renamed");
        assertThat(fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-history", JSON, edited.toString(), Map.of("If-Match", "1")).status())
                .isEqualTo(200);
        JsonNode revisions = fx.get("/api/strategies/kyjov-history/revisions", "kyjov-reader").json().path("revisions");
        assertThat(texts(revisions, "revision")).containsExactly("1", "2");
        assertThat(texts(revisions, "state")).containsExactly("DRAFT", "DRAFT");
        ServerFixture.Response diff = fx.get("/api/strategies/kyjov-history/diff?from=1", "kyjov-reader");
        assertThat(diff.status()).as(diff.body()).isEqualTo(200);
        assertThat(diff.json().path("to").asLong()).isEqualTo(2);
        JsonNode changes = diff.json().path("changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("kind").asText()).isEqualTo("CHANGED");
        // core's RevisionDiff names the strategy's own fields under "strategy."
        assertThat(changes.get(0).path("path").asText()).isEqualTo("strategy.title");
        assertThat(changes.get(0).path("after").asText()).contains("Kyjov – renamed");
        assertThat(fx.get("/api/strategies/kyjov-history/diff", "kyjov-reader").errorPaths()).containsExactly("from");
        assertThat(fx.get("/api/strategies/kyjov-history/diff?from=1&to=5", "kyjov-reader").status()).isEqualTo(404);
        assertThat(fx.get("/api/strategies/no-such-strategy/revisions", "kyjov-reader").status()).isEqualTo(404);
    }

    @Test
    void theEvaluationAsOfADateEvaluatesTheRevisionInForce() {
        ServerFixture.Response r = fx.get("/api/strategies/kyjov-2030/evaluation?asOf=2025-06-30", "kyjov-reader");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.path("strategy").asText()).isEqualTo("kyjov-2030");
        assertThat(e.path("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(e.path("revision").asLong()).isEqualTo(2);
        // every indicator of the document is evaluated; the summary counts all but the context ones (which describe
        // the territory and are not scored)
        List<String> all = new ArrayList<>();
        List<String> scored = new ArrayList<>();
        fx.get("/api/strategies/kyjov-2030", "kyjov-reader").json().path("indicators").forEach(i -> {
            all.add(i.path("code").asText());
            if (!i.path("type").asText().equals("CONTEXT")) {
                scored.add(i.path("code").asText());
            }
        });
        assertThat(texts(e.path("indicators"), "code")).containsExactlyInAnyOrderElementsOf(all);
        assertThat(e.path("summary").path("indicators").asInt()).isEqualTo(scored.size());
        assertThat(texts(e.path("indicators"), "code")).contains("ENERGY_MWH", "CO2_T");
        // before anything was measured (the first values are of 2013) nothing has an observation
        JsonNode early = fx.get("/api/strategies/kyjov-2030/evaluation?asOf=2010-01-01", "kyjov-reader").json();
        early.path("indicators").forEach(i -> assertThat(i.path("observations").asInt()).isZero());
    }

    @Test
    void theReportComesInEveryFormatAsADownloadNamedByStrategyAndDate() {
        String base = "/api/strategies/kyjov-2030/report?asOf=2025-06-30&lang=cs&format=";
        ServerFixture.Response html = fx.get(base + "html", "kyjov-reader");
        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(html.body()).contains("Strategie rozvoje města Kyjova");
        assertThat(html.header("Content-Security-Policy")).isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
        ServerFixture.Response pdf = fx.get(base + "pdf", "kyjov-reader");
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"kyjov-2030-2025-06-30.pdf\"");
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(fx.get(base + "xlsx", "kyjov-reader").body()).startsWith("PK");
        assertThat(fx.get(base + "csv", "kyjov-reader").header("Content-Type")).isEqualTo("text/csv;charset=utf-8");
        ServerFixture.Response json = fx.get(base + "json", "kyjov-reader");
        assertThat(json.header("Content-Type")).isEqualTo("application/json");
        assertThat(json.body()).contains("kyjov-2030");
        assertThat(fx.get(base + "doc", "kyjov-reader").errorPaths()).containsExactly("format");
        assertThat(fx.get("/api/strategies/kyjov-2030/report?lang=de", "kyjov-reader").errorPaths()).containsExactly("lang");
        assertThat(fx.get("/api/strategies/no-such-strategy/report?format=json", "kyjov-reader").status()).isEqualTo(404);
    }

    @Test
    void aMalformedEvaluationDateIsABadRequestAndAnUnknownStrategyNotFound() {
        ServerFixture.Response bad = fx.get("/api/strategies/kyjov-2030/evaluation?asOf=30.6.2025", "admin");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorPaths()).containsExactly("asOf");
        assertThat(fx.get("/api/strategies/nothing-here/evaluation?asOf=2025-06-30", "admin").status()).isEqualTo(404);
    }
}
