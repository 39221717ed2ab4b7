package eu.strateg.core.comparison;

/**
 * Which way a territory's compared value moved since its previous year with a comparable value. For an indicator
 * with a better direction the move is judged by it; for one without (range, context) it is only up or down.
 */
public enum Trend {
    /** moved the way the indicator wants */
    IMPROVING,
    /** moved against the way the indicator wants */
    WORSENING,
    /** the same value as before (compared as numbers) */
    UNCHANGED,
    /** higher, for an indicator without a better direction */
    INCREASING,
    /** lower, for an indicator without a better direction */
    DECREASING;

    /** The trend of a change for an indicator whose better direction has {@code sign} (+1 higher, −1 lower, 0 none). */
    static Trend of(java.math.BigDecimal change, int sign) {
        int s = change.signum();
        if (s == 0) {
            return UNCHANGED;
        }
        if (sign == 0) {
            return s > 0 ? INCREASING : DECREASING;
        }
        return s * sign > 0 ? IMPROVING : WORSENING;
    }
}
