package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store behaves exactly like the reference {@link InMemoryObservationStore}: the same counts for every
 * batch (new, corrected, unchanged, with series repeated inside a batch), the same current values, the same values
 * as of every past instant, the same histories. Covers every load path: COPY straight into the table, COPY through
 * the staging table, and JDBC batches.
 */
class SameAsInMemoryPropertyTest {

    private static final Map<Engine, TestDatabases.Opened> DATABASES = new EnumMap<>(Engine.class);
    private static final AtomicInteger STRATEGIES = new AtomicInteger();
    private static final List<String> INDICATORS = List.of("A", "B");
    private static final List<Map<String, String>> SERIES = List.of(Map.of(), Map.of("district", "Sever"));
    private static final List<Period> PERIODS = List.of(Period.year(2021), Period.quarter(2021, 1), Period.year(2022));
    private static final List<String> VALUES = List.of("1", "1.0", "2.50", "-3", "1E+3");

    @BeforeAll
    static void open() {
        for (Engine engine : Engine.values()) {
            DATABASES.put(engine, TestDatabases.open(engine));
        }
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(TestDatabases.Opened::close);
    }

    private record Case(Engine engine, List<List<Observation>> batches) {
    }

    @Test
    void everyBatchGivesWhatTheInMemoryStoreGives() {
        Gen<Engine> engines = Gen.of(Engine.class);
        Gen<List<List<Observation>>> batches = batches();
        Property.forAll(40, r -> new Case(engines.next(r), batches.next(r)), c -> sameAsInMemory(c.engine(), c.batches()));
    }

    private static void sameAsInMemory(Engine engine, List<List<Observation>> batches) {
        MutableClock clock = MutableClock.standard();
        InMemoryObservationStore reference = new InMemoryObservationStore(clock);
        JdbcObservationStore store = DATABASES.get(engine).jdbc().withClock(clock).observations();
        StrategyId id = StrategyId.of("p" + STRATEGIES.incrementAndGet());
        List<Instant> instants = new ArrayList<>();

        for (List<Observation> batch : batches) {
            instants.add(clock.instant());
            assertThat(store.upsert(id, batch)).isEqualTo(reference.upsert(id, batch));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(store.find(ObservationQuery.all(id))).isEqualTo(reference.find(ObservationQuery.all(id)));
        for (Instant at : instants) {
            assertThat(store.find(ObservationQuery.all(id).asOf(at))).isEqualTo(reference.find(ObservationQuery.all(id).asOf(at)));
        }
        for (String indicator : INDICATORS) {
            for (Map<String, String> series : SERIES) {
                SeriesKey key = new SeriesKey(indicator, new java.util.TreeMap<>(series));
                for (Period period : PERIODS) {
                    assertThat(store.history(id, key, period)).isEqualTo(reference.history(id, key, period));
                }
            }
        }
        assertThat(store.count(id)).isEqualTo(reference.count(id));
    }

    private static Gen<List<List<Observation>>> batches() {
        Gen<String> indicators = Gen.of(INDICATORS);
        Gen<Map<String, String>> series = Gen.of(SERIES);
        Gen<Period> periods = Gen.of(PERIODS);
        Gen<String> values = Gen.of(VALUES);
        Gen<ObservationStatus> statuses = Gen.of(ObservationStatus.FINAL, ObservationStatus.PROVISIONAL);
        Gen<String> sources = Gen.of("ČSÚ", "GUS");
        Gen<Observation> observation = r -> {
            String indicator = indicators.next(r);
            Map<String, String> dimensions = series.next(r);
            Period period = periods.next(r);
            String value = values.next(r);
            ObservationStatus status = statuses.next(r);
            String source = sources.next(r);
            return new Observation(indicator, period, new BigDecimal(value), new java.util.TreeMap<>(dimensions), status,
                    "GUS".equals(source) ? null : source, null, null);
        };
        return observation.list(1, 12).list(1, 4);
    }
}
