package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public (no token) and the data steward. Kyjov opts in to public reading (ServerFixture): the public reads its
 * adopted strategies and only their adopted revisions; a draft, and a draft revision saved after the adoption, do not
 * exist for it. The data steward of Kyjov records ENERGY_MWH only, and changes no strategy.
 */
class PublicAndStewardTest extends ServerTest {

    @Test
    void thePublicReadsTheAdoptedRevisionOfAnOptedInTerritoryAndNothingElse() {
        // a draft copy in Kyjov, never adopted, and a draft revision 3 of kyjov-2030 after its adoption (revision 2)
        assertThat(fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-draft", "application/json", fx.kyjovCopy("kyjov-draft"),
                Map.of("If-Match", "0")).status()).isEqualTo(201);
        ObjectNode current = (ObjectNode) fx.get("/api/strategies/kyjov-2030", "admin").json();
        String adoptedTitle = current.path("title").asText();
        current.put("title", "Kyjov 2030, návrh změny");
        current.putObject("lifecycle").put("state", "DRAFT");
        ServerFixture.Response saved = fx.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-2030", "application/json", current.toString(),
                Map.of("If-Match", "2"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        ServerFixture.Response doc = fx.get("/api/strategies/kyjov-2030", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.header("ETag")).isEqualTo("\"2\"");
        assertThat(doc.json().path("title").asText()).isEqualTo(adoptedTitle);
        assertThat(fx.get("/api/strategies/kyjov-2030?revision=3", null).status()).isEqualTo(404);
        List<Long> revisions = new ArrayList<>();
        fx.get("/api/strategies/kyjov-2030/revisions", null).json().path("revisions").forEach(r -> revisions.add(r.path("revision").asLong()));
        List<Long> adopted = new ArrayList<>();
        fx.get("/api/strategies/kyjov-2030/revisions", "admin").json().path("revisions").forEach(r -> {
            if (r.path("state").asText().equals("ADOPTED")) {
                adopted.add(r.path("revision").asLong());
            }
        });
        assertThat(adopted).contains(2L).doesNotContain(3L);
        assertThat(revisions).isEqualTo(adopted);
        assertThat(fx.get("/api/strategies/kyjov-2030/evaluation?asOf=2025-06-30", null).status()).isEqualTo(200);
        assertThat(fx.get("/api/strategies/kyjov-2030/observations?indicator=ENERGY_MWH", null).status()).isEqualTo(200);

        // the draft is answered as a strategy that does not exist, and is not listed or counted
        ServerFixture.Response draft = fx.get("/api/strategies/kyjov-draft", null);
        ServerFixture.Response missing = fx.get("/api/strategies/no-such-strategy", null);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.body().replace("kyjov-draft", "{id}")).isEqualTo(missing.body().replace("no-such-strategy", "{id}"));
        assertThat(fx.get("/api/strategies/kyjov-draft/observations", null).status()).isEqualTo(404);
        List<String> listed = new ArrayList<>();
        fx.get("/api/strategies", null).json().path("strategies").forEach(s -> listed.add(s.path("id").asText() + "@" + s.path("revision")));
        assertThat(listed).containsExactly("kyjov-2030@2");
        assertThat(fx.get("/api/territories", null).json().path("territories").get(0).path("strategies").asInt()).isEqualTo(1);
        // the coordinator sees both, and the draft revision 3
        assertThat(fx.get("/api/strategies?territory=CZ_ZUJ:586307", "kyjov-coordinator").json().path("strategies").size()).isEqualTo(2);
        assertThat(fx.get("/api/strategies/kyjov-2030", "kyjov-coordinator").header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void thePublicChangesNothing() {
        assertThat(fx.send("POST", "/api/strategies/kyjov-2030/observations", null, "text/csv", "indicator,period,value\nENERGY_MWH,2031,1\n",
                Map.of()).status()).isEqualTo(401);
        assertThat(fx.send("PUT", "/api/strategies/kyjov-2030", null, "application/json", "{}", Map.of("If-Match", "2")).status()).isEqualTo(401);
    }

    @Test
    void theDataStewardRecordsItsIndicatorAndNoOther() {
        String path = "/api/strategies/kyjov-2030/observations";
        ServerFixture.Response own = fx.as("kyjov-steward", "POST", path, "text/csv", "indicator,period,value\nENERGY_MWH,2031,4900\n", Map.of());
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().path("inserted").asLong()).isEqualTo(1);

        ServerFixture.Response mixed = fx.as("kyjov-steward", "POST", path, "text/csv",
                "indicator,period,value\nENERGY_MWH,2032,4800\nCO2_T,2032,2900\n", Map.of());
        assertThat(mixed.status()).isEqualTo(403);
        assertThat(mixed.errorPaths()).containsExactly("observations[1].indicator");
        assertThat(mixed.json().path("errors").get(0).path("message").asText())
                .isEqualTo("the data steward kyjov-steward does not record the indicator CO2_T");
        // nothing of the refused upload was stored: its own row, sent alone, is new
        assertThat(fx.as("kyjov-steward", "POST", path, "text/csv", "indicator,period,value\nENERGY_MWH,2032,4800\n", Map.of()).json()
                .path("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void theDataStewardReadsButChangesNoStrategy() {
        assertThat(fx.get("/api/strategies/kyjov-2030/evaluation?asOf=2025-06-30", "kyjov-steward").status()).isEqualTo(200);
        ServerFixture.Response put = fx.as("kyjov-steward", "PUT", "/api/strategies/kyjov-steward-copy", "application/json",
                fx.kyjovCopy("kyjov-steward-copy"), Map.of("If-Match", "0"));
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.json().path("detail").asText()).isEqualTo("the account kyjov-steward is a data steward: it cannot change strategies");
        assertThat(fx.as("kyjov-steward", "POST", "/api/strategies/kyjov-2030/adopt", "application/json",
                "{\"adoptedOn\":\"2026-02-01\",\"resolution\":\"R 1/2026\"}", Map.of("If-Match", "2")).status()).isEqualTo(403);
    }
}
