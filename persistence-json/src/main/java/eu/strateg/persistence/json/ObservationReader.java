package eu.strateg.persistence.json;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.validation.ValidationException;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Observations read one at a time from a file (CSV or JSON Lines), never the whole file in memory.
 *
 * <p>Bad rows do not stop the reading at once: they are skipped and remembered, and {@link #hasNext()} throws one
 * {@link ValidationException} naming each bad row by its line ({@code line 17: period '2024-13' is not a period…})
 * when the input ends, or as soon as the problem cap is reached. Rows before a bad one have already been
 * delivered, so a caller that needs all-or-nothing (e.g. a store upsert) acts only after the reader is exhausted.
 * Closing the reader closes the underlying input.
 */
public interface ObservationReader extends Iterator<Observation>, AutoCloseable {

    /** The physical line (1-based) where the observation last returned by {@link #next()} starts. */
    long line();

    @Override
    void close();

    /** Reads everything to {@code sink}, then closes; returns how many observations were delivered. */
    default long readAll(Consumer<? super Observation> sink) {
        long n = 0;
        try (this) {
            while (hasNext()) {
                sink.accept(next());
                n++;
            }
        }
        return n;
    }
}
