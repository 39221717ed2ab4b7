package eu.strateg.core.indicator;

/**
 * What the strategy wants of an indicator: the kind of target and its direction (spec/evaluation.md §1–§4).
 */
public enum Direction {
    /** higher is better; target is a value to reach */
    INCREASE,
    /** lower is better; target is a value to reach */
    DECREASE,
    /** keep at or above the target value */
    MAINTAIN_AT_LEAST,
    /** keep at or below the target value */
    MAINTAIN_AT_MOST,
    /** keep within [low, high] */
    RANGE,
    /** yes/no (a plan adopted, a service launched): 1 = yes, 0 = no */
    QUALITATIVE,
    /** no desired direction: a context indicator, shown but never scored */
    NONE;

    /** +1 for increase-like, -1 for decrease-like, 0 otherwise. */
    public int sign() {
        return switch (this) {
            case INCREASE, MAINTAIN_AT_LEAST, QUALITATIVE -> 1;
            case DECREASE, MAINTAIN_AT_MOST -> -1;
            default -> 0;
        };
    }
}
