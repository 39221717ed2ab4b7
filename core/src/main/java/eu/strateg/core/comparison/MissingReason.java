package eu.strateg.core.comparison;

/** Why a territory's value is not in a comparison: each is listed, never compared silently. */
public enum MissingReason {
    /** the territory has no indicator with the code (its own or the common id) */
    NOT_DEFINED,
    /** the territory measures it in another unit than the group (e.g. t instead of kg/obyv.) */
    DIFFERENT_UNIT,
    /** the territory wants the opposite direction (higher is better against lower is better): another definition */
    DIFFERENT_DIRECTION,
    /** the territory has the indicator but no headline annual value for the year */
    NO_VALUE_FOR_YEAR,
    /** the value is to be normalised per 1,000 inhabitants and the territory's population for the year is unknown */
    NO_POPULATION,
    /** the value is to be normalised per km² and the territory's area is unknown */
    NO_AREA
}
