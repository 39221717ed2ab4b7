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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

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

    @BeforeContainer
    static void open() {
        for (Engine engine : Engine.values()) {
            DATABASES.put(engine, TestDatabases.open(engine));
        }
    }

    @AfterContainer
    static void close() {
        DATABASES.values().forEach(TestDatabases.Opened::close);
    }

    @Property(tries = 40)
    void everyBatchGivesWhatTheInMemoryStoreGives(@ForAll Engine engine, @ForAll("batches") List<List<Observation>> batches) {
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

    @Provide
    Arbitrary<List<List<Observation>>> batches() {
        Arbitrary<Observation> observation = Combinators.combine(Arbitraries.of(INDICATORS), Arbitraries.of(SERIES),
                Arbitraries.of(PERIODS), Arbitraries.of(VALUES), Arbitraries.of(ObservationStatus.FINAL, ObservationStatus.PROVISIONAL),
                Arbitraries.of("ČSÚ", "GUS")).as((indicator, series, period, value, status, source) ->
                        new Observation(indicator, period, new BigDecimal(value), new java.util.TreeMap<>(series), status,
                                "GUS".equals(source) ? null : source, null, null));
        return observation.list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(4);
    }
}
