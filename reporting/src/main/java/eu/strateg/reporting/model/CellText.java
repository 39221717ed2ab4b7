package eu.strateg.reporting.model;

import eu.strateg.core.text.CsvText;

/**
 * Protection against formula injection in the XLSX report's text cells: the project's one rule,
 * {@link CsvText#neutralise} (a text starting with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, which spreadsheets show as text). Numbers are never passed through here: they are written as numbers.
 */
public final class CellText {

    private CellText() {
    }

    /** The text, prefixed with {@code '} when it starts with a character that could start a formula; null stays null. */
    public static String neutralise(String text) {
        return CsvText.neutralise(text);
    }

    /** True when the text would be neutralised. */
    public static boolean isDangerous(String text) {
        return CsvText.startsLikeAFormula(text);
    }
}
