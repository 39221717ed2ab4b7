package eu.strateg.core.evaluation;

/** The common status scale of every method (spec/evaluation.md); labels are localised in reports. */
public enum Status {
    /** the latest value has reached the target in the desired direction */
    TARGET_ACHIEVED,
    /** progress at or above what is needed */
    ON_TRACK,
    /** progress, but too slow */
    NEEDS_ACCELERATION,
    /** little progress */
    LIMITED_PROGRESS,
    /** moving away from the target */
    DETERIORATION,
    /** not enough data, or data the method cannot use; the reason is given */
    NOT_ASSESSABLE;

    /** Status of a rolled-up score (spec §1, §5): ≥ 2.5 on track, ≥ 0 needs acceleration, ≥ −2.5 limited, else deterioration. */
    public static Status fromScore(double score) {
        if (score >= 2.5) {
            return ON_TRACK;
        }
        if (score >= 0) {
            return NEEDS_ACCELERATION;
        }
        if (score >= -2.5) {
            return LIMITED_PROGRESS;
        }
        return DETERIORATION;
    }
}
