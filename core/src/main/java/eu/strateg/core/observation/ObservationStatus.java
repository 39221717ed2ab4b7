package eu.strateg.core.observation;

/** How final a measured value is. */
public enum ObservationStatus {
    /** předběžná / wstępna */
    PROVISIONAL,
    /** definitivní / ostateczna */
    FINAL,
    /** odhad / szacunek */
    ESTIMATE
}
