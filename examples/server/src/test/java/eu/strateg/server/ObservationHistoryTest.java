package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/strategies/{id}/observations/history} on a real port: every version of one value with its
 * recorded-at time, source and who recorded it (from the audit log), territory-scoped; and the web indicator page
 * listing the earlier values under the current one. Each test works on its own copy of the Kyjov strategy.
 */
class ObservationHistoryTest extends ServerTest {

    private static final String CSV = "text/csv";

    private String strategy(String id) {
        return fx.observationsOfNewCopy(id);
    }

    private void post(String account, String path, String contentType, String body, String expected) {
        ServerFixture.Response r = fx.as(account, "POST", path, contentType, body, Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo(expected);
    }

    @Test
    void aCorrectedValueHasBothVersionsWithTimeSourceAndWhoRecordedThem() {
        String path = strategy("hist-correct");
        post("kyjov-coordinator", path, CSV, "indicator,period,value\nENERGY_MWH,2024,5050.25\n", "{\"inserted\":1,\"corrected\":0,\"unchanged\":0}");
        Instant before = Instant.now();
        post("admin", path, "application/json", "[{\"indicator\":\"ENERGY_MWH\",\"period\":\"2024\",\"value\":5000.1,\"source\":\"Energetický audit\"}]",
                "{\"inserted\":0,\"corrected\":1,\"unchanged\":0}");
        Instant after = Instant.now();
        // the same value again by another account is no new version
        post("kyjov-coordinator", path, CSV, "indicator,period,value,source\nENERGY_MWH,2024,5000.1,Energetický audit\n",
                "{\"inserted\":0,\"corrected\":0,\"unchanged\":1}");

        ServerFixture.Response r = fx.get(path + "/history?indicator=ENERGY_MWH&period=2024", "kyjov-reader");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("indicator").asText()).isEqualTo("ENERGY_MWH");
        assertThat(body.path("period").asText()).isEqualTo("2024");
        JsonNode versions = body.path("versions");
        assertThat(versions).hasSize(2);
        JsonNode first = versions.get(0);
        assertThat(first.path("value").decimalValue()).isEqualByComparingTo("5050.25");
        // a first value without a time is known from the day after its period ended (the server's days are UTC)
        assertThat(first.path("recordedAt").asText()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(first.path("recordedBy").asText()).isEqualTo("kyjov-coordinator");
        assertThat(first.path("source").isNull()).isTrue();
        assertThat(first.path("current").asBoolean()).isFalse();
        JsonNode second = versions.get(1);
        assertThat(second.path("value").decimalValue()).isEqualByComparingTo("5000.1");
        assertThat(second.path("source").asText()).isEqualTo("Energetický audit");
        assertThat(second.path("recordedBy").asText()).isEqualTo("admin");
        assertThat(second.path("current").asBoolean()).isTrue();
        // a correction without a time is dated when it was stored
        Instant corrected = Instant.parse(second.path("recordedAt").asText());
        assertThat(corrected).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.MICROS), after);
    }

    @Test
    void timesGivenInTheFilesAndADisaggregatedSeriesAreAttributedToTheirUploads() {
        String path = strategy("hist-dated");
        post("kyjov-coordinator", path, CSV, "indicator,period,value,dim:district,recorded_at\nENERGY_MWH,2024,700,Sever,2025-01-10T08:00:00Z\n"
                + "ENERGY_MWH,2024,5100,,2025-01-10T08:00:00Z\n", "{\"inserted\":2,\"corrected\":0,\"unchanged\":0}");
        post("admin", path, CSV, "indicator,period,value,dim:district,recorded_at\nENERGY_MWH,2024,710,Sever,2025-02-01T08:00:00Z\n",
                "{\"inserted\":0,\"corrected\":1,\"unchanged\":0}");
        JsonNode versions = fx.get(path + "/history?indicator=ENERGY_MWH&period=2024&dim:district=Sever", "kyjov-reader").json().path("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("recordedAt").asText()).isEqualTo("2025-01-10T08:00:00Z");
        assertThat(versions.get(0).path("recordedBy").asText()).isEqualTo("kyjov-coordinator");
        assertThat(versions.get(1).path("recordedAt").asText()).isEqualTo("2025-02-01T08:00:00Z");
        assertThat(versions.get(1).path("recordedBy").asText()).isEqualTo("admin");
        // the headline value of the same period is another series, with its one version
        JsonNode headline = fx.get(path + "/history?indicator=ENERGY_MWH&period=2024", "kyjov-reader").json().path("versions");
        assertThat(headline).hasSize(1);
        assertThat(headline.get(0).path("value").decimalValue()).isEqualByComparingTo("5100");
        // a value never recorded has no versions
        assertThat(fx.get(path + "/history?indicator=CO2_T&period=2024", "kyjov-reader").json().path("versions")).isEmpty();
    }

    @Test
    void anotherTerritorysValueIsNotFoundAndBadParametersAreNamed() {
        String path = strategy("hist-scope");
        post("kyjov-coordinator", path, CSV, "indicator,period,value\nENERGY_MWH,2024,5050\n", "{\"inserted\":1,\"corrected\":0,\"unchanged\":0}");
        ServerFixture.Response elsewhere = fx.get(path + "/history?indicator=ENERGY_MWH&period=2024", "niepolomice-coordinator");
        ServerFixture.Response unknown = fx.get("/api/strategies/hist-nothing/observations/history?indicator=ENERGY_MWH&period=2024",
                "niepolomice-coordinator");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body().replace("hist-scope", "X")).isEqualTo(unknown.body().replace("hist-nothing", "X"));
        // the public sees no draft (this copy is not adopted)
        assertThat(fx.get(path + "/history?indicator=ENERGY_MWH&period=2024", null).status()).isEqualTo(404);
        assertThat(fx.get(path + "/history?indicator=ENERGY_MWH", "kyjov-reader").errorPaths()).containsExactly("period");
        assertThat(fx.get(path + "/history?period=2024", "kyjov-reader").errorPaths()).containsExactly("indicator");
        assertThat(fx.get(path + "/history?indicator=ENERGY_MWH&period=2024-13", "kyjov-reader").errorPaths()).containsExactly("period");
        ServerFixture.Response noSuch = fx.get(path + "/history?indicator=NO_SUCH&period=2024", "kyjov-reader");
        assertThat(noSuch.status()).isEqualTo(404);
        assertThat(noSuch.errorPaths()).containsExactly("indicator");
    }

    @Test
    void theIndicatorPageListsTheEarlierValueUnderTheCurrentOne() {
        String path = strategy("hist-web");
        post("kyjov-coordinator", path, CSV, "indicator,period,value\nENERGY_MWH,2024,5050.25\n", "{\"inserted\":1,\"corrected\":0,\"unchanged\":0}");
        post("admin", path, CSV, "indicator,period,value,source\nENERGY_MWH,2024,5000.1,Energetický audit\n", "{\"inserted\":0,\"corrected\":1,\"unchanged\":0}");
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        String page = web.get("/web/s/hist-web/i/ENERGY_MWH?lang=en").body();
        assertThat(page).contains("<del>5,050.25</del>");
        assertThat(page).contains("Earlier value (corrected): recorded 2025-01-01 00:00:00 UTC, account kyjov-coordinator");
        // the current value is the correction; it is not struck
        assertThat(page).doesNotContain("<del>5,000.1</del>");
        String czech = web.get("/web/s/hist-web/i/ENERGY_MWH?lang=cs").body();
        assertThat(czech).contains("Dřívější hodnota (opravena): zaznamenána 2025-01-01 00:00:00 UTC, účet kyjov-coordinator");
    }
}
