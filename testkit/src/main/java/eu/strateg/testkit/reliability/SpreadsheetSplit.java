package eu.strateg.testkit.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * How a spreadsheet program opens a CSV file with a given list separator: Czech and Polish Excel split on {@code ;},
 * English Excel and LibreOffice on {@code ,}. Double quotes group a cell (a doubled quote is a quote), whatever the
 * separator. The contract every CSV writer of the project shares (issue 13.9): under either separator, no cell starts
 * like a formula ({@link #formulaCells} is empty).
 */
public final class SpreadsheetSplit {

    private SpreadsheetSplit() {
    }

    /** Every cell of {@code csv} as a spreadsheet splitting on {@code separator} sees it (quotes removed). */
    public static List<String> cells(String csv, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == separator || c == '\n' || c == '\r') {
                if (!(c == '\n' && i > 0 && csv.charAt(i - 1) == '\r')) {
                    cells.add(cell.toString());
                }
                cell.setLength(0);
                atStart = true;
            } else {
                cell.append(c);
                atStart = false;
            }
        }
        if (cell.length() > 0) {
            cells.add(cell.toString());
        }
        return cells;
    }

    /** The cells that start like a formula ({@code = + - @}, tab, carriage return) under {@code ,} or {@code ;}. */
    public static List<String> formulaCells(String csv) {
        List<String> found = new ArrayList<>();
        for (char separator : new char[] {',', ';'}) {
            for (String cell : cells(csv, separator)) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)) {
                    found.add(separator + " " + cell);
                }
            }
        }
        return found;
    }

    /** A plain number such as {@code -3.5} is a value, not a formula. */
    private static boolean isNumber(String cell) {
        return cell.matches("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    }
}
