package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The temporal model every {@link ObservationStore} implements (docs/temporal-model.md): which version of a value is
 * known at a time, when an undated value counts as known, what a re-import and a conflict do. Out-of-order,
 * duplicate and correction histories, and random histories checked against the model written out in
 * {@link TemporalModel}. Part of {@link ObservationStoreContract}; extend that one.
 */
public abstract class ObservationTimeContract {

    protected static final StrategyId ZDAR = StrategyId.of("zdar-2030");
    protected static final StrategyId LODZ = StrategyId.of("lodz-2030");

    protected MutableClock clock;
    protected ObservationStore store;
    protected Storage storage;

    /** A fresh, empty storage whose store takes "now" and the zone of its days from {@code clock}. */
    protected abstract Storage newStorage(Clock clock);

    @BeforeEach
    void openStore() {
        clock = MutableClock.standard();
        storage = newStorage(clock);
        storage.strategies().save(ExampleStrategies.smallTown(ZDAR.value()), 0);
        storage.strategies().save(ExampleStrategies.gmina(LODZ.value()), 0);
        store = storage.observations();
    }

    private static Observation obs(String indicator, String period, String value, String recordedAt) {
        Observation o = Observation.of(indicator, period, value);
        return recordedAt == null ? o : o.withRecordedAt(Instant.parse(recordedAt));
    }

    private String valueAsOf(String instant) {
        List<Observation> found = store.find(ObservationQuery.all(ZDAR).asOf(instant == null ? null : Instant.parse(instant)));
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).value().toPlainString();
    }

    @Test
    void versionsArrivingOutOfOrderAnswerWithTheGreatestRecordedAt() {
        // the 2024 census correction arrives first, the older provisional value afterwards
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", "2025-03-01T00:00:00Z")));
        UpsertResult late = store.upsert(ZDAR, List.of(obs("POP", "2023", "20512", "2024-02-01T00:00:00Z")));

        assertThat(late).isEqualTo(new UpsertResult(0, 1, 0));
        assertThat(valueAsOf(null)).isEqualTo("20480");
        assertThat(valueAsOf("2025-06-30T23:59:59Z")).isEqualTo("20480");
        assertThat(valueAsOf("2025-02-28T23:59:59Z")).isEqualTo("20512");
        assertThat(valueAsOf("2024-01-31T23:59:59Z")).isNull();
        assertThat(store.count(ZDAR)).isEqualTo(1);
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2023))).extracting(o -> o.value().toPlainString())
                .containsExactly("20512", "20480"); // oldest recorded first, whatever the order of arrival
    }

    @Test
    void aDifferentValueWithTheSameRecordedAtIsAConflictAndChangesNothing() {
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", "2024-03-01T08:00:00Z")));

        ValidationException e = catchThrowableOfType(() -> store.upsert(ZDAR, List.of(obs("POP", "2024", "20400", null),
                obs("POP", "2023", "20490", "2024-03-01T08:00:00Z"))), ValidationException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("observations[1]");
            assertThat(p.message()).contains("POP", "2023", "20490", "20480", "conflict");
        });
        assertThat(store.find(ObservationQuery.all(ZDAR))).extracting(o -> o.value().toPlainString()).containsExactly("20480");
    }

    @Test
    void theSameValueWithTheSameRecordedAtIsUnchanged() {
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", "2024-03-01T08:00:00Z")));

        assertThat(store.upsert(ZDAR, List.of(obs("POP", "2023", "20480.0", "2024-03-01T08:00:00Z")))).isEqualTo(new UpsertResult(0, 0, 1));
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2023))).hasSize(1);
    }

    @Test
    void aDatedValueEqualToTheOneInForceThenIsUnchanged() {
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", "2024-03-01T08:00:00Z")));

        assertThat(store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", "2024-09-01T08:00:00Z")))).isEqualTo(new UpsertResult(0, 0, 1));
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2023))).hasSize(1);
    }

    @Test
    void twoDifferentUndatedValuesInOneBatchAreAnErrorNamingBothRows() {
        ValidationException e = catchThrowableOfType(() -> store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", null),
                obs("CYC-KM", "2023", "4", null), obs("POP", "2023", "20490", null))), ValidationException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("observations[2]");
            assertThat(p.message()).contains("observations[0]", "20480", "20490");
        });
        assertThat(store.find(ObservationQuery.all(ZDAR))).isEmpty();
    }

    @Test
    void identicalRowsInOneBatchStoreOneVersion() {
        UpsertResult r = store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", null), obs("POP", "2023", "20480", null)));

        assertThat(r).isEqualTo(new UpsertResult(1, 0, 1));
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2023))).hasSize(1);
    }

    @Test
    void anUndatedFirstValueIsKnownFromTheDayAfterItsPeriodEnded() {
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", null), obs("CYC-KM", "2024-Q3", "4.5", null)));

        assertThat(store.find(ObservationQuery.all(ZDAR))).extracting(o -> o.period() + "@" + o.recordedAt())
                .containsExactly("2024-Q3@2024-10-01T00:00:00Z", "2023@2024-01-01T00:00:00Z");
        assertThat(store.find(ObservationQuery.all(ZDAR).asOf(Instant.parse("2023-12-31T23:59:59.999999Z")))).isEmpty();
    }

    @Test
    void anUndatedDifferentValueIsACorrectionKnownFromTheMomentItIsStored() {
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", null)));
        Instant before = clock.instant();
        Instant stored = clock.advance(Duration.ofDays(3));

        UpsertResult r = store.upsert(ZDAR, List.of(obs("POP", "2023", "20512", null)));

        assertThat(r).isEqualTo(new UpsertResult(0, 1, 0));
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2023))).extracting(Observation::recordedAt)
                .containsExactly(Instant.parse("2024-01-01T00:00:00Z"), stored);
        assertThat(valueAsOf(before.toString())).isEqualTo("20480");
        assertThat(valueAsOf(stored.toString())).isEqualTo("20512");
    }

    @Test
    void anUndatedCorrectionOfAPeriodNotYetEndedStillWins() {
        // the clock stands in January 2025: a first undated value of 2025 counts from 2026-01-01
        store.upsert(ZDAR, List.of(obs("POP", "2025", "20400", null)));

        store.upsert(ZDAR, List.of(obs("POP", "2025", "20410", null)));

        assertThat(valueAsOf(null)).isEqualTo("20410");
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2025))).extracting(Observation::recordedAt)
                .containsExactly(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00.000001Z"));
    }

    @Test
    void reloadingTheSameRowsChangesNothingAndARealCorrectionIsReportedAsOne() {
        List<Observation> file = List.of(obs("POP", "2022", "20500", null), obs("POP", "2023", "20480", null),
                obs("POP", "2023", "20470", "2024-05-01T00:00:00Z"), obs("CYC-KM", "2023", "4", "2024-02-01T00:00:00Z"));
        assertThat(store.upsert(ZDAR, file)).isEqualTo(new UpsertResult(3, 1, 0));
        clock.advance(Duration.ofDays(30));

        assertThat(store.upsert(ZDAR, file)).isEqualTo(new UpsertResult(0, 0, 4));
        assertThat(store.upsert(ZDAR, List.of(obs("POP", "2022", "20501", null)))).isEqualTo(new UpsertResult(0, 1, 0));
        assertThat(store.history(ZDAR, SeriesKey.headline("POP"), Period.year(2023))).hasSize(2);
    }

    @Test
    void recordedAtTimesAreKeptToTheMicrosecond() {
        store.upsert(ZDAR, List.of(obs("POP", "2023", "20480", "2024-03-01T08:00:00.123456789Z")));

        assertThat(store.find(ObservationQuery.all(ZDAR)).get(0).recordedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00.123456Z"));
    }

    @Test
    void randomHistoriesAgreeWithTheTemporalModel() {
        long seed = Long.getLong("strateg.seed", 20261203L);
        for (int c = 0; c < TemporalModel.CASES; c++) {
            StrategyId id = StrategyId.of("random-" + c);
            storage.strategies().save(ExampleStrategies.smallTown(id.value()), 0);
            new TemporalModel(seed, c, ZoneOffset.UTC).check(store, id, clock);
        }
    }
}
