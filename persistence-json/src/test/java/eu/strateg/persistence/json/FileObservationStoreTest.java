package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.testkit.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The observation log on disk: append-only, batches all or nothing, other writers' appends seen. */
class FileObservationStoreTest {

    private static final StrategyId KYJOV = StrategyId.of("kyjov-2030");

    @TempDir
    Path root;

    private final MutableClock clock = MutableClock.standard();

    private Path log() {
        return root.resolve("kyjov-2030").resolve(FileObservationStore.LOG);
    }

    @Test
    void theLogOnlyGrowsAndKeepsEveryVersion() throws IOException {
        FileObservationStore store = new FileObservationStore(root, clock);
        store.upsert(KYJOV, List.of(Observation.of("OBYV", "2023", "10844")));
        String first = Files.readString(log());
        clock.advance(Duration.ofDays(1));
        store.upsert(KYJOV, List.of(Observation.of("OBYV", "2023", "10845")));

        String both = Files.readString(log());
        assertThat(both).startsWith(first);
        assertThat(both.lines()).hasSize(4);
        assertThat(both.lines().filter(l -> l.startsWith("{\"commit\":"))).containsExactly("{\"commit\":1}", "{\"commit\":1}");
    }

    @Test
    void aBatchTornByACrashIsIgnoredAndCutOffBeforeTheNextAppend() throws IOException {
        new FileObservationStore(root, clock).upsert(KYJOV, List.of(Observation.of("OBYV", "2023", "10844")));
        // a crash after writing a line of the next batch but before its commit line
        Files.writeString(log(), "{\"indicator\":\"OBYV\",\"period\":\"2024\",\"value\":1}\n{\"indic", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        FileObservationStore reopened = new FileObservationStore(root, clock);
        assertThat(reopened.find(ObservationQuery.all(KYJOV))).extracting(o -> o.period().toString()).containsExactly("2023");
        UpsertResult r = reopened.upsert(KYJOV, List.of(Observation.of("OBYV", "2024", "10799")));

        assertThat(r).isEqualTo(new UpsertResult(1, 0, 0));
        assertThat(Files.readString(log())).doesNotContain("\"value\":1}").doesNotContain("{\"indic\n");
        assertThat(new FileObservationStore(root, clock).find(ObservationQuery.all(KYJOV)))
                .extracting(o -> o.period() + "=" + o.value()).containsExactly("2023=10844", "2024=10799");
    }

    @Test
    void anotherStoreInstanceSeesAppendsMadeAfterItFirstRead() {
        FileObservationStore a = new FileObservationStore(root, clock);
        FileObservationStore b = new FileObservationStore(root, clock);
        a.upsert(KYJOV, List.of(Observation.of("OBYV", "2023", "10844")));
        assertThat(b.count(KYJOV)).isEqualTo(1);

        a.upsert(KYJOV, List.of(Observation.of("OBYV", "2024", "10799")));

        assertThat(b.count(KYJOV)).isEqualTo(2);
        assertThat(b.upsert(KYJOV, List.of(Observation.of("OBYV", "2024", "10799")))).isEqualTo(new UpsertResult(0, 0, 1));
    }

    @Test
    void concurrentUpsertsFromSeparateInstancesLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<UpsertResult>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            FileObservationStore store = new FileObservationStore(root, clock);
            results.add(pool.submit(() -> {
                UpsertResult total = UpsertResult.NONE;
                for (int i = 0; i < 25; i++) {
                    total = total.plus(store.upsert(KYJOV, List.of(Observation.of("IND-" + thread, String.valueOf(2000 + i), "1"))));
                }
                return total;
            }));
        }
        long inserted = 0;
        for (Future<UpsertResult> f : results) {
            inserted += f.get().inserted();
        }
        pool.shutdown();

        assertThat(inserted).isEqualTo(100);
        assertThat(new FileObservationStore(root, clock).count(KYJOV)).isEqualTo(100);
    }

    @Test
    void readingAStrategyWithoutObservationsCreatesNothing() throws IOException {
        FileObservationStore store = new FileObservationStore(root, clock);

        assertThat(store.find(ObservationQuery.all(KYJOV))).isEmpty();
        assertThat(store.count(KYJOV)).isZero();
        try (var files = Files.list(root)) {
            assertThat(files).isEmpty();
        }
    }
}
