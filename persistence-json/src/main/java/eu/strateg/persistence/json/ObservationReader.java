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

    /**
     * The default cap of {@link #readAll(Consumer, long)}: two million observations, about 400 MB in memory once read,
     * far above a town's whole history (a few thousand) and a region's (a few hundred thousand).
     */
    long DEFAULT_MAX_OBSERVATIONS = 2_000_000;

    /** The physical line (1-based) where the observation last returned by {@link #next()} starts. */
    long line();

    @Override
    void close();

    /**
     * The default text budget of {@link #readAll(Consumer, long)}: 200 million characters of text (indicator codes,
     * disaggregation names and values, sources and notes) over all observations read, at most about 400 MB in memory.
     * The observation cap alone does not bound memory: two million observations with 20,000-character notes would hold
     * 40 billion characters. A region's real history holds a few dozen characters per observation.
     */
    long DEFAULT_MAX_TEXT_CHARACTERS = 200_000_000;

    /**
     * Like {@link #readAll(Consumer)} but stops with a {@link ValidationException} at the observation after the first
     * {@code maxObservations}, or at the one that takes the text over {@link #DEFAULT_MAX_TEXT_CHARACTERS}: a caller
     * that collects what it reads (to upsert it at once) cannot run out of memory.
     */
    default long readAll(Consumer<? super Observation> sink, long maxObservations) {
        return readAll(sink, maxObservations, DEFAULT_MAX_TEXT_CHARACTERS);
    }

    /** Like {@link #readAll(Consumer, long)} with a text budget of {@code maxTextCharacters} characters. */
    default long readAll(Consumer<? super Observation> sink, long maxObservations, long maxTextCharacters) {
        long n = 0;
        long characters = 0;
        try (this) {
            while (hasNext()) {
                Observation o = next();
                if (n == maxObservations) {
                    throw ValidationException.of("line " + line(), "the file has more than %d observations, the limit of one import; "
                            + "split it or raise the limit", maxObservations);
                }
                characters += textLength(o);
                if (characters > maxTextCharacters) {
                    throw ValidationException.of("line " + line(), "the observations up to this line hold more than %d characters of text "
                            + "(notes, sources, disaggregation), the limit of one import; split the file or raise the limit", maxTextCharacters);
                }
                sink.accept(o);
                n++;
            }
        }
        return n;
    }

    private static long textLength(Observation o) {
        long n = o.indicatorCode().length();
        for (var e : o.disaggregation().entrySet()) {
            n += e.getKey().length() + e.getValue().length();
        }
        return n + (o.source() == null ? 0 : o.source().length()) + (o.note() == null ? 0 : o.note().length());
    }

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
