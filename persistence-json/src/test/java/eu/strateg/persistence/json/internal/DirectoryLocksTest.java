package eu.strateg.persistence.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-JVM locks exclude each other per file and leave nothing behind once released. */
class DirectoryLocksTest {

    @TempDir
    Path dir;

    @Test
    void aThousandDirectoriesLeaveNoEntryBehind() {
        for (int i = 0; i < 1000; i++) {
            DirectoryLocks.withLock(dir.resolve("lock-" + i), () -> null);
        }

        assertThat(DirectoryLocks.tracked()).isZero();
    }

    @Test
    void threadsOnOneFileRunOneAtATimeAndTheEntryGoesWhenTheLastLeaves() throws Exception {
        Path lock = dir.resolve(".lock");
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            done.add(pool.submit(() -> DirectoryLocks.withLock(lock, () -> {
                mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.yield();
                return inside.decrementAndGet();
            })));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(mostInside.get()).isEqualTo(1);
        assertThat(DirectoryLocks.tracked()).isZero();
    }
}
