package eu.strateg.core.evaluation;

import java.util.Objects;

/**
 * The result of one method on one series, indicator, element or strategy: status, score in [−5, 5] (null when
 * not scored), the reason when not assessable, and the components that show the working.
 */
public record Assessment(String method, Status status, Double score, NotAssessableReason reason, Components components) {

    public Assessment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
        components = components == null ? Components.NONE : components;
        if (status == Status.NOT_ASSESSABLE && reason == null) {
            throw new IllegalArgumentException("a not-assessable result needs a reason");
        }
        if (score != null && (score.isNaN() || score < -5 - 1e-9 || score > 5 + 1e-9)) {
            throw new IllegalArgumentException("score out of [-5, 5]: " + score);
        }
    }

    public static Assessment notAssessable(String method, NotAssessableReason reason, Components components) {
        return new Assessment(method, Status.NOT_ASSESSABLE, null, reason, components);
    }

    public static Assessment scored(String method, Status status, double score, Components components) {
        return new Assessment(method, status, score, null, components);
    }

    public boolean isScored() {
        return score != null;
    }
}
