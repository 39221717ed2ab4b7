package eu.strateg.benchmarks.national;

/**
 * The physical limit of pair 1: the statuses and scores of one strategy computed by a plain loop over its
 * {@link StrategyColumns}, written straight from spec/evaluation.md (§1 open-sdg, §3 linear, §5 roll-up) with no
 * objects, no components and no explanations. Only what the dataset uses is handled: annual headline series,
 * INCREASE/DECREASE, one optional milestone.
 *
 * <p>Statuses are codes in the order of {@code eu.strateg.core.evaluation.Status}: 0 target achieved, 1 on
 * track, 2 needs acceleration, 3 limited progress, 4 deterioration, 5 not assessable. A missing score is NaN.
 * One instance is reused for strategies of the same shape (it holds the result arrays); not thread-safe.
 */
public final class HandWrittenEvaluation {

    public static final byte ACHIEVED = 0;
    public static final byte ON_TRACK = 1;
    public static final byte ACCELERATE = 2;
    public static final byte LIMITED = 3;
    public static final byte DETERIORATION = 4;
    public static final byte NOT_ASSESSABLE = 5;

    private static final int DEFAULT_BASE_YEAR = 2015;
    private static final int DEFAULT_TARGET_YEAR = 2030;

    /** per indicator */
    public final byte[] status;
    public final double[] score;
    /** per element: measures, goals, areas (in that order of generation, see {@link StrategyColumns}) */
    public final byte[] measureStatus;
    public final double[] measureScore;
    public final byte[] goalStatus;
    public final double[] goalScore;
    public final byte[] areaStatus;
    public final double[] areaScore;
    private final double[] strategyOut = new double[1];
    public byte strategyStatus;
    public double strategyScore;

    public HandWrittenEvaluation(int indicators) {
        status = new byte[indicators];
        score = new double[indicators];
        measureStatus = new byte[StrategyColumns.measures(indicators)];
        measureScore = new double[measureStatus.length];
        goalStatus = new byte[StrategyColumns.goals(indicators)];
        goalScore = new double[goalStatus.length];
        areaStatus = new byte[StrategyColumns.areas(indicators)];
        areaScore = new double[areaStatus.length];
    }

    /** Evaluates a strategy (every value of the columns counts: they all ended before the as-of date). */
    public void evaluate(StrategyColumns c) {
        for (int i = 0; i < c.indicators; i++) {
            if (c.method[i] == StrategyColumns.LINEAR) {
                linear(c, i);
            } else {
                openSdg(c, i);
            }
        }
        rollUp(c);
    }

    /** §1 open-sdg on the annual series of indicator i. */
    private void openSdg(StrategyColumns c, int i) {
        int off = i * c.years;
        int last = lastObserved(c, i);
        if (last < 0) {
            notAssessable(i);
            return;
        }
        double yt = c.values[off + last];
        int t = c.firstYear + last;
        int baseYear = c.baseYear[i] != 0 ? c.baseYear[i] : DEFAULT_BASE_YEAR;
        int b = -1;
        for (int y = Math.max(0, baseYear - c.firstYear); y < c.years; y++) {
            if (!Double.isNaN(value(c, i, y))) {
                b = y;
                break;
            }
        }
        int d = c.direction[i];
        double target = c.target[i] == 0 ? 0.001 : c.target[i];
        boolean hasTarget = !Double.isNaN(target);
        if (hasTarget && (d < 0 ? yt <= target : yt >= target)) {
            scored(i, ACHIEVED, 5);
            return;
        }
        if (b < 0) {
            notAssessable(i);
            return;
        }
        double y0 = value(c, i, b);
        y0 = y0 == 0 ? 0.001 : y0;
        int t0 = c.firstYear + b;
        if (y0 < 0 && yt > 0 || y0 > 0 && yt < 0 || t - t0 < 1) {
            notAssessable(i);
            return;
        }
        int sign = y0 < 0 ? -1 : 1;
        double actual = Math.pow(yt / y0, 1.0 / (t - t0)) - 1;
        if (hasTarget) {
            int targetYear = c.targetYear[i] != 0 ? c.targetYear[i] : DEFAULT_TARGET_YEAR;
            double required = Math.pow(target / y0, 1.0 / (targetYear - t0)) - 1;
            withTarget(i, sign * d * actual / Math.abs(required));
            return;
        }
        double p = sign * d * actual;
        double lf = Double.isNaN(c.limit[i]) ? 1 : limitFactor(y0, c.limit[i]);
        if (Double.isNaN(p)) {
            notAssessable(i);
        } else if (lf == 0 && p >= 0) {
            scored(i, ON_TRACK, 5);
        } else if (p >= 0.015 * lf) {
            scored(i, ON_TRACK, Math.min(500 * p / lf - 5, 5));
        } else if (p >= 0.005 * lf) {
            scored(i, ACCELERATE, 250 * p / lf - 1.25);
        } else if (p >= 0) {
            scored(i, LIMITED, 500 * p / lf - 2.5);
        } else {
            scored(i, DETERIORATION, Math.max(125 * p - 2.5, -5));
        }
    }

    private static double limitFactor(double y0, double limit) {
        double b = Math.abs(y0);
        double l = Math.abs(limit);
        if (b >= 2 * l) {
            return 1;
        }
        return b <= l ? 1 - Math.pow(b / l, 4.44) : 1 - Math.pow((2 * l - b) / l, 4.44);
    }

    /** §3 linear: the trajectory from the baseline through the milestone to the target. */
    private void linear(StrategyColumns c, int i) {
        int last = lastObserved(c, i); // never before the baseline: value() fills the baseline's year
        int b = c.baseYear[i] - c.firstYear;
        double yt = value(c, i, last);
        int d = c.direction[i];
        double target = c.target[i];
        if (d < 0 ? yt <= target : yt >= target) {
            scored(i, ACHIEVED, 5);
            return;
        }
        if (last == b) {
            notAssessable(i);
            return;
        }
        double y0 = value(c, i, b);
        double expected = expected(c.firstYear + last, c.baseYear[i], y0, c.milestoneYear[i], c.milestoneValue[i], c.targetYear[i], target);
        if (expected == y0) {
            notAssessable(i);
            return;
        }
        withTarget(i, (yt - y0) / (expected - y0));
    }

    /** The broken line (t0, y0) → (milestone) → (target year, target), flat after the target year. */
    private static double expected(double t, double t0, double y0, int milestoneYear, double milestoneValue, double targetYear,
            double target) {
        if (milestoneYear != 0 && t <= milestoneYear) {
            return between(t0, y0, milestoneYear, milestoneValue, t);
        }
        if (t > targetYear) {
            return target;
        }
        return milestoneYear != 0 ? between(milestoneYear, milestoneValue, targetYear, target, t) : between(t0, y0, targetYear, target, t);
    }

    private static double between(double t0, double y0, double t1, double y1, double t) {
        return t1 == t0 ? y1 : y0 + (y1 - y0) * (t - t0) / (t1 - t0);
    }

    /** The with-target bands and score (§1), shared by open-sdg with a target and linear. */
    private void withTarget(int i, double p) {
        if (Double.isNaN(p)) {
            notAssessable(i);
        } else if (p >= 0.95) {
            scored(i, ON_TRACK, Math.min(7.1429 * p - 4.2857, 5));
        } else if (p >= 0.6) {
            scored(i, ACCELERATE, Math.min(7.1429 * p - 4.2857, 5));
        } else if (p >= 0) {
            scored(i, LIMITED, Math.max(4.1667 * p - 2.5, -5));
        } else {
            scored(i, DETERIORATION, Math.max(4.1667 * p - 2.5, -5));
        }
    }

    /** The value of year index y; the declared baseline fills its own year when that value was not observed. */
    private static double value(StrategyColumns c, int i, int y) {
        double v = c.values[i * c.years + y];
        if (Double.isNaN(v) && c.baseYear[i] == c.firstYear + y) {
            return c.baseValue[i];
        }
        return v;
    }

    private static int lastObserved(StrategyColumns c, int i) {
        for (int y = c.years - 1; y >= 0; y--) {
            if (!Double.isNaN(value(c, i, y))) {
                return y;
            }
        }
        return -1;
    }

    private void scored(int i, byte s, double v) {
        status[i] = s;
        score[i] = v;
    }

    private void notAssessable(int i) {
        status[i] = NOT_ASSESSABLE;
        score[i] = Double.NaN;
    }

    /** §5: weighted means of the scored children, up the fixed tree. */
    private void rollUp(StrategyColumns c) {
        for (int m = 0; m < measureScore.length; m++) {
            int from = m * StrategyColumns.INDICATORS_PER_MEASURE;
            int to = Math.min(c.indicators, from + StrategyColumns.INDICATORS_PER_MEASURE);
            measureStatus[m] = mean(score, status, c.weight, from, to, measureScore, m);
        }
        for (int g = 0; g < goalScore.length; g++) {
            int from = g * StrategyColumns.MEASURES_PER_GOAL;
            int to = Math.min(measureScore.length, from + StrategyColumns.MEASURES_PER_GOAL);
            goalStatus[g] = mean(measureScore, measureStatus, null, from, to, goalScore, g);
        }
        for (int a = 0; a < areaScore.length; a++) {
            int from = a * StrategyColumns.GOALS_PER_AREA;
            int to = Math.min(goalScore.length, from + StrategyColumns.GOALS_PER_AREA);
            areaStatus[a] = mean(goalScore, goalStatus, null, from, to, areaScore, a);
        }
        strategyStatus = mean(areaScore, areaStatus, c.areaWeight, 0, areaScore.length, strategyOut, 0);
        strategyScore = strategyOut[0];
    }

    private static byte mean(double[] scores, byte[] statuses, double[] weights, int from, int to, double[] out, int k) {
        double sum = 0;
        double weight = 0;
        boolean allAchieved = true;
        for (int j = from; j < to; j++) {
            if (!Double.isNaN(scores[j])) {
                double w = weights == null ? 1 : weights[j];
                sum += w * scores[j];
                weight += w;
                allAchieved &= statuses[j] == ACHIEVED;
            }
        }
        if (weight == 0) {
            out[k] = Double.NaN;
            return NOT_ASSESSABLE;
        }
        double s = Math.max(-5, Math.min(5, sum / weight));
        out[k] = s;
        if (allAchieved) {
            return ACHIEVED;
        }
        return s >= 2.5 ? ON_TRACK : s >= 0 ? ACCELERATE : s >= -2.5 ? LIMITED : DETERIORATION;
    }
}
