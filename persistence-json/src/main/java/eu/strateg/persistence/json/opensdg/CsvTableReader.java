package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an Open SDG data file into an {@link OpenSdgTable}: cells as pandas reads them, headers and cells
 * translated first (spec §1, translation before calculation). Nothing in a row stops the file: a row with more or
 * fewer cells than the header is reported (file, row) and left out, never cut or padded; a row whose year or value
 * cannot be used is reported (file, row, column) and kept aside, so that it matters only to a series that selects
 * it. Only a file that is not CSV at all, or has no Year or Value column, gives no table.
 */
final class CsvTableReader {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvTableReader() {
    }

    /**
     * Parses {@code text}; problems go to {@code p} under {@code path} (e.g. {@code data/indicator_1-3-1.csv}).
     *
     * @return the table, or null when the file is not readable CSV or lacks a Year or Value column
     */
    static OpenSdgTable read(String text, String path, Translations tr, Problems p) {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(stripBom(text))) {
            if (!it.hasNextValue()) {
                return new OpenSdgTable(path, List.of(), List.of());
            }
            List<String> header = header(it.nextValue(), tr);
            int year = header.indexOf("Year");
            int value = header.indexOf("Progress") >= 0 ? header.indexOf("Progress") : header.indexOf("Value");
            if (year < 0 || value < 0) {
                p.add(path, "has no %s column (columns: %s)", year < 0 ? "Year" : "Value", header);
                return null;
            }
            boolean[] translated = new boolean[header.size()];
            for (int c = 0; c < translated.length; c++) {
                translated[c] = !tr.isEmpty() && c != year && c != value && !header.get(c).equals("Value");
            }
            List<OpenSdgTable.Row> rows = new ArrayList<>();
            int line = 1;
            while (it.hasNextValue()) {
                String[] r = it.nextValue();
                line++;
                if (r.length == 0 || r.length == 1 && (r[0] == null || r[0].isEmpty()) && header.size() > 1) {
                    continue; // a blank line, as pandas skips it
                }
                if (r.length != header.size()) {
                    p.add(path + ": row " + line, "has %d cells but the header has %d: the row is left out", r.length, header.size());
                    continue;
                }
                rows.add(row(r, line, year, value, header, translated, tr, path, p));
            }
            return new OpenSdgTable(path, header, rows);
        } catch (IOException | RuntimeException e) {
            p.add(path, "is not readable CSV: %s", ConfigReader.firstLine(e.getMessage()));
            return null;
        }
    }

    private static List<String> header(String[] raw, Translations tr) {
        List<String> header = new ArrayList<>();
        for (String h : raw) {
            header.add(tr.data(h == null ? "" : h.strip()));
        }
        return header;
    }

    private static OpenSdgTable.Row row(String[] r, int line, int year, int value, List<String> header, boolean[] translated,
            Translations tr, String path, Problems p) {
        for (int c = 0; c < r.length; c++) {
            String cell = Cells.normalise(r[c]);
            r[c] = translated[c] ? tr.data(cell) : cell;
        }
        Cells.Number v = Cells.number(r[value]);
        if (v.isMissing()) {
            return new OpenSdgTable.Row(line, r, Cells.year(r[year]), null, null);
        }
        int y = Cells.year(r[year]);
        int column = y < 0 ? year : v.problem() != null ? value : -1;
        if (column < 0) {
            return new OpenSdgTable.Row(line, r, y, v.value(), null);
        }
        String why = y < 0 ? "'" + Cells.printable(r[year]) + "' is not a year" : v.problem();
        p.add(path + ": row " + line + "." + header.get(column), "%s; a series that selects this row is not assessable", why);
        return new OpenSdgTable.Row(line, r, y, null, header.get(column) + " " + why);
    }

    static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
