package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit log: every change (strategy create, save and adopt, observation uploads, tokens, refused logins) is one
 * line of {@code audit.jsonl}, appended; {@code GET /api/audit} shows all of it to an administrator, a coordinator's
 * territories to a coordinator, and nothing to anyone else.
 */
class AuditTest extends ServerTest {

    private static List<String> actions(JsonNode entries) {
        List<String> a = new ArrayList<>();
        entries.forEach(e -> a.add(e.path("account").asText() + " " + e.path("action").asText() + " " + e.path("strategy").asText("-")
                + " " + e.path("detail").asText("-")));
        return a;
    }

    @Test
    void changesAreLoggedWithWhoWhatAndWhenAndEachSeesItsTerritories() throws Exception {
        fx.token("kyjov-coordinator");
        assertThat(fx.as("kyjov-coordinator", "PUT", "/api/strategies/audit-copy", "application/json", fx.kyjovCopy("audit-copy"),
                Map.of("If-Match", "0")).status()).isEqualTo(201);
        assertThat(fx.as("kyjov-coordinator", "POST", "/api/strategies/audit-copy/observations", "text/csv",
                "indicator,period,value\nENERGY_MWH,2030,5000\nCO2_T,2030,3000\n", Map.of()).status()).isEqualTo(200);
        assertThat(fx.as("kyjov-coordinator", "POST", "/api/strategies/audit-copy/adopt", "application/json",
                "{\"adoptedOn\":\"2026-02-01\",\"resolution\":\"Usnesení 7/2026\"}", Map.of("If-Match", "1")).status()).isEqualTo(200);
        // refused changes are not logged as changes
        assertThat(fx.as("kyjov-coordinator", "POST", "/api/strategies/audit-copy/observations", "text/csv",
                "indicator,period,value\nENERGY_MWH,2030-13,5000\n", Map.of()).status()).isEqualTo(422);
        assertThat(fx.as("niepolomice-coordinator", "POST", "/api/strategies/niepolomice-2030/observations", "text/csv",
                "indicator,period,value\nBEZROBOCIE,2031,4.1\n", Map.of()).status()).isEqualTo(200);
        assertThat(fx.send("POST", "/api/tokens", null, "application/json", "{\"account\":\"admin\",\"password\":\"a wrong password\"}",
                Map.of()).status()).isEqualTo(401);

        ServerFixture.Response coordinator = fx.get("/api/audit", "kyjov-coordinator");
        assertThat(coordinator.status()).isEqualTo(200);
        assertThat(actions(coordinator.json().path("entries"))).containsExactly(
                "kyjov-coordinator strategy.create audit-copy revision 1",
                "kyjov-coordinator observations.record audit-copy inserted 2, corrected 0, unchanged 0",
                "kyjov-coordinator strategy.adopt audit-copy revision 2, adopted on 2026-02-01");
        JsonNode first = coordinator.json().path("entries").get(0);
        assertThat(first.path("territory").asText()).isEqualTo("CZ_ZUJ:586307");
        assertThat(java.time.Instant.parse(first.path("at").asText())).isNotNull();

        List<String> all = actions(fx.get("/api/audit", "admin").json().path("entries"));
        assertThat(all).contains("kyjov-coordinator token.issue - COORDINATOR", "admin login.refuse - wrong name or password",
                "niepolomice-coordinator observations.record niepolomice-2030 inserted 1, corrected 0, unchanged 0");
        assertThat(all.stream().filter(a -> a.contains("2030-13"))).isEmpty();
        assertThat(actions(fx.get("/api/audit?limit=1", "admin").json().path("entries"))).hasSize(1);
        assertThat(fx.get("/api/audit?limit=0", "admin").errorPaths()).containsExactly("limit");

        String file = Files.readString(data.resolve(AuditLog.FILE));
        assertThat(file.lines()).allMatch(l -> l.startsWith("{\"at\":\"")).noneMatch(l -> l.contains(ServerFixture.PASSWORD))
                .noneMatch(l -> l.contains("a wrong password")).noneMatch(l -> l.contains("stg_"));
    }

    @Test
    void readersStewardsAndThePublicDoNotReadTheLog() {
        assertThat(fx.get("/api/audit", "kyjov-reader").status()).isEqualTo(403);
        assertThat(fx.get("/api/audit", "kyjov-steward").status()).isEqualTo(403);
        assertThat(fx.get("/api/audit", null).status()).isEqualTo(401);
    }
}
