package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Optimistic locking under real concurrency: one winner per revision, and no edit lost. */
class ConcurrentSaveTest {

    private static final int ROUNDS = 10;
    private static final int THREADS = 4;
    private static final int EDITS_PER_THREAD = 15;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void ofTwoConcurrentSavesWithTheSameExpectedRevisionExactlyOneWins(Engine engine) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TestDatabases.Opened db = TestDatabases.open(engine)) {
            JdbcStrategyRepository repository = db.jdbc().strategies();
            Strategy current = ExampleStrategies.smallTown();
            for (int round = 0; round < ROUNDS; round++) {
                long expected = current.revision();
                Strategy base = current;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Strategy>> saves = new ArrayList<>();
                for (String who : List.of("Alice", "Bob")) {
                    saves.add(pool.submit(() -> {
                        start.await();
                        return repository.save(base.withTitle(who + " " + expected), expected);
                    }));
                }
                start.countDown();

                List<Strategy> won = new ArrayList<>();
                List<RevisionConflictException> lost = new ArrayList<>();
                for (Future<Strategy> f : saves) {
                    try {
                        won.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        lost.add((RevisionConflictException) e.getCause());
                    }
                }
                assertThat(won).as("round %d", round).hasSize(1);
                assertThat(lost).as("round %d", round).singleElement().satisfies(c -> {
                    assertThat(c.expectedRevision()).isEqualTo(expected);
                    assertThat(c.actualRevision()).isEqualTo(expected + 1);
                });
                current = won.get(0);
                assertThat(repository.find(current.id())).contains(current);
            }
            assertThat(repository.history(current.id())).hasSize(ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void severalThreadsMakingManyEditsLoseNoUpdate(Engine engine) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (TestDatabases.Opened db = TestDatabases.open(engine)) {
            JdbcStrategyRepository repository = db.jdbc().strategies();
            Strategy first = repository.save(ExampleStrategies.smallTown(), 0);
            List<Callable<Integer>> editors = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                editors.add(() -> edit(repository, first.id(), thread));
            }

            for (Future<Integer> f : pool.invokeAll(editors)) {
                f.get();
            }

            // Each edit adds its own element; a lost update would drop one.
            Strategy last = repository.find(first.id()).orElseThrow();
            List<String> expected = new ArrayList<>(first.elements().stream().map(Element::code).toList());
            for (int t = 0; t < THREADS; t++) {
                for (int i = 0; i < EDITS_PER_THREAD; i++) {
                    expected.add("T" + t + "-" + i);
                }
            }
            assertThat(last.elements()).extracting(Element::code).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(last.revision()).isEqualTo(1 + THREADS * EDITS_PER_THREAD);
            assertThat(repository.history(first.id())).hasSize(1 + THREADS * EDITS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds this thread's elements one save at a time, reloading and retrying after each conflict; returns the conflicts. */
    private static int edit(JdbcStrategyRepository repository, StrategyId id, int thread) {
        int conflicts = 0;
        for (int i = 0; i < EDITS_PER_THREAD; i++) {
            while (true) {
                Strategy s = repository.find(id).orElseThrow();
                List<Element> elements = new ArrayList<>(s.elements());
                elements.add(Element.of("T" + thread + "-" + i, null, ElementKind.PRIORITY_AREA, "Added by thread " + thread));
                try {
                    repository.save(s.withElements(elements), s.revision());
                    break;
                } catch (RevisionConflictException e) {
                    conflicts++;
                }
            }
        }
        return conflicts;
    }
}
