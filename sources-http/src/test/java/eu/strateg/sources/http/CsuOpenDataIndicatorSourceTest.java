package eu.strateg.sources.http;

import static eu.strateg.sources.http.CsuFixtures.POPULATION;
import static eu.strateg.sources.http.CsuFixtures.UNEMPLOYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.IndicatorSource.Batch;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.sources.http.FixtureServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ČSÚ open-data source against fixture CSVs (invented values) of a local server, and its failure modes. */
class CsuOpenDataIndicatorSourceTest {

    private final FixtureServer server = CsuFixtures.serve(FixtureServer.start());
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private CsuOpenDataIndicatorSource source() {
        return CsuOpenDataIndicatorSource.builder().baseUrl(server.base()).settings(BdlFixtures.SETTINGS).clock(BdlFixtures.clock())
                .sleeper(waits::add).build();
    }

    private static List<String> values(Batch batch) {
        return batch.observations().stream().map(o -> o.indicatorCode() + "@" + o.period() + "=" + o.value().toPlainString() + " " + o.status())
                .toList();
    }

    /** The strategy with another source for its first indicator (OBYV). */
    private static Strategy withFirstSource(Strategy s, String source) {
        List<Indicator> indicators = new ArrayList<>(s.indicators());
        indicators.set(0, indicators.get(0).withDetails(null, source, null, 0));
        return s.withIndicators(indicators);
    }

    private static Reply csv(String body) {
        return new Reply(200, Map.of("Content-Type", "text/csv; charset=utf-8"), body, 0);
    }

    @Test
    void readsTheRowsOfTheMunicipalityThatMatchTheFilters() {
        Batch batch = source().fetch(CsuFixtures.kyjov());

        // 130149: Kyjov (vuzemi_cis 43, vuzemi_kod 586307) DEM0004 2022 10844, 2023 10799; DEM0007 2022 98, 2023 91, 2021 empty
        // (skipped); Kroměříž's row and the district row with the same code (vuzemi_cis 101) are not Kyjov's.
        // 250169 by casref_do: 2022-12-31 4.12, 2023-12-31 3.87. SPOK has another source and is not asked for.
        assertThat(values(batch)).containsExactly("NAROZ@2022=98 FINAL", "NAROZ@2023=91 FINAL", "NEZAM@2022=4.12 FINAL",
                "NEZAM@2023=3.87 FINAL", "OBYV@2022=10844 FINAL", "OBYV@2023=10799 FINAL");
        // one request per dataset, though two indicators read 130149
        assertThat(server.requests()).extracting(FixtureServer.Request::pathAndQuery).containsExactly(POPULATION, UNEMPLOYMENT);
        assertThat(server.requests().get(0).header("Accept")).isEqualTo("text/csv");
    }

    @Test
    void everyObservationNamesTheDatasetFiltersMunicipalityAndUrlAndCarriesItsRetrievalTime() {
        Batch batch = source().fetch(CsuFixtures.kyjov());

        Observation population = batch.observations().get(4);
        assertThat(population.source()).isEqualTo("ČSÚ open data, dataset 130149?vuk=DEM0004, obec 586307, " + server.base() + POPULATION);
        assertThat(batch.observations()).extracting(Observation::recordedAt).containsOnly(BdlFixtures.NOW);
        assertThat(batch.provenance()).startsWith("ČSÚ open data (CSV), obec 586307: " + server.base() + POPULATION + ", ");
    }

    @Test
    void aMissingDatasetIsA404AtOnce() {
        server.on(UNEMPLOYMENT, Reply.status(404, "Not Found"));

        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + UNEMPLOYMENT + " (HTTP 404): the service does not know this resource: 'Not Found'");
        assertThat(waits).isEmpty();
    }

    @Test
    void aFailingServiceIsRetriedWithGrowingWaits() {
        server.on(UNEMPLOYMENT, Reply.status(503, "busy"), Reply.status(502, "busy"), csv(server.fixture("/csu/250169.csv")));

        Batch batch = source().fetch(CsuFixtures.kyjov());

        assertThat(batch.observations()).hasSize(6);
        // BdlFixtures.SETTINGS: 3 attempts, back-off from 1 s doubling
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aServiceThatKeepsFailingIsAnErrorAfterTheLastAttempt() {
        server.on(UNEMPLOYMENT, Reply.status(500, "error"));

        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageContaining("(HTTP 500)").hasMessageEndingWith("gave up after 3 attempt(s)");
    }

    @Test
    void aRowWithAnotherNumberOfCellsIsNamedByItsLine() {
        server.on(UNEMPLOYMENT, csv("\"idhod\",\"hodnota\",\"stapro_kod\",\"casref_do\",\"vuzemi_cis\",\"vuzemi_kod\"\r\n"
                + "\"1\",\"4.12\",\"7430\",\"2022-12-31\",\"43\",\"586307\"\r\n"
                + "\"2\",\"3.87\",\"7430\",\"2023-12-31\",\"43\"\r\n"));

        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class).hasMessageEndingWith("(HTTP 200): line 3: 5 cells, the header has 6");
    }

    @Test
    void aValueThatIsNotANumberIsNamedByLineAndColumn() {
        server.on(UNEMPLOYMENT, csv("idhod,hodnota,stapro_kod,casref_do,vuzemi_cis,vuzemi_kod\n1,\"4,12\",7430,2022-12-31,43,586307\n"));

        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class).hasMessageEndingWith("line 2, column 2 (hodnota): '4,12' is not a number with a dot");
    }

    @Test
    void anUnclosedQuoteAndAMissingColumnAreNamed() {
        server.on(UNEMPLOYMENT, csv("idhod,hodnota,stapro_kod,casref_do,vuzemi_cis,vuzemi_kod\n1,\"4.12,7430,2022-12-31,43,586307\n"));
        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class).hasMessageEndingWith("line 2, cell 2: a quote is never closed");

        server.on(UNEMPLOYMENT, csv("idhod,hodnota,stapro_kod,vuzemi_cis,vuzemi_kod\n1,4.12,7430,43,586307\n"));
        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageEndingWith("the CSV has no column 'casref_do'; its header is idhod,hodnota,stapro_kod,vuzemi_cis,vuzemi_kod");
    }

    @Test
    void aBodyInAnotherEncodingIsNamedNotGuessed() {
        // "Kroměříž" in windows-1250: ě ř í ž are single bytes that are not UTF-8; 33 characters before "Krom", so ě is column 38
        server.on(UNEMPLOYMENT, new Reply(200, Map.of("Content-Type", "text/csv; charset=windows-1250"),
                "idhod,hodnota,stapro_kod,casref_do,vuzemi_cis,vuzemi_kod,vuzemi_txt\n1,5.01,7430,2023-12-31,43,588296,Kroměříž\n", 0));

        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageEndingWith("line 2, column 38: the body is not UTF-8 (ČSÚ's open data is UTF-8; this looks like another encoding,"
                        + " e.g. windows-1250)");
    }

    @Test
    void filtersThatLeaveTwoValuesOfAYearAreAnError() {
        server.on(POPULATION, csv(server.fixture("/csu/130149.csv")));
        CsuOpenDataIndicatorSource source = source();
        Strategy strategy = CsuFixtures.kyjov();
        Strategy loose = withFirstSource(strategy, "csu:130149");

        assertThatThrownBy(() -> source.fetch(loose))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageEndingWith("lines 2 and 4 both give obec 586307 a value for 2022 under '130149': fix more columns in the"
                        + " indicator's source (e.g. ?vuk=… or ?pohlavi_kod=…)");
    }

    @Test
    void aTerritoryWithoutAZujCodeAndABadSourceAreRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> source().fetch(CsuFixtures.kyjov(TerritoryCode.of(CodeScheme.NUTS, "CZ064"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("'NUTS:CZ064' is not a ZÚJ code");
        Strategy strategy = CsuFixtures.kyjov();
        Strategy bad = withFirstSource(strategy, "csu:130149?rok=2023");
        assertThatThrownBy(() -> source().fetch(bad))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fixes 'rok', which the source reads itself");
        assertThat(server.requests()).isEmpty();
    }
}
