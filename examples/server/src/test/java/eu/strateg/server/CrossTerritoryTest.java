package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role × endpoint matrix: for every account that does not see a territory and every endpoint, a request on that
 * territory's strategy gets exactly the answer a request on a strategy that does not exist gets (status, media type,
 * body with the id swapped), so it leaks nothing, counts included; and nothing of the other territory changes.
 */
class CrossTerritoryTest extends ServerTest {

    private static final String MISSING = "no-such-strategy";

    /** Every endpoint on a strategy id, as a request of an account. */
    private Map<String, BiFunction<String, String, ServerFixture.Response>> endpoints() {
        Map<String, BiFunction<String, String, ServerFixture.Response>> e = new LinkedHashMap<>();
        e.put("GET strategy", (account, id) -> fx.get("/api/strategies/" + id, account));
        e.put("GET revision", (account, id) -> fx.get("/api/strategies/" + id + "?revision=1", account));
        e.put("GET evaluation", (account, id) -> fx.get("/api/strategies/" + id + "/evaluation?asOf=2025-06-30", account));
        e.put("GET revisions", (account, id) -> fx.get("/api/strategies/" + id + "/revisions", account));
        e.put("GET diff", (account, id) -> fx.get("/api/strategies/" + id + "/diff?from=1", account));
        e.put("GET observations", (account, id) -> fx.get("/api/strategies/" + id + "/observations", account));
        e.put("GET report", (account, id) -> fx.get("/api/strategies/" + id + "/report?format=json&asOf=2025-06-30", account));
        e.put("PUT update", (account, id) -> fx.as(account, "PUT", "/api/strategies/" + id, "application/json",
                fx.kyjovCopy(id), Map.of("If-Match", "2")));
        e.put("POST adopt", (account, id) -> fx.as(account, "POST", "/api/strategies/" + id + "/adopt", "application/json",
                "{\"adoptedOn\":\"2026-02-01\",\"resolution\":\"Resolution 7/2026\"}", Map.of("If-Match", "2")));
        e.put("POST observations", (account, id) -> fx.as(account, "POST", "/api/strategies/" + id + "/observations", "text/csv",
                "indicator,period,value\nBEZROBOCIE,2030,3.9\nENERGY_MWH,2030,5000\n", Map.of()));
        e.put("POST fetch", (account, id) -> fx.as(account, "POST", "/api/strategies/" + id + "/fetch", null, null, Map.of()));
        return e;
    }

    static Stream<Arguments> outsiders() {
        return Stream.of(
                Arguments.of("kyjov-coordinator", "niepolomice-2030"),
                Arguments.of("kyjov-reader", "niepolomice-2030"),
                Arguments.of("niepolomice-coordinator", "kyjov-2030"),
                Arguments.of("kyjov-steward", "niepolomice-2030"),
                // the public: Kyjov opted in to public reading, Niepołomice did not
                Arguments.of(null, "niepolomice-2030"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("outsiders")
    void everyEndpointAnswersAStrategyOfAnotherTerritoryAsOneThatDoesNotExist(String account, String foreign) {
        String before = snapshot(foreign);
        SoftAssertions soft = new SoftAssertions();
        endpoints().forEach((name, call) -> {
            ServerFixture.Response onForeign = call.apply(account, foreign);
            ServerFixture.Response onMissing = call.apply(account, MISSING);
            soft.assertThat(onForeign.status()).as(name).isIn(401, 403, 404);
            soft.assertThat(onForeign.status()).as(name).isEqualTo(onMissing.status());
            soft.assertThat(onForeign.header("Content-Type")).as(name).isEqualTo("application/problem+json");
            soft.assertThat(onForeign.body().replace(foreign, "{id}")).as(name).isEqualTo(onMissing.body().replace(MISSING, "{id}"));
        });
        soft.assertAll();
        assertThat(snapshot(foreign)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("outsiders")
    void theListsShowOnlyTheCallersOwnTerritoryWithItsCount(String account, String foreign) {
        // each outsider sees exactly one territory: Kyjov (with its one example strategy) or Niepołomice (with its one)
        assertThat(fx.get("/api/territories", account).json().path("territories").size()).isEqualTo(1);
        assertThat(fx.get("/api/territories", account).json().path("territories").get(0).path("strategies").asInt()).isEqualTo(1);
        assertThat(fx.get("/api/strategies", account).json().path("strategies").size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("outsiders")
    void theListsShowNothingOfAnotherTerritoryNotEvenItsCount(String account, String foreign) {
        String foreignTerritory = fx.get("/api/strategies/" + foreign, "admin").json().path("territory").path("scheme").asText() + ":"
                + fx.get("/api/strategies/" + foreign, "admin").json().path("territory").path("code").asText();
        String territories = fx.get("/api/territories", account).body();
        assertThat(territories).doesNotContain(foreignTerritory).doesNotContain(foreign);
        assertThat(fx.get("/api/strategies", account).body()).doesNotContain(foreign).doesNotContain(foreignTerritory);
        // a code of the same scheme and shape that no territory here has
        int colon = foreignTerritory.indexOf(':');
        String unknownTerritory = foreignTerritory.substring(0, colon) + ":" + "9".repeat(foreignTerritory.length() - colon - 1);
        ServerFixture.Response filtered = fx.get("/api/strategies?territory=" + foreignTerritory, account);
        ServerFixture.Response unknown = fx.get("/api/strategies?territory=" + unknownTerritory, account);
        assertThat(filtered.status()).isEqualTo(404);
        assertThat(filtered.body().replace(foreignTerritory, "{t}")).isEqualTo(unknown.body().replace(unknownTerritory, "{t}"));
    }

    @Test
    void creatingUnderAnIdHeldByAnotherTerritoryIsRefusedWithoutSayingAnythingAboutIt() {
        // ids are one namespace per store (core's TerritoryScope.idNotAvailable): the refusal tells that the id is taken, nothing else
        ServerFixture.Response r = fx.as("kyjov-coordinator", "PUT", "/api/strategies/niepolomice-2030", "application/json",
                fx.kyjovCopy("niepolomice-2030"), Map.of("If-Match", "0"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").toString())
                .isEqualTo("[{\"path\":\"id\",\"message\":\"the strategy id niepolomice-2030 is not available: choose another id\"}]");
        assertThat(r.body()).doesNotContain("1219043").doesNotContain("Niepołomice").doesNotContain("PL_TERYT");
    }

    @Test
    void theAdministratorSeesBothTerritories() {
        List<String> ids = new ArrayList<>();
        fx.get("/api/strategies", "admin").json().path("strategies").forEach(s -> ids.add(s.path("id").asText()));
        assertThat(ids).contains("kyjov-2030", "niepolomice-2030");
        assertThat(fx.get("/api/strategies/niepolomice-2030/evaluation?asOf=2025-06-30", "admin").status()).isEqualTo(200);
    }

    /** What an administrator sees of a strategy: its current document and its evaluation as of today. */
    private String snapshot(String id) {
        return fx.get("/api/strategies/" + id, "admin").body() + fx.get("/api/strategies/" + id + "/evaluation", "admin").body();
    }
}
