package eu.strateg.core.indicator;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;

/**
 * What the strategy promises for an indicator (cílová hodnota / wartość docelowa) and by which year.
 * For a {@link Direction#RANGE} target {@code value} is the low end and {@code high} the high end; otherwise
 * {@code high} is null.
 */
public record Target(BigDecimal value, BigDecimal high, int year) {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    public Target {
        Problems p = new Problems();
        Check.required(p, "value", value);
        Check.number(p, "value", value);
        Check.number(p, "high", high);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            p.add("year", "target year %d is outside %d–%d", year, MIN_YEAR, MAX_YEAR);
        }
        if (value != null && high != null && value.compareTo(high) > 0) {
            p.add("high", "range low %s is above range high %s", value.toPlainString(), high.toPlainString());
        }
        p.throwIfAny();
    }

    public static Target of(BigDecimal value, int year) {
        return new Target(value, null, year);
    }

    public static Target of(String value, int year) {
        Problems p = new Problems();
        BigDecimal v = Check.decimal(p, "value", value);
        p.throwIfAny();
        return new Target(v, null, year);
    }

    public static Target of(double value, int year) {
        Problems p = new Problems();
        BigDecimal v = Check.finite(p, "value", value);
        p.throwIfAny();
        return new Target(v, null, year);
    }

    public static Target range(BigDecimal low, BigDecimal high, int year) {
        Problems p = new Problems();
        Check.required(p, "high", high);
        p.throwIfAny();
        return new Target(low, high, year);
    }

    public boolean isRange() {
        return high != null;
    }

    /** The low end of a range target (the same as {@link #value()}). */
    public BigDecimal low() {
        return value;
    }
}
