package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Milestone;
import java.util.List;

/**
 * The trajectory in value space (spec/evaluation.md §3), the default for municipal indicators that have a
 * baseline and a target: the expected value follows a straight line, or a broken line through the milestones,
 * from the baseline to the target; progress is {@code ratio = (y_t − y0) / (expected(t) − y0)}, judged with the
 * with-target bands and score of open-sdg. Works for counts that start at 0, where growth rates are meaningless.
 *
 * <p>The base is the series value for the baseline period (the evaluator puts the declared baseline there when
 * no observation exists for it). After the target year the expected value stays at the target. "Target
 * achieved" (by direction, on the latest value) is checked first. Not assessable: no baseline
 * ({@code NO_BASELINE}), no target ({@code NO_TARGET}), no value after the baseline
 * ({@code NO_OBSERVATION_AFTER_BASELINE}), or {@code expected(t) == y0} ({@code EXPECTED_EQUALS_BASELINE}).
 */
public final class LegacyLinearMethod implements EvaluationMethod {

    public static final String ID = "linear";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        int d = in.direction().sign();
        Components.Builder c = Components.builder().direction(d);
        if (in.target() != null) {
            c.target(in.target(), null, in.targetYear());
        }
        if (d == 0 || in.targetHigh() != null) {
            return notAssessable(NotAssessableReason.METHOD_NOT_APPLICABLE, c);
        }
        if (s.isEmpty()) {
            return notAssessable(NotAssessableReason.NO_DATA, c);
        }
        int cur = s.last();
        double yt = s.value(cur);
        c.current(s.period(cur), s.exact(cur));
        if (in.target() == null) {
            return notAssessable(NotAssessableReason.NO_TARGET, c);
        }
        double target = in.target().doubleValue();
        if (LegacyProgressMath.achieved(d, yt, target)) {
            return Assessment.scored(ID, Status.TARGET_ACHIEVED, 5, c.methodCategory("target achieved").build());
        }
        int b = in.basePeriod() == null ? -1 : s.indexOf(in.basePeriod());
        if (b < 0) {
            return notAssessable(NotAssessableReason.NO_BASELINE, c);
        }
        double y0 = s.value(b);
        double t0 = s.time(b);
        c.base(s.period(b), s.exact(b));
        if (cur == b) {
            return notAssessable(NotAssessableReason.NO_OBSERVATION_AFTER_BASELINE, c);
        }
        double expected = expected(s.time(cur), t0, y0, in.milestones(), in.targetYear(), target);
        c.expectedValue(expected).thresholds(LegacyProgressMath.TARGET_BANDS);
        if (expected == y0) {
            return notAssessable(NotAssessableReason.EXPECTED_EQUALS_BASELINE, c);
        }
        double ratio = (yt - y0) / (expected - y0);
        c.ratio(ratio);
        Status status = LegacyProgressMath.statusWithTarget(ratio);
        return Assessment.scored(ID, status, LegacyProgressMath.scoreWithTarget(ratio), c.methodCategory(category(status)).build());
    }

    /**
     * The trajectory's value at time {@code t}: linear between neighbouring points of (t0, y0), the milestones
     * and (target year, target); before the baseline the baseline value, after the target year the target.
     */
    public static double expected(double t, double t0, double y0, List<Milestone> milestones, double targetYear, double target) {
        double prevT = t0;
        double prevY = y0;
        if (t <= t0) {
            return y0;
        }
        int n = milestones.size();
        for (int i = 0; i <= n; i++) {
            double nextT = i < n ? milestones.get(i).year() : targetYear;
            double nextY = i < n ? milestones.get(i).value().doubleValue() : target;
            if (t <= nextT) {
                return nextT == prevT ? nextY : prevY + (nextY - prevY) * (t - prevT) / (nextT - prevT);
            }
            prevT = nextT;
            prevY = nextY;
        }
        return target;
    }

    static String category(Status status) {
        return switch (status) {
            case TARGET_ACHIEVED -> "target achieved";
            case ON_TRACK -> "on trajectory";
            case NEEDS_ACCELERATION -> "behind trajectory";
            case LIMITED_PROGRESS -> "far behind trajectory";
            case DETERIORATION -> "moving away";
            case NOT_ASSESSABLE -> "not assessable";
        };
    }

    private static Assessment notAssessable(NotAssessableReason reason, Components.Builder c) {
        return Assessment.notAssessable(ID, reason, c.methodCategory("not assessable").build());
    }
}
