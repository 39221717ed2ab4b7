package eu.strateg.core.evaluation;

/** Why an assessment has no status (spec §1–§5). Reports explain each in words. */
public enum NotAssessableReason {
    /** no observation at all (by the as-of date) */
    NO_DATA,
    /** the indicator has no baseline */
    NO_BASELINE,
    /** no value in the base year or any later year */
    NO_BASE_VALUE,
    /** no observation after the baseline period */
    NO_OBSERVATION_AFTER_BASELINE,
    /** less than one year between the base and the current year */
    TOO_SHORT,
    /** base and current values have opposite signs: growth rates are meaningless */
    OPPOSITE_SIGNS,
    /** the progress value is undefined (0/0), e.g. target equal to base and no change */
    UNDEFINED_PROGRESS,
    /** the expected trajectory has not moved from the baseline by the current period */
    EXPECTED_EQUALS_BASELINE,
    /** the method needs a target and there is none */
    NO_TARGET,
    /** a context indicator: shown, never scored */
    CONTEXT_INDICATOR,
    /** the selection left several series where one was needed */
    MANY_SERIES,
    /** a computed indicator's formula lacked an input */
    MISSING_FORMULA_INPUT,
    /** the indicator names a method that is not registered */
    UNKNOWN_METHOD,
    /** the method does not apply to this kind of target */
    METHOD_NOT_APPLICABLE,
    /** a roll-up with no scored child */
    NO_SCORED_CHILDREN,
    /** the latest value is stale and the evaluation leaves stale assessments out of the roll-up ({@link StaleRule}) */
    STALE_DATA
}
