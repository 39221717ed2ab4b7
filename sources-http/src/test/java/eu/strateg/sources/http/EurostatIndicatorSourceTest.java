package eu.strateg.sources.http;

import static eu.strateg.sources.http.EurostatFixtures.GDP;
import static eu.strateg.sources.http.EurostatFixtures.POPULATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.IndicatorSource.Batch;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.sources.http.FixtureServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JSON-stat reading, flags and failure modes of the Eurostat source, against fixture answers of a local server. */
class EurostatIndicatorSourceTest {

    private final FixtureServer server = EurostatFixtures.serve(FixtureServer.start());
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private EurostatIndicatorSource source() {
        return EurostatIndicatorSource.builder().baseUrl(server.base()).settings(BdlFixtures.SETTINGS).clock(BdlFixtures.clock())
                .sleeper(waits::add).build();
    }

    private static List<String> values(Batch batch) {
        return batch.observations().stream()
                .map(o -> o.indicatorCode() + "@" + o.period() + "=" + o.value().toPlainString() + " " + o.status() + (o.note() == null ? "" : " " + o.note()))
                .toList();
    }

    @Test
    void readsSparseAndDenseDatasetsAndTakesTheCellsOfTheRegion() {
        Batch batch = source().fetch(EurostatFixtures.vysocina());

        // GDP: geo CZ063 is position 1 of 2, time has 2 categories, so its cells are value[2] and value[3]
        assertThat(values(batch)).containsExactly("HDP@2021=15512.3 FINAL", "HDP@2022=16840.05 FINAL",
                "OBYV@2021=509813 FINAL", "OBYV@2022=510131 FINAL", "OBYV@2023=512337 PROVISIONAL Eurostat flag 'p'");
        assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery).containsExactly(POPULATION, GDP);
    }

    @Test
    void everyObservationNamesTheDatasetAndTheRegionAndCarriesItsRetrievalTime() {
        Batch batch = source().fetch(EurostatFixtures.vysocina());

        Observation population = batch.observations().get(2);
        assertThat(population.source()).isEqualTo("Eurostat, demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR, geo CZ063, updated 2025-03-14T23:00:00+0100, "
                + server.base() + POPULATION);
        assertThat(batch.observations()).extracting(Observation::recordedAt).containsOnly(BdlFixtures.NOW);
        assertThat(batch.retrievedAt()).isEqualTo(BdlFixtures.NOW);
    }

    @Test
    void aDimensionTheSourceDoesNotFixIsNamedWithItsCategories() {
        server.on(POPULATION, Reply.ok(server.fixture("/eurostat/demo_r_pjanaggr3-CZ063.json")
                .replace("\"size\": [1, 1, 1, 1, 1, 3]", "\"size\": [1, 1, 3, 1, 1, 3]")
                .replace("\"index\": { \"T\": 0 }", "\"index\": { \"F\": 0, \"M\": 1, \"T\": 2 }")));

        assertThatThrownBy(() -> source().fetch(EurostatFixtures.vysocina()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + POPULATION + " (HTTP 200): the body is not a usable JSON-stat 2.0 dataset:"
                        + " dimension.sex: has 3 categories (F, M, T): name one in the indicator's source, e.g."
                        + " eurostat:demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR&sex=F");
    }

    @Test
    void aDatasetWithoutTheRegionIsAnError() {
        server.on(GDP, Reply.ok(server.fixture("/eurostat/nama_10r_3gdp-CZ063.json").replace("\"CZ063\": 1", "\"CZ080\": 1")));

        assertThatThrownBy(() -> source().fetch(EurostatFixtures.vysocina()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageEndingWith("the body is not a usable JSON-stat 2.0 dataset: dimension.geo: has no category CZ063 (it has CZ064, CZ080)");
    }

    @Test
    void aSizeThatDoesNotMatchTheCategoriesIsAnError() {
        server.on(GDP, Reply.ok(server.fixture("/eurostat/nama_10r_3gdp-CZ063.json").replace("\"size\": [1, 1, 2, 2]", "\"size\": [1, 1, 2, 3]")));

        assertThatThrownBy(() -> source().fetch(EurostatFixtures.vysocina()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageEndingWith("size[3]: is 3, but dimension 'time' has 2 categories");
    }

    @Test
    void aBodyThatIsNotJsonIsNamedWithItsUrl() {
        server.on(GDP, Reply.ok("<html><body>Service temporarily unavailable</body></html>"));

        assertThatThrownBy(() -> source().fetch(EurostatFixtures.vysocina()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageStartingWith("GET " + server.base() + GDP + " (HTTP 200): the body is not valid JSON at line 1, column 1:")
                .hasMessageEndingWith("it starts with '<html><body>Service temporarily unavailable</body></html>'");
    }

    @Test
    void anErrorAnswerOfTheServiceIsShown() {
        server.on(GDP, Reply.status(400, "{\"error\":[{\"status\":400,\"id\":100,\"label\":\"No results found\"}]}"));

        assertThatThrownBy(() -> source().fetch(EurostatFixtures.vysocina()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + GDP + " (HTTP 400): the service rejected the request:"
                        + " '{\"error\":[{\"status\":400,\"id\":100,\"label\":\"No results found\"}]}'");
    }

    @Test
    void aThrottledRequestIsRetriedAfterTheWaitTheServiceAsks() {
        server.on(GDP, Reply.status(429, "").withHeader("Retry-After", "2"), Reply.ok(server.fixture("/eurostat/nama_10r_3gdp-CZ063.json")));

        Batch batch = source().fetch(EurostatFixtures.vysocina());

        assertThat(batch.observations()).hasSize(5);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aSourceThatIsNotADatasetWithFiltersIsRefusedBeforeAnyRequest() {
        var strategy = EurostatFixtures.vysocina(TerritoryCode.of(CodeScheme.NUTS, "CZ063"), "eurostat:demo_r_pjanaggr3?sex=T&geo=CZ064");

        assertThatThrownBy(() -> source().fetch(strategy))
                .isInstanceOf(ValidationException.class)
                .hasMessage("indicators[OBYV].source: 'eurostat:demo_r_pjanaggr3?sex=T&geo=CZ064' fixes 'geo', which the source sets itself");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aTerritoryWithoutANutsCodeIsRefused() {
        var strategy = EurostatFixtures.vysocina(TerritoryCode.of(CodeScheme.CZ_ZUJ, "595209"), "eurostat:demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR");

        assertThatThrownBy(() -> source().fetch(strategy))
                .isInstanceOf(ValidationException.class)
                .hasMessage("territory.code: 'CZ_ZUJ:595209' is not a NUTS code: Eurostat's regional datasets are by NUTS region, and indicators"
                        + " OBYV, HDP ask for Eurostat datasets");
    }
}
