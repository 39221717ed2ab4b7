package eu.strateg.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stress tests any adapter can be put through: many threads editing one strategy, and many threads importing
 * overlapping observations. Each checks the adapter's promises (every edit saved or refused with a conflict, no edit
 * lost, imports equal to a serial import) with AssertJ and returns what it tried, for the reliability figures.
 */
public final class ConcurrencyStress {

    private ConcurrencyStress() {
    }

    /** What {@link #edits} tried: attempts, saves, conflicts and the revisions stored in the end. */
    public record Edits(int attempts, int saved, int conflicts, long revisions) {
    }

    /** What {@link #imports} tried: threads, batches upserted, values inserted and found unchanged, values stored. */
    public record Imports(int threads, int batches, long inserted, long unchanged, long values) {
    }

    /**
     * Saves {@code initial} as revision 1, then lets {@code threads} threads each make {@code editsPerThread} edits:
     * load the current revision, change its title, save with the loaded revision as expected. Checks that every
     * attempt was saved or refused with {@link RevisionConflictException}, that no two saves got the same revision,
     * that the history has exactly one revision per save, and that each saved edit is the content of its revision.
     */
    public static Edits edits(StrategyRepository repository, Strategy initial, int threads, int editsPerThread) throws Exception {
        StrategyId id = repository.save(initial, 0).id();
        Map<Long, String> savedTitles = new ConcurrentHashMap<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<Callable<Void>> editors = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            editors.add(() -> {
                for (int i = 0; i < editsPerThread; i++) {
                    Strategy current = repository.find(id).orElseThrow();
                    String title = "Editor " + thread + ", edit " + i;
                    try {
                        Strategy saved = repository.save(current.withTitle(title), current.revision());
                        assertThat(saved.revision()).isEqualTo(current.revision() + 1);
                        assertThat(savedTitles.putIfAbsent(saved.revision(), title)).as("a second save of revision %d", saved.revision())
                                .isNull();
                    } catch (RevisionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            });
        }
        runAll(editors);
        List<RevisionInfo> history = repository.history(id);
        assertThat(history).hasSize(1 + savedTitles.size());
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).revision()).isEqualTo(i + 1);
        }
        savedTitles.forEach((revision, title) -> assertThat(repository.find(id, revision).orElseThrow().title())
                .as("the edit saved as revision %d", revision).isEqualTo(title));
        assertThat(repository.find(id).orElseThrow().revision()).isEqualTo(history.size());
        int attempts = threads * editsPerThread;
        assertThat(savedTitles.size() + conflicts.get()).isEqualTo(attempts);
        return new Edits(attempts, savedTitles.size(), conflicts.get(), history.size());
    }

    /**
     * Lets {@code threads} threads upsert overlapping slices of one data set into {@code store} at once (thread t
     * takes half the data starting at t/threads of it, in batches of {@code batchSize}), imports the whole data set
     * serially into {@code reference}, and checks that both hold the same values, each with exactly one version, and
     * that the threads together inserted each value exactly once. The observations carry their recorded-at time, so
     * the stores' clocks do not matter.
     */
    public static Imports imports(ObservationStore store, ObservationStore reference, StrategyId id, List<Observation> data, int threads,
            int batchSize) throws Exception {
        List<Callable<UpsertResult>> importers = new ArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            List<Observation> slice = new ArrayList<>();
            int from = t * data.size() / threads;
            for (int i = 0; i < data.size() / 2; i++) {
                slice.add(data.get((from + i) % data.size()));
            }
            importers.add(() -> {
                UpsertResult sum = UpsertResult.NONE;
                for (int i = 0; i < slice.size(); i += batchSize) {
                    sum = sum.plus(store.upsert(id, slice.subList(i, Math.min(slice.size(), i + batchSize))));
                    batches.incrementAndGet();
                }
                return sum;
            });
        }
        UpsertResult total = runAll(importers).stream().reduce(UpsertResult.NONE, UpsertResult::plus);
        reference.upsert(id, data);
        List<Observation> expected = reference.find(ObservationQuery.all(id));
        List<Observation> actual = store.find(ObservationQuery.all(id));
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Observation e = expected.get(i);
            Observation a = actual.get(i);
            assertThat(a.seriesKey()).isEqualTo(e.seriesKey());
            assertThat(a.period()).isEqualTo(e.period());
            assertThat(a.value()).isEqualByComparingTo(e.value());
            assertThat(a.recordedAt()).isEqualTo(e.recordedAt());
            assertThat(store.history(id, a.seriesKey(), a.period())).as("versions of %s %s", a.seriesKey(), a.period()).hasSize(1);
        }
        assertThat(total.inserted()).as("values inserted by all threads together").isEqualTo(expected.size());
        assertThat(total.corrected()).isZero();
        assertThat(store.count(id)).isEqualTo(expected.size());
        return new Imports(threads, batches.get(), total.inserted(), total.unchanged(), actual.size());
    }

    /** A data set of {@code indicators} × 3 districts × {@code years} annual values, recorded at one instant. */
    public static List<Observation> dataSet(int indicators, int years) {
        List<Observation> out = new ArrayList<>();
        Instant recorded = Instant.parse("2025-01-15T08:00:00Z");
        for (int i = 0; i < indicators; i++) {
            for (String district : List.of("Klafar", "Stalingrad", "Libušín")) {
                for (int y = 0; y < years; y++) {
                    out.add(Observation.of("IND-" + i, String.valueOf(2000 + y), (i * 1000 + y) + ".25")
                            .withDisaggregation(Map.of("district", district)).withRecordedAt(recorded));
                }
            }
        }
        return out;
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    out.add(f.get(10, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw new AssertionError(e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
