package eu.strateg.benchmarks.jdbc;

/**
 * Hand parsing of PostgreSQL's COPY text rows for the raw side of a pair: the fastest way to turn the bytes into
 * numbers (no strings, no BigDecimal). Only what the benchmarks' own data holds: plain decimals of at most six
 * decimal places, years of four digits.
 */
public final class CopyText {

    private static final double[] POWERS = {1, 10, 100, 1000, 1e4, 1e5, 1e6};

    private CopyText() {
    }

    /** The four-digit year at {@code from}. */
    public static int year(byte[] row, int from) {
        return (row[from] - '0') * 1000 + (row[from + 1] - '0') * 100 + (row[from + 2] - '0') * 10 + row[from + 3] - '0';
    }

    /** The decimal at {@code from}, up to the next tab, the row's newline or its end ("-12.50" → -12.5). */
    public static double decimal(byte[] row, int from) {
        int i = from;
        long mantissa = 0;
        int scale = -1;
        boolean negative = row[i] == '-';
        i += negative ? 1 : 0;
        for (; i < row.length && row[i] != '\t' && row[i] != '\n'; i++) {
            if (row[i] == '.') {
                scale = 0;
            } else {
                mantissa = mantissa * 10 + row[i] - '0';
                scale += scale >= 0 ? 1 : 0;
            }
        }
        double v = mantissa / POWERS[Math.max(scale, 0)];
        return negative ? -v : v;
    }
}
