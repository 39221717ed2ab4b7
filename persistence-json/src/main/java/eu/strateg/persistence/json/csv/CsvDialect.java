package eu.strateg.persistence.json.csv;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: its encoding, its delimiter and whether decimals are written with a comma (as Czech and
 * Polish Excel saves them: {@code ;} between cells, {@code 12,5}). Each part left {@code null} is detected from the file:
 * the encoding from a byte order mark or the bytes (UTF-8, else Windows-1250 or ISO-8859-2), the delimiter from the header
 * row ({@code ,}, {@code ;} or a tab), the decimal comma from the first value that has a decimal separator — only when the
 * delimiter is not a comma, so that in a comma-separated file {@code "3,2"} stays an error unless a decimal comma is asked for.
 *
 * @param charset the encoding, or null to detect it
 * @param delimiter the cell delimiter, or null to detect it
 * @param decimalComma whether decimals use a comma, or null to detect it
 */
public record CsvDialect(Charset charset, Character delimiter, Boolean decimalComma) {

    /** Everything detected. */
    public static CsvDialect detect() {
        return new CsvDialect(null, null, null);
    }

    /** Our own CSV as we write it: UTF-8, comma, decimal point. */
    public static CsvDialect standard() {
        return new CsvDialect(java.nio.charset.StandardCharsets.UTF_8, ',', false);
    }

    public CsvDialect withCharset(Charset c) {
        return new CsvDialect(c, delimiter, decimalComma);
    }

    public CsvDialect withDelimiter(Character d) {
        return new CsvDialect(charset, d, decimalComma);
    }

    public CsvDialect withDecimalComma(Boolean comma) {
        return new CsvDialect(charset, delimiter, comma);
    }
}
