package eu.strateg.core.evaluation.method;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
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
public final class LinearMethod implements EvaluationMethod {

    public static final String ID = "linear";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        TrendParameters p = new TrendParameters(1).setLinear(0, in);
        Calculation w = new Calculation();
        calculate(s, p, 0, w);
        return w.assessment(ID, explain(s, p, 0, w));
    }

    /** Calculates the assessment of series {@code s} with row {@code i}'s parameters into {@code w} (numbers only). */
    public static void calculate(SeriesView s, TrendParameters p, int i, Calculation w) {
        TrendParameters.Row r = p.row(i);
        w.reset();
        int d = r.direction;
        NotAssessableReason precondition = ProgressMath.trendPrecondition(d, r.range, s);
        if (precondition != null) {
            w.notAssessable(precondition);
            return;
        }
        int cur = s.size() - 1;
        w.current = cur;
        BigDecimal target = r.target;
        int b = target == null || r.basePeriod == null ? -1 : s.indexOf(r.basePeriod);
        if (target == null) {
            w.notAssessable(NotAssessableReason.NO_TARGET);
        } else if (ProgressMath.reached(d, s, cur, r.targetValue, target)) {
            w.scored(Status.TARGET_ACHIEVED, 5);
        } else if (b < 0) {
            w.notAssessable(NotAssessableReason.NO_BASELINE);
        } else if (cur == b) {
            w.base = b;
            w.notAssessable(NotAssessableReason.NO_OBSERVATION_AFTER_BASELINE);
        } else {
            w.base = b;
            double y0 = s.value(b);
            double expected = expected(s.time(cur), s.time(b), y0, r.milestoneYears, r.milestoneValues, r.targetYear, r.targetValue);
            w.expected = true;
            w.expectedValue = expected;
            if (expected == y0) {
                w.notAssessable(NotAssessableReason.EXPECTED_EQUALS_BASELINE);
            } else {
                double ratio = (s.value(cur) - y0) / (expected - y0);
                w.progressed = true;
                w.ratio = ratio;
                w.scored(ProgressMath.statusWithTarget(ratio), ProgressMath.scoreWithTarget(ratio));
            }
        }
    }

    /** The components of a calculation {@code w} of series {@code s}: the numbers it reached. */
    public static Components explain(SeriesView s, TrendParameters p, int i, Calculation w) {
        TrendParameters.Row r = p.row(i);
        Components.Builder c = Components.builder().direction(r.direction);
        if (r.target != null) {
            c.target(r.target, null, r.targetYear);
        }
        if (w.current >= 0) {
            c.current(s.period(w.current), s.exact(w.current));
        }
        if (w.base >= 0) {
            c.base(s.period(w.base), s.exact(w.base));
        }
        if (w.expected) {
            c.expectedValue(w.expectedValue).thresholds(ProgressMath.TARGET_BANDS);
        }
        if (w.progressed) {
            c.ratio(w.ratio);
        }
        return c.methodCategory(category(w.status)).build();
    }

    /**
     * The trajectory's value at time {@code t}: linear between neighbouring points of (t0, y0), the milestones
     * and (target year, target); before the baseline the baseline value, after the target year the target.
     */
    public static double expected(double t, double t0, double y0, List<Milestone> milestones, double targetYear, double target) {
        double[][] m = milestoneArrays(milestones);
        return expected(t, t0, y0, m[0], m[1], targetYear, target);
    }

    /** The milestones' years and values, in their order. */
    private static double[][] milestoneArrays(List<Milestone> milestones) {
        double[][] out = new double[2][milestones.size()];
        for (int i = 0; i < milestones.size(); i++) {
            out[0][i] = milestones.get(i).year();
            out[1][i] = milestones.get(i).value().doubleValue();
        }
        return out;
    }

    /** The same with the milestones as years and values. */
    public static double expected(double t, double t0, double y0, double[] milestoneYears, double[] milestoneValues, double targetYear,
            double target) {
        double prevT = t0;
        double prevY = y0;
        if (t <= t0) {
            return y0;
        }
        int n = milestoneYears.length;
        for (int i = 0; i <= n; i++) {
            double nextT = i < n ? milestoneYears[i] : targetYear;
            double nextY = i < n ? milestoneValues[i] : target;
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
}
