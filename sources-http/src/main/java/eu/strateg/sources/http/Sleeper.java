package eu.strateg.sources.http;

import java.time.Duration;

/** Waits between retries and requests; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    /** The real wait, {@link Thread#sleep(long)}. */
    Sleeper THREAD = d -> Thread.sleep(d.toMillis());

    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
}
