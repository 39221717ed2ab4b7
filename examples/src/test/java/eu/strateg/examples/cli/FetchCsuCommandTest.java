package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strateg fetch} fills the Czech example strategy's POP indicator, declared {@code csu:130149?vuk=DEM0004}, from
 * a local server playing ČSÚ open data with a CSV in its published shape (invented values).
 */
class FetchCsuCommandTest {

    private static final String API = "/opendata/";
    // Žďár nad Sázavou (595209): 2022 20,311 and 2023 20,250; another municipality and another vuk are not taken
    private static final String CSV = "\"idhod\",\"hodnota\",\"stapro_kod\",\"vuk\",\"rok\",\"vuzemi_cis\",\"vuzemi_kod\",\"vuzemi_txt\"\r\n"
            + "\"1\",\"20311\",\"4355\",\"DEM0004\",\"2022\",\"43\",\"595209\",\"Žďár nad Sázavou\"\r\n"
            + "\"2\",\"20250\",\"4355\",\"DEM0004\",\"2023\",\"43\",\"595209\",\"Žďár nad Sázavou\"\r\n"
            + "\"3\",\"187\",\"4312\",\"DEM0007\",\"2023\",\"43\",\"595209\",\"Žďár nad Sázavou\"\r\n"
            + "\"4\",\"10799\",\"4355\",\"DEM0004\",\"2023\",\"43\",\"586307\",\"Kyjov\"\r\n";

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();

    /** Answers the dataset's CSV at {@code API/130149.csv} and 404 elsewhere, recording each path asked for. */
    private HttpServer serve() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", (HttpExchange exchange) -> {
            asked.add(exchange.getRequestURI().getRawPath());
            boolean known = exchange.getRequestURI().getRawPath().equals(API + "130149.csv");
            byte[] bytes = (known ? CSV : "Not Found").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=utf-8");
            exchange.sendResponseHeaders(known ? 200 : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    @Test
    void fillsTheIndicatorsThatDeclareACsuDatasetAndASecondFetchChangesNothing() throws IOException {
        HttpServer server = serve();
        try {
            fillsAndRefetches("http://127.0.0.1:" + server.getAddress().getPort() + API);
        } finally {
            server.stop(0);
        }
    }

    private void fillsAndRefetches(String url) throws IOException {
        Strategy town = ExampleStrategies.smallTown();
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : town.indicators()) {
            indicators.add(i.code().equals("POP") ? i.withDetails(i.description(), "csu:130149?vuk=DEM0004", i.responsible(), i.displayDecimals()) : i);
        }
        String store = "json:" + dir.resolve("store");
        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy",
                CliFixture.strategyFile(dir, town.withIndicators(indicators)).toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        CliFixture.Run fetched = CliFixture.run("fetch", "--store", store, town.id().value(), "--csu-url", url);
        CliFixture.Run again = CliFixture.run("fetch", "--store", store, town.id().value(), "--csu-url", url);
        CliFixture.Run exported = CliFixture.run("export", "--store", store, town.id().value(), "--format", "csv");

        assertThat(fetched.exit()).as(fetched.err()).isZero();
        assertThat(fetched.out()).contains("csu: 2 values of POP from ČSÚ open data (CSV), obec 595209: " + url + "130149.csv",
                "observations of " + town.id().value() + ": 2 new, 0 corrected, 0 unchanged");
        assertThat(again.out()).contains("0 new, 0 corrected, 2 unchanged");
        assertThat(exported.out().lines().filter(l -> l.startsWith("POP,"))
                .map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 3)))).containsExactly("POP,2022,20311", "POP,2023,20250");
        assertThat(exported.out()).contains("ČSÚ open data, dataset 130149?vuk=DEM0004, obec 595209, " + url + "130149.csv");
        assertThat(asked).containsExactly(API + "130149.csv", API + "130149.csv");
    }
}
