package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads an Open SDG data file into an {@link OpenSdgTable}, checking years and values so that selection cannot fail. */
final class CsvTableReader {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvTableReader() {
    }

    /** Parses {@code text}; problems go to {@code p} under {@code path} (e.g. {@code data/indicator_1-3-1.csv}). */
    static OpenSdgTable read(String text, String path, Problems p) {
        List<String[]> raw = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(stripBom(text))) {
            while (it.hasNextValue()) {
                raw.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            p.add(path, "is not readable CSV: %s", e.getMessage());
            return null;
        }
        if (raw.isEmpty()) {
            return new OpenSdgTable(List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        for (String h : raw.get(0)) {
            header.add(h == null ? "" : h.strip());
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            String[] r = raw.get(i);
            if (r.length == 0 || r.length == 1 && (r[0] == null || r[0].isEmpty())) {
                continue;
            }
            String[] row = Arrays.copyOf(r, header.size());
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] == null ? "" : row[c];
            }
            rows.add(row);
        }
        OpenSdgTable table = new OpenSdgTable(header, rows);
        check(table, path, p);
        return table;
    }

    private static void check(OpenSdgTable t, String path, Problems p) {
        int year = t.column("Year");
        int value = t.valueColumn();
        if (year < 0) {
            p.add(path, "has no Year column (columns: %s)", t.header());
        }
        if (value < 0) {
            p.add(path, "has no Value column (columns: %s)", t.header());
        }
        if (year < 0 || value < 0) {
            return;
        }
        String valueName = t.header().get(value);
        for (int i = 0; i < t.rows().size(); i++) {
            String[] r = t.rows().get(i);
            String row = path + ": row " + (i + 2);
            String y = r[year].strip();
            String digits = y.length() > 4 ? y.substring(0, 4) : y;
            if (!digits.matches("\\d{4}") || Integer.parseInt(digits) < Period.MIN_YEAR) {
                p.add(row + ".Year", "'%s' is not a year", Check.printable(y));
            }
            if (!r[value].isBlank()) {
                Problems local = new Problems();
                Check.decimal(local, row + "." + valueName, r[value]);
                if (local.isEmpty() && !Double.isFinite(Double.parseDouble(r[value].strip()))) {
                    local.add(row + "." + valueName, "'%s' is out of range", Check.printable(r[value]));
                }
                p.addAll("", local.list());
            }
        }
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
