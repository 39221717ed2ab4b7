package eu.strateg.persistence.json.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.text.CsvText;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.RowProblems;
import eu.strateg.persistence.json.RowReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads our observation CSV (UTF-8, RFC 4180 quoting, a header row), streaming with Jackson's CSV parser: only the
 * current row is in memory. Columns, in any order: {@code indicator}, {@code period}, {@code value} (required),
 * {@code dim:<name>} for each disaggregation dimension (an empty cell: the observation has no value for it),
 * {@code status} (FINAL, PROVISIONAL or ESTIMATE; empty: FINAL), {@code source}, {@code note} (empty: none) and
 * {@code recorded_at} (ISO-8601 UTC, e.g. {@code 2024-03-01T08:30:00Z}; empty: the store stamps it). Unknown columns
 * are rejected. The apostrophe {@link ObservationCsvWriter} puts before a text that starts like a formula is removed
 * ({@link CsvText#restore}). Bad rows are reported with their line number, see {@link eu.strateg.persistence.json.ObservationReader}.
 */
public final class ObservationCsvReader extends RowReader {

    public static final int DEFAULT_MAX_PROBLEMS = 100;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final int PERIOD_CACHE_LIMIT = 10_000;

    private final CsvParser parser;
    private final Map<String, Period> periods = new HashMap<>();
    private int indicatorCol = -1;
    private int periodCol = -1;
    private int valueCol = -1;
    private int statusCol = -1;
    private int sourceCol = -1;
    private int noteCol = -1;
    private int recordedAtCol = -1;
    private final List<String> dimensionNames = new ArrayList<>();
    private final List<Integer> dimensionCols = new ArrayList<>();
    private String[] cells;
    private int width;

    private ObservationCsvReader(InputStream in, int maxProblems) {
        super(new RowProblems(maxProblems));
        try {
            this.parser = FACTORY.createParser(in);
            parser.setSchema(CsvSchema.emptySchema());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the observation CSV", e);
        }
        readHeader();
    }

    /** Opens a reader; the header is read at once, and a bad header is a {@link ValidationException} here. */
    public static ObservationCsvReader open(InputStream in) {
        return new ObservationCsvReader(in, DEFAULT_MAX_PROBLEMS);
    }

    public static ObservationCsvReader open(InputStream in, int maxProblems) {
        return new ObservationCsvReader(in, maxProblems);
    }

    /** The disaggregation dimensions the header declares, in column order. */
    public List<String> dimensions() {
        return List.copyOf(dimensionNames);
    }

    private void readHeader() {
        long line = readRow();
        if (line < 0) {
            problems.add(1, "", "the file is empty: expected a header with the columns " + Columns.ALL);
            closeQuietly();
            problems.throwIfAny();
        }
        for (int i = 0; i < width; i++) {
            mapColumn(cells[i], i, line);
        }
        requireColumn(indicatorCol, Columns.INDICATOR, line);
        requireColumn(periodCol, Columns.PERIOD, line);
        requireColumn(valueCol, Columns.VALUE, line);
        if (!problems.isEmpty()) {
            closeQuietly();
            problems.throwIfAny();
        }
    }

    private void mapColumn(String name, int i, long line) {
        switch (name) {
            case Columns.INDICATOR -> indicatorCol = unique(indicatorCol, i, name, line);
            case Columns.PERIOD -> periodCol = unique(periodCol, i, name, line);
            case Columns.VALUE -> valueCol = unique(valueCol, i, name, line);
            case Columns.STATUS -> statusCol = unique(statusCol, i, name, line);
            case Columns.SOURCE -> sourceCol = unique(sourceCol, i, name, line);
            case Columns.NOTE -> noteCol = unique(noteCol, i, name, line);
            case Columns.RECORDED_AT -> recordedAtCol = unique(recordedAtCol, i, name, line);
            default -> {
                String dimension = name.startsWith(Columns.DIMENSION_PREFIX)
                        ? CsvText.restore(name).substring(Columns.DIMENSION_PREFIX.length()) : null;
                if (dimension == null || dimension.isBlank()) {
                    problems.add(line, "column " + (i + 1), "'" + Check.printable(name) + "' is not a known column: expected " + Columns.ALL);
                } else if (dimensionNames.contains(dimension)) {
                    problems.add(line, "column " + (i + 1), "'" + Check.printable(name) + "' appears twice");
                } else {
                    dimensionNames.add(dimension);
                    dimensionCols.add(i);
                }
            }
        }
    }

    private int unique(int existing, int i, String name, long line) {
        if (existing >= 0) {
            problems.add(line, "column " + (i + 1), "'" + name + "' appears twice");
        }
        return i;
    }

    private void requireColumn(int col, String name, long line) {
        if (col < 0) {
            problems.add(line, "", "the header has no column '" + name + "' (columns: " + Columns.ALL + ")");
        }
    }

    /**
     * Reads one row into {@link #cells}; returns its line number, or -1 at the end. The line is that of the row's first
     * cell: Jackson's location of the row start itself is the previous row's.
     */
    private long readRow() {
        try {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return -1;
            }
            long line = 0;
            width = 0;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (width == 0) {
                    line = parser.currentTokenLocation().getLineNr();
                }
                if (cells == null || width == cells.length) {
                    cells = cells == null ? new String[16] : java.util.Arrays.copyOf(cells, cells.length * 2);
                }
                cells[width++] = parser.getText();
            }
            return line;
        } catch (JsonProcessingException e) {
            // a limit exceeded (a cell over 20 million characters) has no location of its own: use the parser's
            var loc = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
            problems.add(loc == null ? 0 : loc.getLineNr(), "", "malformed CSV: " + Check.printable(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(0, "", "unreadable: " + Check.printable(String.valueOf(e.getMessage())));
        }
        return -1;
    }

    @Override
    protected boolean readNext() {
        long line = readRow();
        if (line < 0) {
            return false;
        }
        found(parseRow(line), line);
        return true;
    }

    private Observation parseRow(long line) {
        int expected = dimensionCols.size() + count(indicatorCol, periodCol, valueCol, statusCol, sourceCol, noteCol, recordedAtCol);
        if (width != expected) {
            problems.add(line, "", "has " + width + " cells, the header has " + expected);
            return null;
        }
        long before = problems.total();
        String indicator = cells[indicatorCol];
        Period period = period(cells[periodCol], line);
        BigDecimal value = value(cells[valueCol], line);
        ObservationStatus status = status(optional(statusCol), line);
        Instant recordedAt = recordedAt(optional(recordedAtCol), line);
        TreeMap<String, String> dims = null;
        for (int d = 0; d < dimensionCols.size(); d++) {
            String v = cells[dimensionCols.get(d)];
            if (!v.isEmpty()) {
                if (dims == null) {
                    dims = new TreeMap<>();
                }
                dims.put(dimensionNames.get(d), CsvText.restore(v));
            }
        }
        if (problems.total() > before) {
            return null;
        }
        try {
            return new Observation(indicator, period, value, dims, status, CsvText.restore(optional(sourceCol)),
                    CsvText.restore(optional(noteCol)), recordedAt);
        } catch (ValidationException e) {
            problems.addAll(line, e);
            return null;
        }
    }

    private static int count(int... cols) {
        int n = 0;
        for (int c : cols) {
            n += c >= 0 ? 1 : 0;
        }
        return n;
    }

    private String optional(int col) {
        if (col < 0) {
            return null;
        }
        String v = cells[col];
        return v.isEmpty() ? null : v;
    }

    private Period period(String text, long line) {
        Period cached = periods.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            Period p = Period.parse(text);
            if (periods.size() < PERIOD_CACHE_LIMIT) {
                periods.put(text, p);
            }
            return p;
        } catch (ValidationException e) {
            problems.add(line, Columns.PERIOD, e.problems().get(0).message());
            return null;
        }
    }

    private BigDecimal value(String text, long line) {
        String t = text.strip();
        if (t.isEmpty()) {
            problems.add(line, Columns.VALUE, "is empty: a number is required");
            return null;
        }
        try {
            if (t.length() <= 400) {
                BigDecimal d = new BigDecimal(t);
                if (Check.scaleInRange(d)) {
                    return d;
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line, Columns.VALUE, "'" + Check.printable(t) + "' is not a number (write e.g. 12.5, -3 or 1E-7, with a '.' for decimals)");
        return null;
    }

    private ObservationStatus status(String text, long line) {
        if (text == null) {
            return null;
        }
        for (ObservationStatus s : ObservationStatus.values()) {
            if (s.name().equals(text)) {
                return s;
            }
        }
        problems.add(line, Columns.STATUS, "'" + Check.printable(text) + "' is not one of FINAL, PROVISIONAL, ESTIMATE");
        return null;
    }

    private Instant recordedAt(String text, long line) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            problems.add(line, Columns.RECORDED_AT, "'" + Check.printable(text) + "' is not a UTC time such as 2024-03-01T08:30:00Z");
            return null;
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            parser.close();
        } catch (IOException e) {
            // the header error is what matters
        }
    }
}
