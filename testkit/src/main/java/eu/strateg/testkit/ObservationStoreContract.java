package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObservationStore} must do. Extend it in your adapter's tests and implement
 * {@link #newStorage(Clock)}; each test gets a fresh, empty storage in which the example strategies
 * {@code zdar-2030} and {@code lodz-2030} are saved first. The rules of time (versions, known-from, conflicts) are
 * in the part it extends, {@link ObservationTimeContract}.
 */
public abstract class ObservationStoreContract extends ObservationTimeContract {

    private static Observation obs(String indicator, String period, String value) {
        return Observation.of(indicator, period, value);
    }

    @Test
    void insertsNewValuesAndReturnsThemOrderedByIndicatorSeriesAndPeriod() {
        UpsertResult result = store.upsert(ZDAR, List.of(
                obs("WASTE-KG", "2021", "205.1"), obs("CYC-KM", "2022", "2.4"), obs("CYC-KM", "2020", "0"),
                obs("WASTE-KG", "2020", "210")));

        assertThat(result).isEqualTo(new UpsertResult(4, 0, 0));
        assertThat(store.find(ObservationQuery.all(ZDAR)))
                .extracting(o -> o.indicatorCode() + "@" + o.period() + "=" + o.value().toPlainString())
                .containsExactly("CYC-KM@2020=0", "CYC-KM@2022=2.4", "WASTE-KG@2020=210", "WASTE-KG@2021=205.1");
        assertThat(store.count(ZDAR)).isEqualTo(4);
    }

    @Test
    void upsertingTheSameBatchAgainChangesNothing() {
        List<Observation> batch = List.of(obs("CYC-KM", "2021", "1.2"), obs("CYC-KM", "2022", "2.4"),
                obs("WASTE-KG", "2021", "205.1").withStatus(ObservationStatus.PROVISIONAL).withSource("ČSÚ", "předběžný údaj"));
        store.upsert(ZDAR, batch);
        List<Observation> before = store.find(ObservationQuery.all(ZDAR));
        clock.advance(Duration.ofDays(1));

        UpsertResult again = store.upsert(ZDAR, batch);

        assertThat(again).isEqualTo(new UpsertResult(0, 0, 3));
        assertThat(store.find(ObservationQuery.all(ZDAR))).isEqualTo(before);
        assertThat(store.history(ZDAR, SeriesKey.headline("CYC-KM"), Period.year(2021))).hasSize(1);
    }

    @Test
    void aValueEqualInNumberIsUnchanged() {
        store.upsert(ZDAR, List.of(obs("CYC-KM", "2021", "5.0")));

        assertThat(store.upsert(ZDAR, List.of(obs("CYC-KM", "2021", "5.00")))).isEqualTo(new UpsertResult(0, 0, 1));
    }

    @Test
    void aCorrectionKeepsTheOldValueVisibleAsOfAnEarlierTime() {
        Instant t1 = clock.instant();
        store.upsert(ZDAR, List.of(obs("WASTE-KG", "2023", "190.0").withRecordedAt(t1)));
        Instant between = clock.advance(Duration.ofDays(10));
        Instant t2 = clock.advance(Duration.ofDays(10));

        UpsertResult result = store.upsert(ZDAR, List.of(obs("WASTE-KG", "2023", "187.5")));

        assertThat(result).isEqualTo(new UpsertResult(0, 1, 0));
        assertThat(single(ObservationQuery.all(ZDAR)).value()).isEqualByComparingTo("187.5");
        assertThat(single(ObservationQuery.all(ZDAR).asOf(between)).value()).isEqualByComparingTo("190.0");
        assertThat(single(ObservationQuery.all(ZDAR).asOf(t1)).value()).isEqualByComparingTo("190.0");
        assertThat(single(ObservationQuery.all(ZDAR).asOf(t2)).value()).isEqualByComparingTo("187.5");
        assertThat(store.find(ObservationQuery.all(ZDAR).asOf(t1.minusSeconds(1)))).isEmpty();
        List<Observation> history = store.history(ZDAR, SeriesKey.headline("WASTE-KG"), Period.year(2023));
        assertThat(history).extracting(o -> o.value().toPlainString()).containsExactly("190.0", "187.5");
        assertThat(history).extracting(Observation::recordedAt).containsExactly(t1, t2);
    }

    @Test
    void keepsAGivenRecordedAtAndDatesAFirstUndatedValueAfterItsPeriod() {
        Instant given = Instant.parse("2024-03-01T08:30:00Z");
        store.upsert(ZDAR, List.of(obs("CYC-KM", "2021", "1"), obs("CYC-KM", "2022", "2").withRecordedAt(given)));

        List<Observation> all = store.find(ObservationQuery.all(ZDAR));

        // 2021 ended on 2021-12-31: an undated first value is known from the next day (the clock's zone is UTC)
        assertThat(all).extracting(Observation::recordedAt).containsExactly(Instant.parse("2022-01-01T00:00:00Z"), given);
    }

    @Test
    void filtersByPeriodRange() {
        List<Observation> batch = new ArrayList<>();
        for (int y = 2018; y <= 2024; y++) {
            batch.add(obs("CYC-KM", String.valueOf(y), String.valueOf(y - 2018)));
        }
        batch.add(obs("CYC-KM", "2021-Q2", "3.3"));
        batch.add(obs("CYC-KM", "2023-12", "5.9"));
        batch.add(obs("CYC-KM", "2024-01", "6.1"));
        store.upsert(ZDAR, batch);

        List<Observation> found = store.find(ObservationQuery.all(ZDAR).between(Period.year(2021), Period.year(2023)));

        assertThat(found).extracting(o -> o.period().toString())
                .containsExactly("2021", "2021-Q2", "2022", "2023", "2023-12");
        assertThat(store.find(ObservationQuery.all(ZDAR).between(Period.year(2024), null)))
                .extracting(o -> o.period().toString()).containsExactly("2024-01", "2024"); // same start: the shorter period first
        assertThat(store.find(ObservationQuery.all(ZDAR).between(null, Period.year(2018))))
                .extracting(o -> o.period().toString()).containsExactly("2018");
    }

    @Test
    void filtersByIndicator() {
        store.upsert(ZDAR, List.of(obs("CYC-KM", "2021", "1"), obs("WASTE-KG", "2021", "200"), obs("POP", "2021", "20500")));

        assertThat(store.find(ObservationQuery.all(ZDAR).indicators(Set.of("POP", "CYC-KM"))))
                .extracting(Observation::indicatorCode).containsExactly("CYC-KM", "POP");
    }

    @Test
    void keepsDisaggregatedSeriesApartFromTheHeadline() {
        Observation total = obs("WASTE-KG", "2022", "198");
        Observation north = obs("WASTE-KG", "2022", "201").withDisaggregation(Map.of("district", "Sever"));
        Observation southF = obs("WASTE-KG", "2022", "190").withDisaggregation(Map.of("district", "Jih", "sex", "F"));

        assertThat(store.upsert(ZDAR, List.of(total, north, southF))).isEqualTo(new UpsertResult(3, 0, 0));

        List<Observation> all = store.find(ObservationQuery.all(ZDAR));
        assertThat(all).hasSize(3);
        assertThat(all).filteredOn(o -> o.disaggregation().isEmpty()).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualByComparingTo("198"));
        assertThat(all).filteredOn(o -> o.disaggregation().equals(new TreeMap<>(Map.of("district", "Jih", "sex", "F"))))
                .singleElement().satisfies(o -> assertThat(o.value()).isEqualByComparingTo("190"));
        assertThat(store.history(ZDAR, north.seriesKey(), Period.year(2022))).singleElement()
                .satisfies(o -> assertThat(o.disaggregation()).containsEntry("district", "Sever"));
    }

    @Test
    void keepsStrategiesApart() {
        store.upsert(ZDAR, List.of(obs("CYC-KM", "2021", "1")));
        store.upsert(LODZ, List.of(obs("UNEMP", "2021", "4.9")));

        assertThat(store.find(ObservationQuery.all(ZDAR))).extracting(Observation::indicatorCode).containsExactly("CYC-KM");
        assertThat(store.find(ObservationQuery.all(LODZ))).extracting(Observation::indicatorCode).containsExactly("UNEMP");
        assertThat(store.count(LODZ)).isEqualTo(1);
    }

    @Test
    void valuesAndTextsRoundTripExactly() {
        List<Observation> batch = List.of(
                obs("CYC-KM", "2021", "0.1"),
                obs("CYC-KM", "2022", "0.10"),
                obs("CYC-KM", "2023", "123456789012.345678"),
                obs("CYC-KM", "2024", "0.0000001"),
                obs("WASTE-KG", "2024-07-15", "-3.25").withStatus(ObservationStatus.ESTIMATE)
                        .withSource("Odhad: Žďár nad Sázavou; 'x'; DROP TABLE observation; --", "Łódź – źródło „ŻÓŁW“ 😀"));
        store.upsert(ZDAR, batch);

        List<Observation> found = store.find(ObservationQuery.all(ZDAR));

        assertThat(found).extracting(o -> o.value()).containsExactly(new BigDecimal("0.1"), new BigDecimal("0.10"),
                new BigDecimal("123456789012.345678"), new BigDecimal("0.0000001"), new BigDecimal("-3.25"));
        Observation last = found.get(4);
        assertThat(last.period()).isEqualTo(Period.parse("2024-07-15"));
        assertThat(last.status()).isEqualTo(ObservationStatus.ESTIMATE);
        assertThat(last.source()).isEqualTo("Odhad: Žďár nad Sázavou; 'x'; DROP TABLE observation; --");
        assertThat(last.note()).isEqualTo("Łódź – źródło „ŻÓŁW“ 😀");
    }

    @Test
    void aBatchWithAnInvalidEntryStoresNothing() {
        List<Observation> batch = Arrays.asList(obs("CYC-KM", "2021", "1"), null);

        assertThatThrownBy(() -> store.upsert(ZDAR, batch)).isInstanceOf(ValidationException.class);
        assertThat(store.find(ObservationQuery.all(ZDAR))).isEmpty();
    }

    @Test
    void forEachStreamsWhatFindReturns() {
        store.upsert(ZDAR, List.of(obs("CYC-KM", "2021", "1"), obs("CYC-KM", "2022", "2"), obs("WASTE-KG", "2021", "200")));
        List<Observation> streamed = new ArrayList<>();

        store.forEach(ObservationQuery.all(ZDAR).indicators(Set.of("CYC-KM")), streamed::add);

        assertThat(streamed).isEqualTo(store.find(ObservationQuery.all(ZDAR).indicators(Set.of("CYC-KM"))));
        assertThat(streamed).hasSize(2);
    }

    @Test
    void readsTheCurrentValuesOfManyStrategiesAsFindDoesOneByOne() {
        StrategyId empty = StrategyId.of("zdar-bez-hodnot");
        storage.strategies().save(ExampleStrategies.smallTown(empty.value()), 0);
        store.upsert(ZDAR, List.of(obs("WASTE-KG", "2022", "199"), obs("CYC-KM", "2021", "1.20"), obs("POP", "2022", "20480"),
                obs("CYC-KM", "2021", "3").withDisaggregation(Map.of("část", "Zámek")), obs("WASTE-KG", "2021", "205.1")));
        clock.advance(Duration.ofDays(1));
        store.upsert(ZDAR, List.of(obs("WASTE-KG", "2022", "198.5").withStatus(ObservationStatus.PROVISIONAL).withSource("ČSÚ", "oprava")));
        store.upsert(LODZ, List.of(obs("BEZROBOCIE", "2022", "4.1"), obs("WASTE-KG", "2022", "310")));
        List<StrategyId> asked = List.of(LODZ, StrategyId.of("unknown"), ZDAR, empty, LODZ);

        Map<StrategyId, List<Observation>> all = many(asked, Set.of());
        Map<StrategyId, List<Observation>> two = many(asked, Set.of("WASTE-KG", "CYC-KM"));

        // each strategy with values once, with what find gives (the correction, not the value it replaced)
        assertThat(all).containsOnlyKeys(ZDAR, LODZ);
        assertThat(all.get(ZDAR)).isEqualTo(store.find(ObservationQuery.all(ZDAR))).hasSize(5);
        assertThat(all.get(LODZ)).isEqualTo(store.find(ObservationQuery.all(LODZ))).hasSize(2);
        assertThat(two.get(ZDAR)).isEqualTo(store.find(ObservationQuery.all(ZDAR).indicators(Set.of("WASTE-KG", "CYC-KM"))))
                .extracting(o -> o.indicatorCode() + "@" + o.period() + "=" + o.value().toPlainString())
                .containsExactly("CYC-KM@2021=1.20", "CYC-KM@2021=3", "WASTE-KG@2021=205.1", "WASTE-KG@2022=198.5");
        assertThat(two.get(LODZ)).extracting(Observation::indicatorCode).containsExactly("WASTE-KG");
        assertThat(many(List.of(LODZ), Set.of("POP"))).isEmpty();
        assertThat(many(List.of(), Set.of())).isEmpty();
    }

    @Test
    void readsOnlyTheCurrentHeadlineAnnualValuesOfTheAskedCodes() {
        StrategyId other = StrategyId.of("zdar-neptana");
        storage.strategies().save(ExampleStrategies.smallTown(other.value()), 0);
        List<Observation> zdar = List.of(obs("WASTE-KG", "2021", "205.1"), obs("WASTE-KG", "2022", "199"), obs("CYC-KM", "2021", "1.20"),
                obs("WASTE-KG", "2022", "201").withDisaggregation(Map.of("district", "Sever")), obs("WASTE-KG", "2022-Q1", "50.5"),
                obs("WASTE-KG", "2022-H2", "99"), obs("CYC-KM", "2023-07", "0.4"), obs("CYC-KM", "2023-07-15", "0.1"),
                obs("POP", "2022", "20480"));
        store.upsert(ZDAR, zdar);
        clock.advance(Duration.ofDays(1));
        Observation correction = obs("WASTE-KG", "2022", "198.5").withStatus(ObservationStatus.PROVISIONAL).withSource("ČSÚ", "oprava");
        store.upsert(ZDAR, List.of(correction));
        store.upsert(LODZ, List.of(obs("WASTE-KG", "2022", "310"), obs("BEZROBOCIE", "2022", "4.1")));
        store.upsert(other, List.of(obs("WASTE-KG", "2022", "180")));
        List<StrategyId> asked = List.of(LODZ, StrategyId.of("unknown"), ZDAR, LODZ);

        // expected: of the stored batches, the headline values of a year of the asked codes, the correction in place of
        // the value it replaced; nothing of the strategy not asked for
        List<String> expected = new ArrayList<>();
        for (Observation o : zdar) {
            boolean replaced = o.indicatorCode().equals(correction.indicatorCode()) && o.period().equals(correction.period())
                    && o.disaggregation().isEmpty();
            Observation current = replaced ? correction : o;
            if (current.disaggregation().isEmpty() && current.period().type() == PeriodType.YEAR
                    && Set.of("WASTE-KG", "CYC-KM").contains(current.indicatorCode())) {
                expected.add(ZDAR + " " + current.indicatorCode() + " " + current.period().year() + " " + current.value().toPlainString());
            }
        }
        expected.add(LODZ + " WASTE-KG 2022 310");
        assertThat(expected).containsExactlyInAnyOrder("zdar-2030 WASTE-KG 2021 205.1", "zdar-2030 WASTE-KG 2022 198.5",
                "zdar-2030 CYC-KM 2021 1.20", "lodz-2030 WASTE-KG 2022 310");
        assertThat(annual(asked, Set.of("WASTE-KG", "CYC-KM"))).containsExactlyInAnyOrderElementsOf(expected);
        // empty codes: every indicator, as forEachStrategy
        assertThat(annual(List.of(LODZ), Set.of())).containsExactlyInAnyOrder("lodz-2030 WASTE-KG 2022 310", "lodz-2030 BEZROBOCIE 2022 4.1");
        assertThat(annual(List.of(LODZ), Set.of("POP"))).isEmpty();
        assertThat(annual(List.of(), Set.of())).isEmpty();
    }

    /** What {@code forEachAnnualValue} hands over, as "strategy code year value" (the value with its scale). */
    private List<String> annual(List<StrategyId> strategies, Set<String> codes) {
        List<String> out = new ArrayList<>();
        store.forEachAnnualValue(strategies, codes, (id, code, year, value) -> out.add(id + " " + code + " " + year + " " + value.toPlainString()));
        return out;
    }

    /** The strategies {@code forEachStrategy} hands over, failing when it hands one over twice. */
    private Map<StrategyId, List<Observation>> many(List<StrategyId> strategies, Set<String> codes) {
        Map<StrategyId, List<Observation>> out = new LinkedHashMap<>();
        store.forEachStrategy(strategies, codes, (id, values) -> assertThat(out.put(id, List.copyOf(values))).as("%s twice", id).isNull());
        return out;
    }

    private Observation single(ObservationQuery q) {
        List<Observation> found = store.find(q);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
