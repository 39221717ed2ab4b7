package eu.strateg.sources.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV body (RFC 4180: comma, double quotes, a doubled quote inside quotes, CRLF or LF, a header row) as a
 * statistics office publishes it. Any malformation is a {@link SourceFailureException} naming the line and column.
 */
final class Csv {

    private Csv() {
    }

    /** One data row; {@code line} is the line of the body it starts on (the header is line 1). */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return cells.get(column);
        }
    }

    /** The header and the rows, each with as many cells as the header. */
    record Table(List<String> header, List<Row> rows) {

        boolean has(String column) {
            return header.contains(column);
        }

        /** The index of a column the reader needs; a failure naming it when the CSV does not have it. */
        int column(URI uri, String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new SourceFailureException(uri, 200, "the CSV has no column '" + name + "'; its header is " + String.join(",", header));
            }
            return i;
        }
    }

    static Table read(URI uri, String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int column = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                throw new SourceFailureException(uri, 200, "line " + line + ", column " + column
                        + ": the body is not UTF-8 (ČSÚ's open data is UTF-8; this looks like another encoding, e.g. windows-1250)");
            }
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    cell.append(c);
                    if (c == '\n') {
                        line++;
                        column = 0;
                    }
                }
            } else if (c == '"') {
                if (cell.length() > 0 || afterQuote) {
                    throw new SourceFailureException(uri, 200, "line " + line + ", cell " + (cells.size() + 1) + ": a quote inside an unquoted cell");
                }
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
                addRecord(records, lines, cells, recordLine);
                cells = new ArrayList<>();
                line++;
                recordLine = line;
                column = 0;
            } else if (afterQuote) {
                throw new SourceFailureException(uri, 200, "line " + line + ", cell " + (cells.size() + 1) + ": text after a closing quote");
            } else {
                cell.append(c);
            }
            column++;
        }
        if (quoted) {
            throw new SourceFailureException(uri, 200, "line " + recordLine + ", cell " + (cells.size() + 1) + ": a quote is never closed");
        }
        if (cell.length() > 0 || !cells.isEmpty() || afterQuote) {
            cells.add(cell.toString());
            addRecord(records, lines, cells, recordLine);
        }
        if (records.isEmpty()) {
            throw new SourceFailureException(uri, 200, "the CSV is empty: not even a header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cellsOfRow = records.get(r);
            if (cellsOfRow.size() != header.size()) {
                throw new SourceFailureException(uri, 200, "line " + lines.get(r) + ": " + cellsOfRow.size() + " cells, the header has "
                        + header.size());
            }
            rows.add(new Row(lines.get(r), cellsOfRow));
        }
        return new Table(header, rows);
    }

    /** Adds a record, skipping a blank line. */
    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> cells, int line) {
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
            return;
        }
        records.add(cells);
        lines.add(line);
    }
}
