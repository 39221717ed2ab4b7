package eu.strateg.persistence.json.jsonl;

import eu.strateg.persistence.json.internal.ByteLines;
import eu.strateg.persistence.json.internal.ObservationLineCodec;
import eu.strateg.persistence.json.internal.RowProblems;
import eu.strateg.persistence.json.RowReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads observations from JSON Lines (UTF-8, one JSON object per line, blank lines ignored), streaming: only the
 * current line is in memory. The fields are those {@link ObservationJsonLinesWriter} writes; unknown fields are
 * rejected. See {@link eu.strateg.persistence.json.ObservationReader} for how bad lines are reported.
 */
public final class ObservationJsonLinesReader extends RowReader {

    /** Problems reported before reading stops. */
    public static final int DEFAULT_MAX_PROBLEMS = 100;
    /** Longest line accepted; an observation takes a few hundred bytes. */
    public static final int MAX_LINE_BYTES = 1024 * 1024;

    private final InputStream in;
    private final ByteLines lines;
    private final ObservationLineCodec codec = new ObservationLineCodec();

    private ObservationJsonLinesReader(InputStream in, int maxProblems) {
        super(new RowProblems(maxProblems));
        this.in = in;
        this.lines = new ByteLines(in, MAX_LINE_BYTES);
    }

    public static ObservationJsonLinesReader open(InputStream in) {
        return new ObservationJsonLinesReader(in, DEFAULT_MAX_PROBLEMS);
    }

    public static ObservationJsonLinesReader open(InputStream in, int maxProblems) {
        return new ObservationJsonLinesReader(in, maxProblems);
    }

    @Override
    protected boolean readNext() {
        try {
            if (!lines.next()) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the observations", e);
        }
        if (lines.tooLong()) {
            problems.add(lines.number(), "", "is longer than " + MAX_LINE_BYTES + " bytes; is this a JSON Lines file?");
        } else if (!lines.isBlank()) {
            found(codec.read(lines.bytes(), lines.length(), lines.number(), problems), lines.number());
        }
        return true;
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
