package eu.strateg.core.period;

/** The granularity of a {@link Period}. */
public enum PeriodType {
    /** {@code 2024} */
    YEAR,
    /** {@code 2024-H1}, {@code 2024-H2} */
    HALF_YEAR,
    /** {@code 2024-Q1} … {@code 2024-Q4} */
    QUARTER,
    /** {@code 2024-07} */
    MONTH,
    /** {@code 2024-07-15} */
    DAY
}
