package eu.strateg.core.text;

/**
 * The one rule for text in CSV (and spreadsheet) output, used by every CSV writer of the project: the report CSV
 * ({@code reporting}), the observation CSV and the Open SDG CSV ({@code persistence-json}); the XLSX report uses
 * {@link #neutralise} for its text cells. A pure string function, so it lives in the core, which both adapter modules
 * know, without either adapter knowing the other.
 *
 * <p>The rule (formula injection, OWASP "CSV injection"):
 * <ol>
 *   <li>Every text cell is written in double quotes (a quote inside doubled), whatever it holds.</li>
 *   <li>A spreadsheet starts a cell wherever it splits the line, and it splits on its own list separator, which in
 *       Czech and Polish Excel is {@code ;}, not {@code ,}; a double quote groups a cell only at the cell's start, so
 *       a text in the middle of a line is cut at each {@code ;} in it even when quoted ({@code x;=2+3;} would give a
 *       bare {@code =2+3} cell). So wherever a cell could start inside a text (at its start and after each
 *       {@code ,}, {@code ;}, line feed or carriage return), a character that could start a formula ({@code = + - @},
 *       tab, carriage return) or a quote gets an apostrophe in front ({@code x;'=2+3;}), which spreadsheets show as
 *       text.</li>
 *   <li>Cells that the program makes itself (numbers, codes, periods, dates, enum names) are written as they are,
 *       quoted only when RFC 4180 needs it ({@link #plainCell}).</li>
 * </ol>
 * Exchange files that Strateg reads back (the observation CSV) use {@link #exchangeCell}, which also marks an
 * apostrophe found at such a place, so that {@link #restore} gives back exactly the text that was written.
 */
public final class CsvText {

    private CsvText() {
    }

    /** True when a spreadsheet could take a cell starting like {@code text} for a formula. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text, prefixed with {@code '} when it starts like a formula (rule 1); null stays null. */
    public static String neutralise(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** A text cell of a report: quoted, with an apostrophe wherever a split could start a formula (rules 1, 2). */
    public static String textCell(String text) {
        return text == null || text.isEmpty() ? "" : quoted(mark(text, false));
    }

    /**
     * A text cell of an exchange file that is read back: like {@link #textCell}, and an apostrophe at a place where a
     * cell could start gets one more, so that {@link #restore} is its exact inverse.
     */
    public static String exchangeCell(String text) {
        return text == null || text.isEmpty() ? "" : quoted(mark(text, true));
    }

    /**
     * The text an {@link #exchangeCell} was made from (its content without the quotes): drops each apostrophe that
     * stands where a cell could start and is followed by a formula character, a quote or another apostrophe. A text from
     * people or other programs passes unchanged unless it has such an apostrophe.
     */
    public static String restore(String cell) {
        if (cell == null || cell.indexOf('\'') < 0) {
            return cell;
        }
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean marker = c == '\'' && cellCanStartAt(cell, i) && i + 1 < cell.length() && needsMark(cell.charAt(i + 1), true);
            if (!marker) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String mark(String text, boolean apostrophes) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (needsMark(c, apostrophes) && cellCanStartAt(text, i)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append('\'');
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean cellCanStartAt(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before == ',' || before == ';' || before == '\n' || before == '\r';
    }

    private static boolean needsMark(char c, boolean apostrophes) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '"' || apostrophes && c == '\'';
    }

    /**
     * A cell the program made itself (number, code, period, date, enum name) or a header name: as it is, quoted
     * (RFC 4180) only when it holds a comma, semicolon, quote or line break or starts or ends with a space.
     */
    public static String plainCell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean needs = text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
        for (int i = 0; i < text.length() && !needs; i++) {
            char c = text.charAt(i);
            needs = c == ',' || c == ';' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? quoted(text) : text;
    }

    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
