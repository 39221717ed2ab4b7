package eu.strateg.examples.reliability;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs fuzzed input through the code under test on a worker thread, so that a hang fails the try instead of the build. */
public final class Bounded {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    });
    /**
     * A hang is no answer within this time. Not 10 s: picocli needs 1–3.5 s (in the process, warm) to reject an argument
     * file that expands into 5,000 words ({@code @strategy.json}), and on a loaded 2-core machine that went past 10 s.
     */
    private static final long SECONDS = 30;

    private Bounded() {
    }

    /** What came out of one run: a normal return, or what was thrown (an Error included). */
    public record Outcome(Throwable thrown) {
        public boolean normal() {
            return thrown == null;
        }
    }

    /** Runs the action with a time limit; a hang or an interrupted wait is an {@link AssertionError}. */
    public static Outcome run(Runnable action, String input) {
        Future<?> f = WORKER.submit(action);
        try {
            f.get(SECONDS, TimeUnit.SECONDS);
            return new Outcome(null);
        } catch (ExecutionException e) {
            return new Outcome(e.getCause());
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer within " + SECONDS + " s (a hang) for input: " + input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
