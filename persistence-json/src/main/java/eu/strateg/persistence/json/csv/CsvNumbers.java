package eu.strateg.persistence.json.csv;

import eu.strateg.core.validation.Check;
import java.math.BigDecimal;

/**
 * The numbers of a CSV's value column, with a decimal point or a decimal comma: given, or decided by the first value that
 * has a decimal separator (only in a file whose delimiter is not a comma). A file that mixes both is refused at the cell
 * that breaks the rule, never guessed: {@code 1.234} means 1234 in Czech and Polish writing.
 */
final class CsvNumbers {

    private Boolean comma;
    private long decidedAt;
    private final boolean given;

    CsvNumbers(Boolean decimalComma, char delimiter) {
        this.given = decimalComma != null;
        this.comma = decimalComma != null ? decimalComma : delimiter == ',' ? Boolean.FALSE : null;
    }

    /** What the file uses, for messages: e.g. {@code decimal comma (detected at line 2)}. */
    String describe() {
        if (comma == null) {
            return "no decimals seen";
        }
        String what = comma ? "decimal comma" : "decimal point";
        return what + (given ? " (given)" : decidedAt > 0 ? " (detected at line " + decidedAt + ")" : "");
    }

    boolean decimalComma() {
        return Boolean.TRUE.equals(comma);
    }

    /** The number, or null with {@code problem} telling why (then the caller reports it). */
    BigDecimal parse(String t, long line, StringBuilder problem) {
        boolean hasComma = t.indexOf(',') >= 0;
        boolean hasPoint = t.indexOf('.') >= 0;
        if (comma == null && (hasComma ^ hasPoint)) {
            comma = hasComma;
            decidedAt = line;
        }
        if (Boolean.TRUE.equals(comma) && hasPoint) {
            problem.append("'").append(Check.printable(t)).append("' has a '.' but this file writes decimals with a comma (")
                    .append(describe()).append("); write e.g. 12,5 without a thousands separator");
            return null;
        }
        String plain = Boolean.TRUE.equals(comma) ? t.replace(',', '.') : t;
        BigDecimal d = number(plain);
        if (d == null) {
            problem.append("'").append(Check.printable(t)).append("' is not a number (write e.g. ")
                    .append(Boolean.TRUE.equals(comma) ? "12,5, -3 or 1E-7, with a ',' for decimals" : "12.5, -3 or 1E-7, with a '.' for decimals")
                    .append(hasComma && !Boolean.TRUE.equals(comma) ? "; a file with a decimal comma needs ';' between cells or the decimal comma option" : "")
                    .append(")");
        }
        return d;
    }

    private static BigDecimal number(String t) {
        if (t.length() > 400) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            return Check.scaleInRange(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
