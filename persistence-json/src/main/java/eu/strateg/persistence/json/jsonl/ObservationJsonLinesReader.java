package eu.strateg.persistence.json.jsonl;

import eu.strateg.core.observation.Observation;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.internal.ByteLines;
import eu.strateg.persistence.json.internal.ObservationLineCodec;
import eu.strateg.persistence.json.internal.RowProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * Reads observations from JSON Lines (UTF-8, one JSON object per line, blank lines ignored), streaming: only the
 * current line is in memory. The fields are those {@link ObservationJsonLinesWriter} writes; unknown fields are
 * rejected. See {@link ObservationReader} for how bad lines are reported.
 */
public final class ObservationJsonLinesReader implements ObservationReader {

    /** Problems reported before reading stops. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;
    /** Longest line accepted; an observation takes a few hundred bytes. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    private final InputStream in;
    private final ByteLines lines;
    private final ObservationLineCodec codec = new ObservationLineCodec();
    private final RowProblems problems;
    private Observation next;
    private long nextLine;
    private long currentLine;
    private boolean done;

    private ObservationJsonLinesReader(InputStream in, int maxProblems) {
        this.in = in;
        this.lines = new ByteLines(in, MAX_LINE_BYTES);
        this.problems = new RowProblems(maxProblems);
    }

    public static ObservationJsonLinesReader open(InputStream in) {
        return new ObservationJsonLinesReader(in, DEFAULT_MAX_PROBLEMS);
    }

    public static ObservationJsonLinesReader open(InputStream in, int maxProblems) {
        return new ObservationJsonLinesReader(in, maxProblems);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        if (next == null) {
            problems.throwIfAny();
        }
        return next != null;
    }

    private void advance() {
        try {
            if (!lines.next()) {
                done = true;
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the observations", e);
        }
        if (lines.tooLong()) {
            problems.add(lines.number(), "", "is longer than " + MAX_LINE_BYTES + " bytes; is this a JSON Lines file?");
        } else if (!lines.isBlank()) {
            next = codec.read(lines.bytes(), lines.length(), lines.number(), problems);
            nextLine = lines.number();
        }
        if (problems.isFull()) {
            done = true;
            next = null;
        }
    }

    @Override
    public Observation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Observation o = next;
        next = null;
        currentLine = nextLine;
        return o;
    }

    @Override
    public long line() {
        return currentLine;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
