package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.examples.data.ExampleFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code strateg fetch} fills the Niepołomice example strategy's six BDL indicators from a local server that answers
 * in the BDL API's shape (invented values): the województwa, the gminy of Małopolska, then two pages of data.
 */
class FetchCommandTest {

    private static final String API = "/api/v1/";
    private static final String VARS = "var-id=60530&var-id=72305&var-id=76453&var-id=76477&var-id=79214&var-id=288095";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    private Map<String, String> answers;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        String base = url();
        answers = Map.of(
                "units?level=2&format=json&page=0&page-size=100", """
                        {"totalRecords": 1, "page": 0, "pageSize": 100, "links": {},
                         "results": [ {"id": "011200000000", "name": "MAŁOPOLSKIE", "level": 2} ]}""",
                "units?parent-id=011200000000&level=6&format=json&page=0&page-size=100", """
                        {"totalRecords": 1, "page": 0, "pageSize": 100, "links": {},
                         "results": [ {"id": "011212019043", "name": "Niepołomice", "level": 6} ]}""",
                "data/by-unit/011212019043?" + VARS + "&format=json&page=0&page-size=100", """
                        {"totalRecords": 6, "page": 0, "pageSize": 3,
                         "links": {"self": "%1$sdata/by-unit/011212019043?%2$s&format=json&page=0&page-size=100",
                                   "next": "%1$sdata/by-unit/011212019043?%2$s&format=json&page=1&page-size=100",
                                   "last": "%1$sdata/by-unit/011212019043?%2$s&format=json&page=1&page-size=100"},
                         "unitId": "011212019043", "unitName": "Niepołomice",
                         "results": [
                           {"id": 60530, "values": [ {"year": "2023", "val": 1529, "attrId": 1}, {"year": "2024", "val": 1561, "attrId": 1} ]},
                           {"id": 72305, "values": [ {"year": "2023", "val": 30412, "attrId": 1}, {"year": "2024", "val": 30868, "attrId": 1} ]},
                           {"id": 76453, "values": [ {"year": "2023", "val": 99702421.25, "attrId": 1}, {"year": "2024", "val": 97499519.34, "attrId": 1} ]}
                         ]}""".formatted(base, VARS),
                "data/by-unit/011212019043?" + VARS + "&format=json&page=1&page-size=100", """
                        {"totalRecords": 6, "page": 1, "pageSize": 3,
                         "links": {"self": "%1$sdata/by-unit/011212019043?%2$s&format=json&page=1&page-size=100",
                                   "last": "%1$sdata/by-unit/011212019043?%2$s&format=json&page=1&page-size=100"},
                         "unitId": "011212019043", "unitName": "Niepołomice",
                         "results": [
                           {"id": 76477, "values": [ {"year": "2023", "val": 301215774.18, "attrId": 1}, {"year": "2024", "val": 322846090.52, "attrId": 1} ]},
                           {"id": 79214, "values": [ {"year": "2023", "val": 2.9, "attrId": 1}, {"year": "2024", "val": 2.6, "attrId": 1} ]},
                           {"id": 288095, "values": [ {"year": "2023", "val": 29.2, "attrId": 1}, {"year": "2024", "val": null, "attrId": 1} ]}
                         ]}""".formatted(base, VARS));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawPath().substring(API.length()) + "?" + exchange.getRequestURI().getRawQuery();
        asked.add(raw);
        String body = answers.getOrDefault(raw, "{\"errors\": [\"no fixture\"]}");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answers.containsKey(raw) ? 200 : 404, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String storeWithTheExample(String kind) throws IOException {
        Path strategy = Files.write(dir.resolve("niepolomice-2030.json"), ExampleFiles.strategyJson(ExampleData.niepolomiceExample()));
        String store = kind + ":" + dir.resolve("store");
        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", strategy.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        return store;
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "h2"})
    void fillsTheBdlIndicatorsOfTheExampleStrategyAndASecondFetchChangesNothing(String kind) throws IOException {
        String store = storeWithTheExample(kind);

        CliFixture.Run fetched = CliFixture.run("fetch", "--store", store, "niepolomice-2030", "--bdl-url", url(), "--bdl-key", "klucz-1");
        CliFixture.Run again = CliFixture.run("fetch", "--store", store, "niepolomice-2030", "--bdl-url", url());
        CliFixture.Run exported = CliFixture.run("export", "--store", store, "niepolomice-2030", "--format", "csv");

        assertThat(fetched.exit()).as(fetched.err()).isZero();
        // six variables, two years each, but NGO's 2024 value is null: 11 values
        assertThat(fetched.out()).contains("bdl: 11 values of ", "observations of niepolomice-2030: 11 new, 0 corrected, 0 unchanged",
                "eurostat: no values");
        assertThat(again.out()).contains("observations of niepolomice-2030: 0 new, 0 corrected, 11 unchanged");
        assertThat(exported.out().lines().filter(l -> l.startsWith("LUDNOSC,2024,") || l.startsWith("WYDATKI_MAJATKOWE,2023,")
                || l.startsWith("BEZROBOCIE,2024,") || l.startsWith("NGO,"))
                .map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 3))))
                .containsExactlyInAnyOrder("LUDNOSC,2024,30868", "WYDATKI_MAJATKOWE,2023,99702421.25", "BEZROBOCIE,2024,2.6", "NGO,2023,29.2");
        assertThat(exported.out()).contains("GUS BDL, zmienna 72305, jednostka 011212019043 (Niepołomice), " + url() + "data/by-unit/");
        assertThat(asked).hasSize(8);
    }

    @Test
    void aServiceThatAnswersBadlyStopsTheFetchBeforeAnythingIsRecorded() throws IOException {
        String store = storeWithTheExample("json");
        answers = Map.of("units?level=2&format=json&page=0&page-size=100", "<html>maintenance</html>");

        CliFixture.Run fetched = CliFixture.run("fetch", "--store", store, "niepolomice-2030", "--bdl-url", url());

        assertThat(fetched.exit()).isEqualTo(1);
        assertThat(fetched.err()).startsWith("GET " + url() + "units?level=2&format=json&page=0&page-size=100 (HTTP 200): the body is not valid JSON");
        assertThat(CliFixture.run("export", "--store", store, "niepolomice-2030", "--format", "csv").out().lines().count()).isEqualTo(1);
    }
}
