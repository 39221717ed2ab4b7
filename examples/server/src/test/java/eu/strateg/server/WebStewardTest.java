package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A data steward in the web UI (the fixture's {@code kyjov-steward}, responsible for Kyjov's ENERGY_MWH only): it sees
 * only Kyjov, its form offers only its indicator, a crafted post with a value of another indicator is refused and
 * stores nothing, and its accepted entry is in the audit log.
 */
class WebStewardTest extends ServerTest {

    private long values(String indicator) {
        return fx.get("/api/strategies/kyjov-2030/observations?indicator=" + indicator, "admin").body().lines().count();
    }

    @Test
    void theStewardSeesOnlyItsTerritory() {
        WebClient web = new WebClient(fx.server).login("kyjov-steward");
        String list = web.get("/web").body();
        assertThat(list).contains("/web/s/kyjov-2030\"").doesNotContain("niepolomice-2030");
        HttpResponse<String> other = web.get("/web/s/niepolomice-2030");
        HttpResponse<String> missing = web.get("/web/s/no-such-strategy");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(missing.body());
        assertThat(web.get("/web/s/niepolomice-2030/entry").statusCode()).isEqualTo(404);
        assertThat(web.get("/web/s/kyjov-2030").body()).as("the dashboard links the form").contains("/web/s/kyjov-2030/entry\"");
    }

    @Test
    void theFormOffersOnlyTheStewardsIndicators() {
        WebClient web = new WebClient(fx.server).login("kyjov-steward");
        HttpResponse<String> form = web.get("/web/s/kyjov-2030/entry");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(rows(form.body())).containsExactly("ENERGY_MWH");
        // a coordinator of the same strategy gets a row for each of its 28 measured indicators (30 less the 2 with a formula)
        WebClient coordinator = new WebClient(fx.server).login("kyjov-coordinator");
        List<String> all = rows(coordinator.get("/web/s/kyjov-2030/entry").body());
        assertThat(all).hasSize(28).contains("ENERGY_MWH", "CO2_T").doesNotContain("EV_PER_1000", "WASTE_PER_1000");
    }

    @Test
    void aCraftedPostWithAnotherIndicatorsValueIsRefusedAndStoresNothing() {
        long energy = values("ENERGY_MWH");
        long co2 = values("CO2_T");
        int audited = audit("kyjov-steward").size();
        WebClient web = new WebClient(fx.server).login("kyjov-steward");
        web.get("/web/s/kyjov-2030/entry?lang=en");
        HttpResponse<String> r = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.ENERGY_MWH", "2025", "value.ENERGY_MWH", "4100",
                "period.CO2_T", "2025", "value.CO2_T", "1"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("This account may not record values of CO2_T; nothing was saved.");
        HttpResponse<String> periodOnly = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.CO2_T", "2025"));
        assertThat(periodOnly.statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.ENERGY_MWH", "2025", "value.ENERGY_MWH", "4100",
                "period.NO_SUCH", "2025", "value.NO_SUCH", "1"));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("indicator NO_SUCH is not defined in strategy kyjov-2030");
        assertThat(values("ENERGY_MWH")).as("the steward's own value of the refused posts is not stored either").isEqualTo(energy);
        assertThat(values("CO2_T")).isEqualTo(co2);
        assertThat(audit("kyjov-steward")).hasSize(audited);
    }

    @Test
    void theAcceptedEntryIsInTheAuditLog() {
        long energy = values("ENERGY_MWH");
        List<JsonNode> before = audit("kyjov-steward");
        WebClient web = new WebClient(fx.server).login("kyjov-steward");
        web.get("/web/s/kyjov-2030/entry");
        // 2031 is a year the examples have no value of: one new value
        HttpResponse<String> r = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.ENERGY_MWH", "2031", "value.ENERGY_MWH", "3900",
                "source", "Energetický management"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(values("ENERGY_MWH")).isEqualTo(energy + 1);
        List<JsonNode> entries = audit("kyjov-steward");
        assertThat(entries).hasSize(before.size() + 1);
        JsonNode e = entries.get(entries.size() - 1);
        assertThat(e.path("action").asText()).isEqualTo("observations.record");
        assertThat(e.path("territory").asText()).isEqualTo(ServerFixture.KYJOV.toString());
        assertThat(e.path("strategy").asText()).isEqualTo("kyjov-2030");
        assertThat(e.path("detail").asText()).isEqualTo("inserted 1, corrected 0, unchanged 0 (web form)");
        String value = fx.get("/api/strategies/kyjov-2030/observations?indicator=ENERGY_MWH&from=2031&to=2031", "admin").body();
        assertThat(value).contains("3900").contains("Energetický management").contains("web: kyjov-steward");
        // the history of the value names the steward, as it names an API upload's account
        JsonNode versions = fx.get("/api/strategies/kyjov-2030/observations/history?indicator=ENERGY_MWH&period=2031", "admin").json()
                .path("versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("recordedBy").asText()).isEqualTo("kyjov-steward");
        assertThat(e.path("values").path("ENERGY_MWH").toString()).isEqualTo("[\"2031\"]");
    }

    /** The audit entries of an account, as an administrator reads them through the API. */
    private List<JsonNode> audit(String account) {
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode e : fx.get("/api/audit?limit=1000", "admin").json().path("entries")) {
            if (e.path("account").asText().equals(account) && !e.path("action").asText().startsWith("token")) {
                mine.add(e);
            }
        }
        return mine;
    }

    /** The indicator codes of the form's rows. */
    private static List<String> rows(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("<fieldset class=\"row\" id=\"row-([A-Za-z0-9._-]+)\">").matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
