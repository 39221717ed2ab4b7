package eu.strateg.reporting.model;

/**
 * Protection against formula injection (CSV/spreadsheet injection, OWASP): a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return could be run as a formula by a spreadsheet program, so
 * it is written with a leading apostrophe ({@code '=SUM(A1)}), which spreadsheets show as text. Numbers are never
 * passed through here: they are written as numbers.
 */
public final class CellText {

    private CellText() {
    }

    /** The text, prefixed with {@code '} when it starts with a character that could start a formula; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /** True when the text would be neutralised. */
    public static boolean isDangerous(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
