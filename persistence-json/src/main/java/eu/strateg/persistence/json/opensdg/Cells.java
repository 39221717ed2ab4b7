package eu.strateg.persistence.json.opensdg;

import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cells of an Open SDG data file as the reference's CSV reader (pandas {@code read_csv} with its defaults) reads
 * them: the texts pandas takes for a missing value ({@code NaN}, {@code NA}, {@code null}, {@code None}, …) are
 * empty, {@code inf}/{@code -Infinity} in any case are infinite numbers, other numbers are decimals.
 */
final class Cells {

    /** pandas' default {@code na_values} (pandas 2.x): a cell that is exactly one of these is missing. */
    static final Set<String> MISSING = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
            "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INFINITE = Pattern.compile("[+-]?(?i:inf|infinity)");

    private Cells() {
    }

    /** The cell as pandas sees it: empty when it is one of the missing-value texts, else unchanged. */
    static String normalise(String cell) {
        return cell == null || MISSING.contains(cell) ? "" : cell;
    }

    /** The outcome of reading a number cell: a finite value, missing, or why it cannot be used. */
    record Number(BigDecimal value, String problem) {
        static final Number MISSING_VALUE = new Number(null, null);

        boolean isMissing() {
            return value == null && problem == null;
        }
    }

    /** Reads a (normalised) value cell: empty is missing, {@code Inf} and numbers beyond a double are infinite. */
    static Number number(String cell) {
        String t = cell.strip();
        if (t.isEmpty() || MISSING.contains(t)) {
            return Number.MISSING_VALUE;
        }
        if (INFINITE.matcher(t).matches()) {
            return new Number(null, "'" + t + "' is infinite");
        }
        if (t.length() > 400 || !NUMBER.matcher(t).matches()) {
            return new Number(null, "'" + printable(t) + "' is not a number");
        }
        BigDecimal d = new BigDecimal(t);
        if (!Check.scaleInRange(d) || Double.isInfinite(d.doubleValue())) {
            return new Number(null, "'" + printable(t) + "' is beyond a double (pandas reads it as infinite)");
        }
        return new Number(d, null);
    }

    /** A year as the reference reads it: the first four characters ("2015-16" is 2015); −1 when they are not a year. */
    static int year(String cell) {
        String t = cell.strip();
        String digits = t.length() > 4 ? t.substring(0, 4) : t;
        if (digits.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        int y = Integer.parseInt(digits);
        return y < Period.MIN_YEAR ? -1 : y;
    }

    static String printable(String s) {
        return Check.printable(s);
    }
}
