package eu.strateg.persistence.json.internal;

import java.math.BigDecimal;

/**
 * How exact decimals are written in our files: plainly ({@code 0.10}, {@code 0.0000001}) when that is short, in
 * scientific notation ({@code 1E+3}) when the scale is negative or very large. Either form parses back with
 * {@code new BigDecimal(text)} to a value with the same unscaled value and scale, so {@code equals} holds.
 */
public final class Decimals {

    private static final int MAX_PLAIN_SCALE = 40;

    private Decimals() {
    }

    public static String format(BigDecimal value) {
        int scale = value.scale();
        return scale >= 0 && scale <= MAX_PLAIN_SCALE ? value.toPlainString() : value.toString();
    }
}
