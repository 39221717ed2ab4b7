package eu.strateg.persistence.json.csv;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.Decimals;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes our observation CSV, streaming (UTF-8, "\n" line ends, RFC 4180 quoting). Columns: {@code indicator,
 * period, value}, one {@code dim:<name>} per disaggregation dimension (sorted by name), {@code status, source, note,
 * recorded_at}. The dimensions are fixed when the writer is opened, since the header comes first; an observation with
 * another dimension is rejected. Values keep their exact scale ({@code 0.10}); cells are not altered in any way
 * (this is an exchange format, not a spreadsheet), so what {@link ObservationCsvReader} reads back is equal.
 */
public final class ObservationCsvWriter implements Closeable, Flushable {

    private final Writer out;
    private final List<String> dimensions;
    private long count;

    private ObservationCsvWriter(Writer out, Collection<String> dimensions) {
        this.out = out;
        this.dimensions = List.copyOf(new TreeSet<>(dimensions));
        List<String> header = new ArrayList<>(List.of(Columns.INDICATOR, Columns.PERIOD, Columns.VALUE));
        for (String d : this.dimensions) {
            header.add(Columns.DIMENSION_PREFIX + d);
        }
        header.addAll(List.of(Columns.STATUS, Columns.SOURCE, Columns.NOTE, Columns.RECORDED_AT));
        try {
            row(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a writer with the given disaggregation dimensions (may be empty) and writes the header. */
    public static ObservationCsvWriter open(OutputStream out, Collection<String> dimensions) {
        return new ObservationCsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024), dimensions);
    }

    /** Writes observations whose dimensions are not known in advance (looks at them once to build the header). */
    public static void writeAll(Collection<Observation> observations, OutputStream out) {
        TreeSet<String> dims = new TreeSet<>();
        observations.forEach(o -> dims.addAll(o.disaggregation().keySet()));
        try (ObservationCsvWriter w = open(out, dims)) {
            observations.forEach(w::write);
        }
    }

    public void write(Observation o) {
        for (String d : o.disaggregation().keySet()) {
            if (!dimensions.contains(d)) {
                throw ValidationException.of("disaggregation", "dimension '%s' of %s %s is not a column of this file (columns: %s)",
                        Check.printable(d), o.indicatorCode(), o.period(), dimensions);
            }
        }
        try {
            cell(o.indicatorCode(), true);
            cell(o.period().toString(), false);
            cell(Decimals.format(o.value()), false);
            Map<String, String> dis = o.disaggregation();
            for (String d : dimensions) {
                cell(dis.get(d), false);
            }
            cell(o.status().name(), false);
            cell(o.source(), false);
            cell(o.note(), false);
            cell(o.recordedAt() == null ? null : o.recordedAt().toString(), false);
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            cell(cells.get(i), i == 0);
        }
        out.write('\n');
    }

    private void cell(String value, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        CsvCells.write(out, value);
    }

    public long count() {
        return count;
    }

    @Override
    public void flush() {
        try {
            out.flush();
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
