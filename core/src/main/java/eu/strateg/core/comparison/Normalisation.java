package eu.strateg.core.comparison;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How an indicator's values are made comparable between territories of different size (přepočet / przeliczenie):
 * as they are, per 1,000 inhabitants of the same year, or per km² of the territory's area.
 */
public enum Normalisation {
    /** the value as measured (already a rate or a share, e.g. kg per inhabitant, % unemployed) */
    NONE,
    /** value × 1,000 ÷ population of the same year (e.g. new firms per 1,000 inhabitants) */
    PER_1000_INHABITANTS,
    /** value ÷ area in km² (e.g. km of cycle paths per km²) */
    PER_KM2;

    /** Division precision: 16 significant digits, half-even, the precision of indicator formulas. */
    public static final MathContext MATH = MathContext.DECIMAL64;

    private static final BigDecimal THOUSAND = new BigDecimal(1000);

    /**
     * The normalised value; {@code population} and {@code areaKm2} are only read when this normalisation needs them
     * and must then be positive (the caller reports a territory without them as missing data).
     */
    BigDecimal apply(BigDecimal value, BigDecimal population, BigDecimal areaKm2) {
        return switch (this) {
            case NONE -> value;
            case PER_1000_INHABITANTS -> value.multiply(THOUSAND).divide(population, MATH);
            case PER_KM2 -> value.divide(areaKm2, MATH);
        };
    }
}
