package eu.strateg.persistence.json.csv;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.text.CsvText;
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
 * another dimension is rejected. Values keep their exact scale ({@code 0.10}). Text cells (disaggregation values,
 * source, note) follow the project's one CSV rule, {@link CsvText#exchangeCell}: always quoted, and a leading
 * apostrophe before a text that starts like a formula, so that the file is safe to open in a spreadsheet with any list
 * separator; {@link ObservationCsvReader} removes the apostrophe ({@link CsvText#restore}), so what it reads back is
 * equal.
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
            out.write(CsvText.plainCell(o.indicatorCode()));
            cell(CsvText.plainCell(o.period().toString()));
            cell(CsvText.plainCell(Decimals.format(o.value())));
            Map<String, String> dis = o.disaggregation();
            for (String d : dimensions) {
                cell(CsvText.exchangeCell(dis.get(d)));
            }
            cell(o.status().name());
            cell(CsvText.exchangeCell(o.source()));
            cell(CsvText.exchangeCell(o.note()));
            cell(o.recordedAt() == null ? "" : o.recordedAt().toString());
            out.write('\n');
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<String> names) throws IOException {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String name = names.get(i);
            out.write(name.startsWith(Columns.DIMENSION_PREFIX) ? CsvText.exchangeCell(name) : CsvText.plainCell(name));
        }
        out.write('\n');
    }

    private void cell(String cell) throws IOException {
        out.write(',');
        out.write(cell);
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
