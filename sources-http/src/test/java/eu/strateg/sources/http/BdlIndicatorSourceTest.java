package eu.strateg.sources.http;

import static eu.strateg.sources.http.BdlFixtures.DATA_0;
import static eu.strateg.sources.http.BdlFixtures.DATA_1;
import static eu.strateg.sources.http.BdlFixtures.GMINY_0;
import static eu.strateg.sources.http.BdlFixtures.GMINY_1;
import static eu.strateg.sources.http.BdlFixtures.NOW;
import static eu.strateg.sources.http.BdlFixtures.SETTINGS;
import static eu.strateg.sources.http.BdlFixtures.UNITS_LEVEL_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.IndicatorSource.Batch;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.sources.http.FixtureServer.Reply;
import eu.strateg.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Paging, the TERYT mapping, the cache and every failure mode, against fixture answers of a local server. */
class BdlIndicatorSourceTest {

    /**
     * What the fixtures give, by hand: 72305 has 2020 (attrId 2, left out), 2021 27510, 2022 27950, 2023 28402 on the first
     * data page; 79214 has 2022 3.10 (as published, two decimals) and 2023 2.8 on the second.
     */
    private static final List<String> EXPECTED = List.of("BEZROBOCIE@2022=3.10", "BEZROBOCIE@2023=2.8", "LUDNOSC@2021=27510",
            "LUDNOSC@2022=27950", "LUDNOSC@2023=28402");

    private final FixtureServer server = BdlFixtures.serve(FixtureServer.start());
    private final List<Duration> waits = new ArrayList<>();
    private final MutableClock clock = new MutableClock(NOW);

    @AfterEach
    void stop() {
        server.close();
    }

    private BdlIndicatorSource.Builder source() {
        return BdlIndicatorSource.builder().baseUrl(server.base()).settings(SETTINGS).clock(clock).sleeper(waits::add);
    }

    private static List<String> values(Batch batch) {
        return batch.observations().stream().map(o -> o.indicatorCode() + "@" + o.period() + "=" + o.value().toPlainString()).toList();
    }

    private List<String> paths() {
        return server.requests().stream().map(FixtureServer.Request::pathAndQuery).toList();
    }

    @Test
    void findsTheUnitOfTheTerytCodeAndReadsEveryPageOfItsData() {
        Batch batch = source().apiKey("klucz-testowy-1").build().fetch(BdlFixtures.niepolomice());

        assertThat(values(batch)).containsExactlyElementsOf(EXPECTED);
        assertThat(paths()).containsExactly(UNITS_LEVEL_2, GMINY_0, GMINY_1, DATA_0, DATA_1);
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("X-ClientId")).isEqualTo("klucz-testowy-1"));
        assertThat(waits).isEmpty();
    }

    @Test
    void everyObservationSaysWhereAndWhenItCameFrom() {
        Batch batch = source().build().fetch(BdlFixtures.niepolomice());

        Observation first = batch.observations().get(0);
        assertThat(first.source()).isEqualTo("GUS BDL, zmienna 79214, jednostka 011212019043 (Niepołomice), aktualizacja 2025-05-15T00:00:00, "
                + server.base() + DATA_0);
        assertThat(batch.observations()).extracting(Observation::recordedAt).containsOnly(NOW);
        assertThat(batch.retrievedAt()).isEqualTo(NOW);
        assertThat(batch.provenance()).contains("jednostka 011212019043", "zmienne 72305, 79214", "2 stron(y)", "pobrano 2026-03-02T09:15:00Z");
    }

    @Test
    void withoutAKeyNoClientIdIsSent() {
        source().build().fetch(BdlFixtures.niepolomice());

        assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("X-ClientId")).isNull());
    }

    @Test
    void theListsOfUnitsAreCachedForTheNextGminaOfTheSameWojewodztwo() {
        BdlIndicatorSource source = source().build();
        source.fetch(BdlFixtures.niepolomice());
        server.on("data/by-unit/011212001011?var-id=72305&var-id=79214&format=json&page=0&page-size=100",
                Reply.ok("{\"unitId\": \"011212001011\", \"unitName\": \"Bochnia\", \"links\": {},"
                        + " \"results\": [ {\"id\": 72305, \"values\": [ {\"year\": \"2023\", \"val\": 29611, \"attrId\": 1} ]} ]}"));

        Batch bochnia = source.fetch(BdlFixtures.niepolomice(TerritoryCode.of(CodeScheme.PL_TERYT, "1201011")));

        assertThat(values(bochnia)).containsExactly("LUDNOSC@2023=29611");
        assertThat(paths()).containsExactly(UNITS_LEVEL_2, GMINY_0, GMINY_1, DATA_0, DATA_1,
                "data/by-unit/011212001011?var-id=72305&var-id=79214&format=json&page=0&page-size=100");
    }

    @Test
    void aConfiguredUnitIdIsUsedWithoutListingUnits() {
        Batch batch = source().unit("1219043", "011212019043").build().fetch(BdlFixtures.niepolomice());

        assertThat(values(batch)).containsExactlyElementsOf(EXPECTED);
        assertThat(paths()).containsExactly(DATA_0, DATA_1);
    }

    @Test
    void aSecondFetchIsAnsweredFromTheCacheUntilItsTimeToLivePasses() {
        BdlIndicatorSource source = source().settings(SETTINGS.withCache(Duration.ofMinutes(30), 16)).build();
        source.fetch(BdlFixtures.niepolomice());
        clock.advance(Duration.ofMinutes(29));

        Batch cached = source.fetch(BdlFixtures.niepolomice());

        assertThat(server.requests()).hasSize(5);
        assertThat(cached.retrievedAt()).isEqualTo(NOW);
        assertThat(cached.observations()).extracting(Observation::recordedAt).containsOnly(NOW);
        clock.advance(Duration.ofMinutes(2));
        Batch fresh = source.fetch(BdlFixtures.niepolomice());
        assertThat(server.requests()).hasSize(10);
        assertThat(fresh.retrievedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(31)));
        assertThat(fresh.observations()).extracting(Observation::recordedAt).containsOnly(NOW.plus(Duration.ofMinutes(31)));
        assertThat(values(fresh)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutAsItsRetryAfterAsks() {
        server.on(DATA_1, Reply.status(429, "{\"message\":\"limit\"}").withHeader("Retry-After", "7"), Reply.ok(server.fixture("/bdl/by-unit-niepolomice-1.json")));

        Batch batch = source().build().fetch(BdlFixtures.niepolomice());

        assertThat(values(batch)).containsExactlyElementsOf(EXPECTED);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(paths()).containsExactly(UNITS_LEVEL_2, GMINY_0, GMINY_1, DATA_0, DATA_1, DATA_1);
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsWaitedOutToo() {
        // NOW is Monday 2 March 2026, 09:15:00 UTC; the service asks to come back 45 s later
        server.on(DATA_0, Reply.status(429, "").withHeader("Retry-After", "Mon, 02 Mar 2026 09:15:45 GMT"),
                Reply.ok(server.fixture("/bdl/by-unit-niepolomice-0.json")));

        Batch batch = source().build().fetch(BdlFixtures.niepolomice());

        assertThat(values(batch)).containsExactlyElementsOf(EXPECTED);
        assertThat(waits).containsExactly(Duration.ofSeconds(45));
    }

    @Test
    void aTooManyRequestsAnswerWithoutRetryAfterWaitsTheBackOff() {
        server.on(DATA_0, Reply.status(429, ""), Reply.status(429, ""), Reply.ok(server.fixture("/bdl/by-unit-niepolomice-0.json")));

        source().build().fetch(BdlFixtures.niepolomice());

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterLongerThanTheConfiguredMaximumFailsAtOnceAndSaysSo() {
        server.on(DATA_0, Reply.status(429, "").withHeader("Retry-After", "3600"));

        SourceFailureException e = catchThrowableOfType(SourceFailureException.class, () -> source().build().fetch(BdlFixtures.niepolomice()));

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.uri()).isEqualTo(server.base().resolve(DATA_0));
        assertThat(e).hasMessage("GET " + server.base() + DATA_0 + " (HTTP 429): the service limits the rate of requests and asks to wait 3600 s"
                + " (Retry-After), longer than the 60 s this source is configured to wait");
        assertThat(waits).isEmpty();
    }

    @Test
    void requestsKeepTheMinimumIntervalOfTheSettings() {
        source().settings(SETTINGS.withThrottling(Duration.ofMinutes(1), Duration.ofMillis(250))).unit("1219043", "011212019043").build()
                .fetch(BdlFixtures.niepolomice());

        // the clock stands still, so the second request waits the whole interval
        assertThat(waits).containsExactly(Duration.ofMillis(250));
    }

    @Test
    void serverErrorsAreRetriedWithADoublingBackOff() {
        server.on(DATA_0, Reply.status(503, "{\"message\":\"przerwa techniczna\"}"), Reply.status(502, "<html>Bad gateway</html>"),
                Reply.ok(server.fixture("/bdl/by-unit-niepolomice-0.json")));

        Batch batch = source().build().fetch(BdlFixtures.niepolomice());

        assertThat(values(batch)).containsExactlyElementsOf(EXPECTED);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aServiceThatKeepsFailingIsGivenUpAfterTheLastAttemptWithItsAnswer() {
        server.on(DATA_0, Reply.status(503, "{\"message\":\"przerwa techniczna\"}"));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + DATA_0 + " (HTTP 503): the service failed (503) 3 time(s):"
                        + " '{\"message\":\"przerwa techniczna\"}'; gave up after 3 attempt(s)");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRequestThatTimesOutIsTriedAgain() {
        server.on(DATA_0, new Reply(200, Map.of(), server.fixture("/bdl/by-unit-niepolomice-0.json"), 3000),
                Reply.ok(server.fixture("/bdl/by-unit-niepolomice-0.json")));

        Batch batch = source().settings(SETTINGS.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300))).build()
                .fetch(BdlFixtures.niepolomice());

        assertThat(values(batch)).containsExactlyElementsOf(EXPECTED);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aServerThatIsNotThereIsNamedAfterTheLastAttempt() {
        var gone = FixtureServer.start();
        var base = gone.base();
        gone.close();

        SourceFailureException e = catchThrowableOfType(SourceFailureException.class, () -> BdlIndicatorSource.builder().baseUrl(base).settings(SETTINGS).clock(clock)
                .sleeper(waits::add).build().fetch(BdlFixtures.niepolomice()));

        assertThat(e.status()).isEqualTo(SourceFailureException.NO_ANSWER);
        assertThat(e.getMessage()).startsWith("GET " + base + UNITS_LEVEL_2 + ": no answer (").endsWith("3 time(s); gave up after 3 attempt(s)");
    }

    @Test
    void aBodyThatIsNotJsonNamesTheUrlAndWhere() {
        server.on(DATA_1, Reply.ok("{\"results\": [ {\"id\": 79214, \"values\": [ {\"year\": \"2022\", "));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageStartingWith("GET " + server.base() + DATA_1 + " (HTTP 200): the body is not valid JSON at line 1, column ")
                .hasMessageContaining("it starts with '{\"results\": [");
    }

    @Test
    void aBodyOfTheWrongShapeNamesEveryFieldThatIsWrong() {
        server.on(DATA_1, Reply.ok("""
                {"unitId": "011212019043", "links": {},
                 "results": [ {"id": 79214, "values": [ {"year": 2022, "val": 3.1, "attrId": 1}, {"year": "2023", "val": "2,8", "attrId": 1} ]} ]}
                """));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + DATA_0 + " (HTTP 200): page 2 is not a BDL by-unit answer:"
                        + " results[0].values[0].year: must be a year written as text, such as \"2019\", was 2022;"
                        + " results[0].values[1].val: must be a number, was \"2,8\"");
    }

    @Test
    void anAnswerForAnotherUnitIsRefused() {
        server.on(DATA_0, Reply.ok(server.fixture("/bdl/by-unit-niepolomice-0.json").replace("\"unitId\": \"011212019043\"", "\"unitId\": \"011212001011\"")));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageContaining("page 1 is not a BDL by-unit answer: unitId: is 011212001011, but unit 011212019043 was asked for");
    }

    @Test
    void aNextPageOnAnotherServerIsNotFollowed() {
        server.on(DATA_0, Reply.ok(server.fixture("/bdl/by-unit-niepolomice-0.json").replace(server.base() + "data/by-unit/011212019043?var-id=72305&var-id=79214&format=json&page=1",
                "http://elsewhere.invalid:8080/api/v1/data/by-unit/011212019043?var-id=72305&var-id=79214&format=json&page=1")));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessageContaining("links.next points to another server (http://elsewhere.invalid:8080); only pages of http://127.0.0.1:");
    }

    @Test
    void pagesThatLinkInACircleAreAnError() {
        server.on(DATA_1, Reply.ok(server.fixture("/bdl/by-unit-niepolomice-1.json")
                .replace("\"self\": \"" + server.base() + DATA_1 + "\"", "\"self\": \"x\", \"next\": \"" + server.base() + DATA_0 + "\"")));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + DATA_0 + " (HTTP 200): the pages go round in a circle: links.next points back to a page"
                        + " already read");
    }

    @Test
    void aTerytCodeBdlDoesNotKnowIsNamedWithTheListThatWasSearched() {
        var strategy = BdlFixtures.niepolomice(TerritoryCode.of(CodeScheme.PL_TERYT, "1219099"));

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> source().build().fetch(strategy));

        assertThat(e.problems()).singleElement().hasToString("territory.code: TERYT 1219099 is not known to GUS BDL: no gmina with this code"
                + " among the 3 units listed at " + server.base() + GMINY_0);
    }

    @Test
    void aVoivodeshipBdlDoesNotKnowIsNamedToo() {
        var strategy = BdlFixtures.niepolomice(TerritoryCode.of(CodeScheme.PL_TERYT, "3019043"));

        assertThatThrownBy(() -> source().build().fetch(strategy))
                .isInstanceOf(ValidationException.class)
                .hasMessage("territory.code: TERYT 30 is not known to GUS BDL: no województwo with this code among the 2 units listed at "
                        + server.base() + UNITS_LEVEL_2);
    }

    @Test
    void aTerritoryWithoutTerytIsRefusedBeforeAnyRequest() {
        var strategy = BdlFixtures.niepolomice(TerritoryCode.of(CodeScheme.CZ_ZUJ, "595209"));

        assertThatThrownBy(() -> source().build().fetch(strategy))
                .isInstanceOf(ValidationException.class)
                .hasMessage("territory.code: 'CZ_ZUJ:595209' is not a TERYT code: GUS BDL has values for Polish units only, and indicators"
                        + " LUDNOSC, BEZROBOCIE ask for BDL variables");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aResourceTheServiceDoesNotKnowFailsAtOnceWithItsAnswer() {
        server.on(DATA_0, Reply.status(404, "{\"errors\":[\"Unit not found\"]}"));

        assertThatThrownBy(() -> source().build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + DATA_0 + " (HTTP 404): the service does not know this resource: '{\"errors\":[\"Unit not found\"]}'");
        assertThat(waits).isEmpty();
    }

    @Test
    void aRefusedKeyIsSaid() {
        server.on(UNITS_LEVEL_2, Reply.status(403, ""));

        assertThatThrownBy(() -> source().apiKey("zly-klucz").build().fetch(BdlFixtures.niepolomice()))
                .isInstanceOf(SourceFailureException.class)
                .hasMessage("GET " + server.base() + UNITS_LEVEL_2 + " (HTTP 403): the service refused the request (check the API key): (an empty body)");
    }

    @Test
    void theTerytCodeOfAUnitIdFollowsTheCharacterRule() {
        assertThat(BdlIndicatorSource.terytOf("011212001011")).isEqualTo("1201011");
        assertThat(BdlIndicatorSource.terytOf("011212019043")).isEqualTo("1219043");
        assertThat(BdlIndicatorSource.terytOf("011212001000")).isEqualTo("1201");
        assertThat(BdlIndicatorSource.terytOf("011200000000")).isEqualTo("12");
        assertThat(BdlIndicatorSource.terytOf("011212000000")).isNull();
        assertThat(BdlIndicatorSource.terytOf("010000000000")).isNull();
        assertThatThrownBy(() -> BdlIndicatorSource.terytOf("1219043")).hasMessageContaining("not a BDL unit id of 12 digits");
    }

    @Test
    void aConfiguredUnitMustHaveItsTerytCode() {
        assertThatThrownBy(() -> BdlIndicatorSource.builder().unit("1219043", "011212001011"))
                .hasMessage("BDL unit 011212001011 has TERYT code 1201011, not 1219043");
    }

    @Test
    void theBackOffDoublesUpToItsMaximum() {
        HttpSettings s = HttpSettings.defaults().withRetries(6, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(List.of(s.backoff(1), s.backoff(2), s.backoff(3), s.backoff(4), s.backoff(5)))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
    }
}
