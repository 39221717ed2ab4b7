package eu.strateg.persistence.json.csv;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.text.CsvText;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.Decimals;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes one indicator's observations in the layout Open SDG data repositories use
 * ({@code data/indicator_<id>.csv}): {@code Year}, one column per disaggregation dimension (its name as is, sorted),
 * {@code Value}; an empty disaggregation cell means the headline (total). Open SDG series are annual, so only
 * observations of a whole year are accepted; status, source, note and recorded-at have no place in this layout and
 * are left out. Streaming: the dimensions are fixed when the writer is opened. Dimension names and values are text cells
 * under the project's one CSV rule ({@link CsvText#textCell}: always quoted, a leading apostrophe before a text that
 * starts like a formula), since such files are edited in spreadsheets.
 */
public final class OpenSdgCsvWriter implements Closeable {

    private static final String YEAR = "Year";
    private static final String VALUE = "Value";

    private final Writer out;
    private final String indicatorCode;
    private final List<String> dimensions;

    private OpenSdgCsvWriter(Writer out, String indicatorCode, Collection<String> dimensions) {
        this.out = out;
        this.indicatorCode = indicatorCode;
        this.dimensions = List.copyOf(new TreeSet<>(dimensions));
        for (String d : this.dimensions) {
            if (d.equals(YEAR) || d.equals(VALUE)) {
                throw ValidationException.of("disaggregation", "a dimension cannot be named '%s' in the Open SDG layout", d);
            }
        }
        try {
            out.write(YEAR);
            for (String d : this.dimensions) {
                out.write(',');
                out.write(CsvText.textCell(d));
            }
            out.write(',');
            out.write(VALUE);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a writer for one indicator's file with the given dimensions and writes the header. */
    public static OpenSdgCsvWriter open(OutputStream out, String indicatorCode, Collection<String> dimensions) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        return new OpenSdgCsvWriter(w, indicatorCode, dimensions);
    }

    /** Writes one indicator's observations, taking the dimensions from them. */
    public static void writeAll(String indicatorCode, Collection<Observation> observations, OutputStream out) {
        TreeSet<String> dims = new TreeSet<>();
        observations.forEach(o -> dims.addAll(o.disaggregation().keySet()));
        try (OpenSdgCsvWriter w = open(out, indicatorCode, dims)) {
            observations.forEach(w::write);
        }
    }

    public void write(Observation o) {
        if (!o.indicatorCode().equals(indicatorCode)) {
            throw ValidationException.of("indicator", "%s does not belong in the Open SDG file of %s", o.indicatorCode(), indicatorCode);
        }
        if (o.period().type() != PeriodType.YEAR) {
            throw ValidationException.of("period", "%s %s: the Open SDG layout has whole years only", o.indicatorCode(), o.period());
        }
        for (String d : o.disaggregation().keySet()) {
            if (!dimensions.contains(d)) {
                throw ValidationException.of("disaggregation", "dimension '%s' is not a column of this file (columns: %s)",
                        Check.printable(d), dimensions);
            }
        }
        try {
            out.write(Integer.toString(o.period().year()));
            for (String d : dimensions) {
                out.write(',');
                out.write(CsvText.textCell(o.disaggregation().get(d)));
            }
            out.write(',');
            out.write(Decimals.format(o.value()));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
