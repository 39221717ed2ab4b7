package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/strategies/{id}/observations} on a real port: CSV, a JSON array and JSON Lines; upserts (inserted,
 * corrected, unchanged); and an invalid upload that stores nothing, with every problem and its path. Each test works
 * on its own copy of the Kyjov strategy (ENERGY_MWH and CO2_T are annual indicators of it).
 */
class ObservationApiTest extends ServerTest {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private String strategy(String id) {
        return fx.observationsOfNewCopy(id);
    }

    private ServerFixture.Response post(String path, String contentType, String body) {
        return fx.as("kyjov-coordinator", "POST", path, contentType, body, Map.of());
    }

    @Test
    void csvValuesAreInsertedAndTheSameFileAgainChangesNothing() {
        String path = strategy("obs-csv");
        String csv = "indicator,period,value\nENERGY_MWH,2030,5050.25\nCO2_T,2030,3000\n";
        ServerFixture.Response first = post(path, CSV, csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().toString()).isEqualTo("{\"inserted\":2,\"corrected\":0,\"unchanged\":0}");
        assertThat(post(path, "text/csv; charset=utf-8", csv).json().toString()).isEqualTo("{\"inserted\":0,\"corrected\":0,\"unchanged\":2}");
    }

    @Test
    void aJsonArrayCorrectsAValueAndJsonLinesAddOne() {
        String path = strategy("obs-json");
        assertThat(post(path, CSV, "indicator,period,value\nENERGY_MWH,2030,5050.25\n").status()).isEqualTo(200);
        ServerFixture.Response corrected = post(path, "application/json",
                "[{\"indicator\":\"ENERGY_MWH\",\"period\":\"2030\",\"value\":5000.1,\"status\":\"FINAL\"}]");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().toString()).isEqualTo("{\"inserted\":0,\"corrected\":1,\"unchanged\":0}");
        ServerFixture.Response lines = post(path, "application/x-ndjson",
                "{\"indicator\":\"CO2_T\",\"period\":\"2029\",\"value\":3100,\"status\":\"FINAL\"}\n");
        assertThat(lines.json().toString()).isEqualTo("{\"inserted\":1,\"corrected\":0,\"unchanged\":0}");
    }

    @Test
    void uploadedValuesReadBackExactlyAndAsOfAnEarlierTimeWithoutTheCorrection() {
        String path = strategy("obs-read");
        assertThat(post(path, CSV, "indicator,period,value,recorded_at\nENERGY_MWH,2030,5050.250,2031-01-10T08:00:00Z\n"
                + "CO2_T,2030,3000,2031-01-10T08:00:00Z\n").status()).isEqualTo(200);
        assertThat(post(path, CSV, "indicator,period,value,recorded_at\nENERGY_MWH,2030,5000.1,2031-02-01T08:00:00Z\n").json()
                .path("corrected").asLong()).isEqualTo(1);
        ServerFixture.Response now = fx.get(path + "?indicator=ENERGY_MWH", "kyjov-reader");
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(now.body()).isEqualTo("{\"indicator\":\"ENERGY_MWH\",\"period\":\"2030\",\"value\":5000.1,\"status\":\"FINAL\","
                + "\"recordedAt\":\"2031-02-01T08:00:00Z\"}\n");
        ServerFixture.Response before = fx.get(path + "?indicator=ENERGY_MWH&asOf=2031-01-31", "kyjov-reader");
        assertThat(before.body()).contains("\"value\":5050.250,").contains("2031-01-10T08:00:00Z");
        assertThat(fx.get(path, "kyjov-reader").body().lines()).hasSize(2);
        assertThat(fx.get(path + "?from=2031", "kyjov-reader").body()).isEmpty();
        assertThat(fx.get(path + "?from=2030-13", "kyjov-reader").errorPaths()).containsExactly("from");
        assertThat(fx.get(path + "?asOf=yesterday", "kyjov-reader").errorPaths()).containsExactly("asOf");
    }

    @Test
    void aHundredThousandValuesGoInOneUploadAndComeBackOneLineEach() {
        String path = strategy("obs-bulk");
        int n = 100_000;
        StringBuilder csv = new StringBuilder("indicator,period,value,dim:district\n");
        for (int i = 0; i < n; i++) {
            csv.append("ENERGY_MWH,2030,").append(5000 + i % 997).append('.').append(i % 10).append(",D").append(i).append('\n');
        }
        ServerFixture.Response r = post(path, CSV, csv.toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo("{\"inserted\":100000,\"corrected\":0,\"unchanged\":0}");
        ServerFixture.Response back = fx.get(path + "?indicator=ENERGY_MWH", "kyjov-reader");
        assertThat(back.body().lines().count()).isEqualTo(n);
        // D12345: 5000 + 12345 mod 997 = 5381, decimal 12345 mod 10 = 5
        assertThat(back.body()).contains("\"value\":5381.5,\"disaggregation\":{\"district\":\"D12345\"}");
        // the same values as CSV, streamed (no Content-Length: sent while read), one row each after the header
        ServerFixture.Response csvBack = fx.get(path + "?indicator=ENERGY_MWH&format=csv", "kyjov-reader");
        assertThat(csvBack.status()).isEqualTo(200);
        assertThat(csvBack.header("Content-Type")).startsWith("text/csv");
        assertThat(csvBack.header("Content-Length")).isNull();
        java.util.List<String> rows = csvBack.body().lines().toList();
        assertThat(rows).hasSize(n + 1);
        // the header of our CSV (persistence-json's writer quotes the text of every cell it did not write itself)
        assertThat(rows.get(0)).isEqualTo("indicator,period,value,\"dim:district\",status,source,note,recorded_at");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("ENERGY_MWH,2030,5381.5,\"D12345\",FINAL,"));
    }

    /** 25 values of ENERGY_MWH in 2030, one per district D0 … D24, each 5000 + its number. */
    private static StringBuilder districts() {
        StringBuilder csv = new StringBuilder("indicator,period,value,dim:district\n");
        for (int i = 0; i < 25; i++) {
            csv.append("ENERGY_MWH,2030,").append(5000 + i).append(",D").append(i).append('\n');
        }
        return csv;
    }

    @Test
    void csvIsAskedForByAcceptOrFormatPagesLikeJsonLinesAndUploadsBackUnchanged() {
        String path = strategy("obs-csv-read");
        StringBuilder csv = districts().append("CO2_T,2029,3100,\n");
        assertThat(post(path, CSV, csv.toString()).json().path("inserted").asLong()).isEqualTo(26);
        ServerFixture.Response accepted = fx.as("kyjov-reader", "GET", path, null, null, Map.of("Accept", "text/csv"));
        String whole = fx.get(path + "?format=csv", "kyjov-reader").body();
        assertThat(accepted.body()).isEqualTo(whole);
        // 26 values and the header; the headline CO2_T value has an empty district
        assertThat(whole.lines()).hasSize(27);
        assertThat(whole.lines().skip(1)).allSatisfy(row -> assertThat(row).matches("(ENERGY_MWH,2030,50\\d\\d,\"D\\d+\"|CO2_T,2029,3100,),FINAL,.*"));

        StringBuilder rows = new StringBuilder();
        String next = path + "?format=csv&limit=10";
        int pages = 0;
        while (next != null) {
            ServerFixture.Response page = fx.get(next, "kyjov-reader");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body().lines().findFirst()).contains(whole.lines().findFirst().orElseThrow());
            page.body().lines().skip(1).forEach(r -> rows.append(r).append('\n'));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(rows.toString()).isEqualTo(whole.substring(whole.indexOf('\n') + 1));
        // what comes out is the upload's format: sent back, it changes nothing
        assertThat(post(path, CSV, whole).json().toString()).isEqualTo("{\"inserted\":0,\"corrected\":0,\"unchanged\":26}");
        assertThat(fx.get(path + "?format=xml", "kyjov-reader").errorPaths()).containsExactly("format");
    }

    @Test
    void aDataEntryWorkbookIsRecordedAndReadsBack() {
        String path = strategy("obs-xlsx");
        ServerFixture.Response r = fx.asBytes("kyjov-coordinator", "POST", path, XLSX, Workbooks.values("Hodnoty",
                new Object[] {"ENERGY_MWH", "Spotřeba energie", "2030", new java.math.BigDecimal("5050.25"), "FINAL"},
                new Object[] {"CO2_T", "Emise", "2030", new java.math.BigDecimal("3000"), null},
                new Object[] {"CO2_T", "Emise", "2029", null, null}));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().toString()).isEqualTo("{\"inserted\":2,\"corrected\":0,\"unchanged\":0}");
        assertThat(fx.get(path + "?indicator=ENERGY_MWH", "kyjov-reader").body()).contains("\"period\":\"2030\",\"value\":5050.25,");
        // an English workbook of another program: the sheet is found by its name in any of the three languages
        ServerFixture.Response again = fx.asBytes("kyjov-coordinator", "POST", path, XLSX, Workbooks.values("Values",
                new Object[] {"ENERGY_MWH", "Energy", "2030", "5000,5", "PROVISIONAL"}));
        assertThat(again.json().toString()).as(again.body()).isEqualTo("{\"inserted\":0,\"corrected\":1,\"unchanged\":0}");
    }

    @Test
    void aWorkbookWithMistakesNamesSheetAndCellAndStoresNothing() {
        String path = strategy("obs-xlsx-bad");
        ServerFixture.Response bad = fx.asBytes("kyjov-coordinator", "POST", path, XLSX, Workbooks.values("Hodnoty",
                new Object[] {"ENERGY_MWH", "", "2028", new java.math.BigDecimal("5100"), null},
                new Object[] {"NO_SUCH", "", "2028", new java.math.BigDecimal("1"), null},
                new Object[] {"CO2_T", "", "2028-13", new java.math.BigDecimal("2"), null}));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(bad.errorPaths()).containsExactly("Hodnoty!A3", "Hodnoty!C4", "");
        assertThat(bad.json().path("errors").get(2).path("message").asText()).startsWith("nothing was read from the workbook");
        // the strategy's rules, checked after the file's: the value's cell and the field
        ServerFixture.Response monthly = fx.asBytes("kyjov-coordinator", "POST", path, XLSX, Workbooks.values("Hodnoty",
                new Object[] {"ENERGY_MWH", "", "2028", new java.math.BigDecimal("5100"), null},
                new Object[] {"ENERGY_MWH", "", "2027-03", new java.math.BigDecimal("400"), null}));
        assertThat(monthly.status()).isEqualTo(422);
        assertThat(monthly.errorPaths()).containsExactly("Hodnoty!D3, period");
        ServerFixture.Response notAWorkbook = fx.asBytes("kyjov-coordinator", "POST", path, XLSX, "indicator,period,value\n".getBytes());
        assertThat(notAWorkbook.status()).isEqualTo(422);
        assertThat(notAWorkbook.json().path("errors").get(0).path("message").asText()).contains("is not an XLSX workbook");
        // nothing of the refused workbooks was stored: the good row alone is new
        assertThat(post(path, CSV, "indicator,period,value\nENERGY_MWH,2028,5100\n").json().path("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void aWorkbookFollowsTheRolesAndTerritoriesOfTheOtherFormats() {
        String path = strategy("obs-xlsx-roles");
        byte[] co2 = Workbooks.values("Hodnoty", new Object[] {"CO2_T", "", "2028", new java.math.BigDecimal("3000"), null});
        ServerFixture.Response steward = fx.asBytes("kyjov-steward", "POST", path, XLSX, co2);
        assertThat(steward.status()).isEqualTo(403);
        assertThat(steward.errorPaths()).containsExactly("Hodnoty!D2, indicator");
        assertThat(fx.asBytes("kyjov-reader", "POST", path, XLSX, co2).status()).isEqualTo(403);
        ServerFixture.Response elsewhere = fx.asBytes("niepolomice-coordinator", "POST", path, XLSX, co2);
        ServerFixture.Response unknown = fx.asBytes("niepolomice-coordinator", "POST", "/api/strategies/obs-xlsx-nothing/observations", XLSX, co2);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.body().replace("obs-xlsx-roles", "X")).isEqualTo(unknown.body().replace("obs-xlsx-nothing", "X"));
        ServerFixture.Response own = fx.asBytes("kyjov-steward", "POST", path, XLSX,
                Workbooks.values("Hodnoty", new Object[] {"ENERGY_MWH", "", "2028", new java.math.BigDecimal("5100"), null}));
        assertThat(own.json().path("inserted").asLong()).as(own.body()).isEqualTo(1);
        assertThat(fx.get(path + "?indicator=CO2_T&from=2028&to=2028", "kyjov-reader").body()).isEmpty();
    }

    @Test
    void aCsvWithBadRowsNamesEachLineAndStoresNotEvenItsGoodRows() {
        String path = strategy("obs-bad-csv");
        ServerFixture.Response bad = post(path, CSV, "indicator,period,value\nENERGY_MWH,2028,5100\nCO2_T,2028-13,2\nCO2_T,2027,many\n");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(bad.errorPaths()).hasSize(2);
        assertThat(bad.errorPaths().get(0)).startsWith("line 3");
        assertThat(bad.errorPaths().get(1)).startsWith("line 4");
        // the good row of the refused file was not stored: sent alone it is new
        assertThat(post(path, CSV, "indicator,period,value\nENERGY_MWH,2028,5100\n").json().path("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void valuesTheStrategyCannotTakeAreNamedByTheirIndexAndNothingIsStored() {
        String path = strategy("obs-bad-json");
        ServerFixture.Response bad = post(path, "application/json", "["
                + "{\"indicator\":\"ENERGY_MWH\",\"period\":\"2027\",\"value\":5200,\"status\":\"FINAL\"},"
                + "{\"indicator\":\"NO_SUCH\",\"period\":\"2027\",\"value\":1,\"status\":\"FINAL\"},"
                + "{\"indicator\":\"ENERGY_MWH\",\"period\":\"2027-03\",\"value\":400,\"status\":\"FINAL\"}]");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorPaths()).containsExactly("observations[1].indicator", "observations[2].period");
        assertThat(post(path, CSV, "indicator,period,value\nENERGY_MWH,2027,5200\n").json().path("inserted").asLong()).isEqualTo(1);
    }

    @Test
    void aMalformedJsonElementIsNamedByItsIndex() {
        String path = strategy("obs-malformed-json");
        ServerFixture.Response bad = post(path, "application/json", "["
                + "{\"indicator\":\"ENERGY_MWH\",\"period\":\"2027\",\"value\":5200,\"status\":\"FINAL\"},"
                + "{\"indicator\":\"ENERGY_MWH\",\"period\":\"20x7\",\"value\":5200,\"status\":\"FINAL\"}]");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.errorPaths()).hasSize(1);
        assertThat(bad.errorPaths().get(0)).startsWith("observations[1]");
        ServerFixture.Response object = post(path, "application/json", "{\"indicator\":\"ENERGY_MWH\"}");
        assertThat(object.status()).isEqualTo(422);
        assertThat(object.json().path("errors").get(0).path("message").asText()).isEqualTo("the body must be a JSON array of observations");
    }

    @Test
    void anUnsupportedMediaTypeAnEmptyBodyAndAnUnknownStrategyAreRefused() {
        String path = strategy("obs-refusals");
        ServerFixture.Response text = post(path, "text/plain", "ENERGY_MWH 2030 5000");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.errorPaths()).containsExactly("Content-Type");
        assertThat(post(path, CSV, "").status()).isEqualTo(422);
        ServerFixture.Response unknown = post("/api/strategies/no-such-strategy/observations", CSV, "indicator,period,value\nENERGY_MWH,2030,1\n");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorPaths()).containsExactly("id");
    }

    @Test
    void pagesFollowTheLinkHeaderAndTogetherAreTheStreamedWhole() {
        String path = strategy("obs-pages");
        StringBuilder csv = districts();
        assertThat(post(path, CSV, csv.toString()).json().path("inserted").asLong()).isEqualTo(25);
        String whole = fx.get(path, "kyjov-reader").body();
        assertThat(whole.lines()).hasSize(25);

        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        StringBuilder paged = new StringBuilder();
        String next = path + "?limit=10";
        while (next != null) {
            ServerFixture.Response page = fx.get(next, "kyjov-reader");
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            sizes.add((int) page.body().lines().count());
            paged.append(page.body());
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            assertThat(next == null || next.startsWith(path + "?limit=10&cursor=")).as(link).isTrue();
        }
        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(paged.toString()).isEqualTo(whole);
        assertThat(fx.get(path + "?limit=10&cursor=!!", "kyjov-reader").errorPaths()).containsExactly("cursor");
        assertThat(fx.get(path + "?cursor=a", "kyjov-reader").errorPaths()).containsExactly("cursor");
        assertThat(fx.get(path + "?limit=100001", "kyjov-reader").errorPaths()).containsExactly("limit");
    }
}
