package eu.strateg.core.evaluation.method;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;

/**
 * The numbers of one assessment while a method calculates it: the status, the score, the reason when not
 * assessable, and the intermediate numbers in the order the method reaches them. The method's explanation
 * ({@link Components}) is made from these same numbers, and only when asked for, so a scores-only evaluation and
 * a full one cannot differ. Mutable and reused from one series to the next; not thread-safe.
 */
public final class Calculation {

    Status status;
    double score;
    NotAssessableReason reason;
    /** index of the latest value and of the base value in the series (−1: not reached) */
    int current;
    int base;
    /** the base value used (open-sdg: 0.001 for a zero base) */
    double baseValue;
    boolean smallBase;
    /** which intermediate numbers were reached */
    boolean rated;
    boolean progressed;
    boolean expected;
    double actualRate;
    double requiredRate;
    double progressValue;
    double limitFactor;
    double expectedValue;
    double ratio;

    /** Clears every number, ready for the next series. */
    public void reset() {
        status = null;
        score = Double.NaN;
        reason = null;
        current = -1;
        base = -1;
        baseValue = Double.NaN;
        smallBase = false;
        rated = false;
        progressed = false;
        expected = false;
    }

    void scored(Status s, double value) {
        status = s;
        score = value;
    }

    void notAssessable(NotAssessableReason why) {
        status = Status.NOT_ASSESSABLE;
        reason = why;
    }

    public Status status() {
        return status;
    }

    /** The score, NaN when not scored. */
    public double score() {
        return status == Status.NOT_ASSESSABLE ? Double.NaN : score;
    }

    public NotAssessableReason reason() {
        return reason;
    }

    /** The assessment of these numbers under {@code method}, with the components given. */
    public Assessment assessment(String method, Components components) {
        return status == Status.NOT_ASSESSABLE ? Assessment.notAssessable(method, reason, components)
                : Assessment.scored(method, status, score, components);
    }
}
