package eu.strateg.persistence.json.jsonl;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.JsonSupport;
import eu.strateg.persistence.json.internal.ObservationLineCodec;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes observations as JSON Lines (UTF-8, one object per line, "\n" line ends), streaming:
 * <pre>{"indicator":"CYC-KM","period":"2024","value":2.4,"disaggregation":{"district":"Sever"},"status":"FINAL","source":"ČSÚ","note":"…","recordedAt":"2024-03-01T08:30:00Z"}</pre>
 * {@code disaggregation}, {@code source}, {@code note} and {@code recordedAt} are left out when absent. Values are
 * JSON numbers written with their exact scale. Closing the writer closes the stream.
 */
public final class ObservationJsonLinesWriter implements Closeable, Flushable {

    private final OutputStream out;
    private final JsonGenerator generator;
    private final ObservationLineCodec codec = new ObservationLineCodec();
    private long count;

    private ObservationJsonLinesWriter(OutputStream out) {
        this.out = out;
        try {
            this.generator = JsonSupport.factory().createGenerator(out);
            generator.setRootValueSeparator(new SerializedString(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObservationJsonLinesWriter open(OutputStream out) {
        return new ObservationJsonLinesWriter(out);
    }

    /**
     * Writes one line. An observation the reader could not read back (a line over
     * {@link ObservationJsonLinesReader#MAX_LINE_BYTES}, a number with too many digits) is refused with a
     * {@link ValidationException} naming it by its position, before anything of it is written.
     */
    public void write(Observation o) {
        Problems p = new Problems();
        ObservationLineCodec.checkWritable(p, "observations[" + count + "]", o);
        p.throwIfAny();
        try {
            codec.write(generator, o);
            generator.writeRaw('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeAll(Iterable<Observation> observations) {
        observations.forEach(this::write);
    }

    /** How many observations were written. */
    public long count() {
        return count;
    }

    @Override
    public void flush() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            generator.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
