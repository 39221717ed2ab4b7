package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.Threshold;
import java.util.List;

/**
 * The arithmetic the published methods share (spec/evaluation.md §1): the compound annual growth rate, the
 * "target achieved" test, and the status bands and score of a progress ratio against a target. Public so that a
 * user's own method can reuse the same scale.
 */
public final class LegacyProgressMath {

    /** The with-target bands of open-sdg, also used by eurostat (RR) and linear (ratio): 0.95, 0.60, 0. */
    public static final List<Threshold> TARGET_BANDS = ImmutableList.of(
            new Threshold(Status.ON_TRACK, 0.95), new Threshold(Status.NEEDS_ACCELERATION, 0.60), new Threshold(Status.LIMITED_PROGRESS, 0));

    private LegacyProgressMath() {
    }

    /** {@code CAGR(v1, v0, t1, t0) = (v1 / v0)^(1 / (t1 − t0)) − 1}; NaN when the ratio is negative. */
    public static double cagr(double v1, double v0, double t1, double t0) {
        return Math.pow(v1 / v0, 1.0 / (t1 - t0)) - 1;
    }

    /** True when {@code value} has reached {@code target} in the desired direction ({@code d} = +1 or −1). */
    public static boolean achieved(int d, double value, double target) {
        return d < 0 ? value <= target : value >= target;
    }

    /** Status of a progress ratio against a target: ≥ 0.95 on track, ≥ 0.60 needs acceleration, ≥ 0 limited. */
    public static Status statusWithTarget(double ratio) {
        if (ratio >= 0.95) {
            return Status.ON_TRACK;
        }
        if (ratio >= 0.60) {
            return Status.NEEDS_ACCELERATION;
        }
        if (ratio >= 0) {
            return Status.LIMITED_PROGRESS;
        }
        return Status.DETERIORATION;
    }

    /**
     * Score of a progress ratio against a target, with open-sdg's rounded constants (they must stay so to match
     * the reference): {@code min(7.1429·r − 4.2857, 5)} from 0.6, otherwise {@code max(4.1667·r − 2.5, −5)}.
     */
    public static double scoreWithTarget(double ratio) {
        if (ratio >= 0.6) {
            return Math.min(7.1429 * ratio - 4.2857, 5);
        }
        return Math.max(4.1667 * ratio - 2.5, -5);
    }

    /** Clamps to the score range [−5, 5]. */
    public static double clampScore(double score) {
        return Math.max(-5, Math.min(5, score));
    }
}
