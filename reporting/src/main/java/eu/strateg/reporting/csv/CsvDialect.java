package eu.strateg.reporting.csv;

import java.util.Locale;

/**
 * How the CSV table is written. {@link #RFC_4180} (the default) is for programs: comma, decimal point, UTF-8
 * without BOM. {@link #EXCEL} is for people who open the file in a Czech or Polish Excel by double-click: a UTF-8
 * byte order mark (so Excel reads ř, ł as UTF-8, not as Windows-1250), a semicolon between cells (the list separator
 * of cs/pl Windows) and, for Czech and Polish reports, a decimal comma (so numbers stay numbers).
 *
 * @param separator the cell separator
 * @param bom whether the file starts with a UTF-8 byte order mark
 * @param localDecimals whether numbers use the report language's decimal separator (comma for cs and pl)
 */
public record CsvDialect(char separator, boolean bom, boolean localDecimals) {

    /** RFC 4180: comma, dot, no BOM. */
    public static final CsvDialect RFC_4180 = new CsvDialect(',', false, false);
    /** Czech/Polish Excel: semicolon, BOM, decimal comma in cs/pl. */
    public static final CsvDialect EXCEL = new CsvDialect(';', true, true);

    /** The decimal separator for a report in {@code locale}. */
    char decimalSeparator(Locale locale) {
        if (!localDecimals) {
            return '.';
        }
        String lang = locale.getLanguage();
        return "cs".equals(lang) || "pl".equals(lang) ? ',' : '.';
    }
}
