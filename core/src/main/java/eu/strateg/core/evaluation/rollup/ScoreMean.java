package eu.strateg.core.evaluation.rollup;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.Threshold;
import java.util.List;

/**
 * The roll-up rule of spec/evaluation.md §1 and §5: the (weighted) arithmetic mean of the children that have a
 * score; children without one are left out, never counted as 0. The status comes from the mean (≥ 2.5 on track,
 * ≥ 0 needs acceleration, ≥ −2.5 limited progress, else deterioration), except that it is TARGET_ACHIEVED when
 * every scored child achieved its target; with no scored child the result is not assessable
 * ({@code NO_SCORED_CHILDREN}).
 */
public final class ScoreMean {

    /** The cut points of a rolled-up score. */
    public static final List<Threshold> BANDS = ImmutableList.of(new Threshold(Status.ON_TRACK, 2.5),
            new Threshold(Status.NEEDS_ACCELERATION, 0), new Threshold(Status.LIMITED_PROGRESS, -2.5));

    /** The components of every roll-up: only the bands (immutable, so one instance serves all). */
    static final Components COMPONENTS = Components.builder().thresholds(BANDS).build();

    private ScoreMean() {
    }

    /** The unweighted mean of the children's scores, reported under {@code method}. */
    public static Assessment of(String method, List<Assessment> children) {
        double sum = 0;
        int scored = 0;
        boolean allAchieved = true;
        for (Assessment a : children) {
            if (a != null && a.score() != null) {
                sum += a.score();
                scored++;
                allAchieved &= a.status() == Status.TARGET_ACHIEVED;
            }
        }
        return result(method, scored == 0 ? Double.NaN : sum / scored, allAchieved);
    }

    /**
     * The weighted mean: {@code Σ w·s / Σ w} over the scored children ({@code scores[i]} NaN = no score).
     *
     * @param achieved whether each child achieved its target
     */
    public static Assessment weighted(String method, double[] scores, double[] weights, boolean[] achieved, int n) {
        double sum = 0;
        double weight = 0;
        boolean allAchieved = true;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(scores[i])) {
                sum += weights[i] * scores[i];
                weight += weights[i];
                allAchieved &= achieved[i];
            }
        }
        return result(method, weight == 0 ? Double.NaN : sum / weight, allAchieved);
    }

    /** The assessment of a mean (NaN: no scored child). */
    static Assessment result(String method, double mean, boolean allAchieved) {
        Components c = COMPONENTS;
        if (Double.isNaN(mean)) {
            return Assessment.notAssessable(method, NotAssessableReason.NO_SCORED_CHILDREN, c);
        }
        // A mean can leave [−5, 5] only by rounding in the last bit.
        double score = Math.max(-5, Math.min(5, mean));
        return Assessment.scored(method, allAchieved ? Status.TARGET_ACHIEVED : Status.fromScore(score), score, c);
    }
}
