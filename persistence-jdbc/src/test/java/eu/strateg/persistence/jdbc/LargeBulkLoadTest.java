package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million observations into PostgreSQL through the adapter (COPY path), then the same data again, which must
 * change nothing. Run with {@code mvn -Plarge -pl persistence-jdbc -am verify}; prints the times, asserts none.
 */
@Tag("large")
class LargeBulkLoadTest {

    private static final int INDICATORS = 50;
    private static final int DISTRICTS = 20;
    private static final int DAYS = 1000;
    private static final long TOTAL = (long) INDICATORS * DISTRICTS * DAYS;

    @Test
    void loadsAMillionObservationsAndAReloadOfTheSameDataChangesNothing() {
        try (TestDatabases.Opened db = TestDatabases.open(Engine.POSTGRES)) {
            StrategyId id = db.jdbc().strategies().save(ExampleStrategies.smallTown(), 0).id();
            JdbcObservationStore store = db.jdbc().observations();

            List<Observation> file = generate();
            long t0 = System.nanoTime();
            UpsertResult first = store.upsert(id, file);
            long t1 = System.nanoTime();

            assertThat(first).isEqualTo(new UpsertResult(TOTAL, 0, 0));
            assertThat(store.count(id)).isEqualTo(TOTAL);

            List<Observation> sameFileAgain = generate();
            long t2 = System.nanoTime();
            UpsertResult again = store.upsert(id, sameFileAgain);
            long t3 = System.nanoTime();

            assertThat(again).isEqualTo(new UpsertResult(0, 0, TOTAL));
            assertThat(Rows.count(db.raw(), "SELECT COUNT(*) FROM observation")).isEqualTo(TOTAL);

            AtomicLong read = new AtomicLong();
            long t4 = System.nanoTime();
            store.forEach(ObservationQuery.all(id), o -> read.incrementAndGet());
            long t5 = System.nanoTime();
            assertThat(read.get()).isEqualTo(TOTAL);

            System.out.printf("bulk load of %,d observations into PostgreSQL: %.1f s; reload (all unchanged): %.1f s; read all: %.1f s%n",
                    TOTAL, (t1 - t0) / 1e9, (t3 - t2) / 1e9, (t5 - t4) / 1e9);
        }
    }

    /** The same million observations each time, as a file read twice would give them. */
    private static List<Observation> generate() {
        List<Observation> out = new ArrayList<>((int) TOTAL);
        LocalDate start = LocalDate.of(2020, 1, 1);
        List<Period> days = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            days.add(Period.day(start.plusDays(d)));
        }
        long n = 0;
        for (int i = 0; i < INDICATORS; i++) {
            String code = String.format("IND-%02d", i);
            for (int k = 0; k < DISTRICTS; k++) {
                TreeMap<String, String> district = new TreeMap<>();
                district.put("district", String.format("D%02d", k));
                for (Period day : days) {
                    out.add(new Observation(code, day, BigDecimal.valueOf(n++ % 1_000_000, 2), district, ObservationStatus.FINAL,
                            "ČSÚ", null, null));
                }
            }
        }
        return out;
    }
}
