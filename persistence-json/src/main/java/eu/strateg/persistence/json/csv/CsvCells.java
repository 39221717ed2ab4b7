package eu.strateg.persistence.json.csv;

import java.io.IOException;
import java.io.Writer;

/** Writes CSV cells the RFC 4180 way: quoted (with doubled quotes) only when a cell needs it. */
final class CsvCells {

    private CsvCells() {
    }

    static void write(Writer out, String cell) throws IOException {
        if (cell == null || cell.isEmpty()) {
            return;
        }
        if (!needsQuotes(cell)) {
            out.write(cell);
            return;
        }
        out.write('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    private static boolean needsQuotes(String cell) {
        if (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))) {
            return true;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
