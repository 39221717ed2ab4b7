package eu.strateg.core.evaluation.method;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.Threshold;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Statistics Canada progress measure as implemented by Open SDG (sdg-build 2.4.0), spec/evaluation.md §1.
 * Reproduces the reference outputs: floating-point arithmetic throughout, the rounded score constants, the
 * defaults (base year 2015, target year 2030, a target of 0 read as 0.001, a base value of 0 read as 0.001),
 * the base moved to the first later year with a value, and ±∞ / NaN when the target equals the base.
 *
 * <p>"Target achieved" is checked first, on the latest value, before anything can make the series not
 * assessable; the progress value is then left out, as the reference does. The components report the base value
 * actually used (0.001 for a zero base) and the category in sdg-build's words ({@code substantial_progress},
 * {@code moderate_progress}, {@code limited_progress}, {@code deterioration}, {@code target_achieved},
 * {@code not_available}).
 */
public final class OpenSdgMethod implements EvaluationMethod {

    public static final String ID = "open-sdg";
    public static final int DEFAULT_BASE_YEAR = 2015;
    public static final int DEFAULT_TARGET_YEAR = 2030;
    /** The exponent of the limit factor. */
    public static final double LIMIT_EXPONENT = 4.44;

    private static final BigDecimal SMALL = new BigDecimal("0.001");
    private static final double SMALL_D = 0.001;
    /** The without-target bands when there is no natural limit (limit factor 1), shared: they are immutable. */
    private static final List<Threshold> UNLIMITED_BANDS = bandsWithoutTarget(1);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        TrendParameters p = new TrendParameters(1).setOpenSdg(0, in);
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
        double t = s.time(cur);
        double yt = s.value(cur);
        double y0 = base(s, r.baseTime, w);
        int b = w.base;
        if (r.target != null && ProgressMath.reached(d, s, cur, r.targetValue, r.target)) {
            w.scored(Status.TARGET_ACHIEVED, 5);
        } else if (b < 0) {
            w.notAssessable(NotAssessableReason.NO_BASE_VALUE);
        } else if (y0 < 0 && yt > 0 || y0 > 0 && yt < 0) {
            w.notAssessable(NotAssessableReason.OPPOSITE_SIGNS);
        } else if (t - s.time(b) < 1) {
            w.notAssessable(NotAssessableReason.TOO_SHORT);
        } else {
            rate(r, yt, t, y0, s.time(b), w);
        }
    }

    /** The base: the first value at or after the base time (its position into {@code w.base}), 0 read as 0.001; NaN when none. */
    private static double base(SeriesView s, double baseTime, Calculation w) {
        int b = s.firstAtOrAfter(baseTime);
        if (b < 0) {
            return Double.NaN;
        }
        double y0 = s.value(b);
        w.smallBase = y0 == 0;
        w.base = b;
        w.baseValue = w.smallBase ? SMALL_D : y0;
        return w.baseValue;
    }

    /** The actual growth rate from the base (value {@code y0} at time {@code t0}) to the latest value, and the progress it makes. */
    private static void rate(TrendParameters.Row r, double yt, double t, double y0, double t0, Calculation w) {
        double actual = ProgressMath.cagr(yt, y0, t, t0);
        w.rated = true;
        w.actualRate = actual;
        double numerator = (y0 < 0 ? -1 : 1) * r.direction * actual;
        if (r.target == null) {
            withoutTarget(numerator, y0, r.limitValue, w);
        } else {
            withTarget(numerator, ProgressMath.cagr(r.targetValue, y0, r.targetYear, t0), w);
        }
    }

    /** The components of a calculation {@code w} of series {@code s}: the numbers it reached, in sdg-build's words. */
    public static Components explain(SeriesView s, TrendParameters p, int i, Calculation w) {
        TrendParameters.Row r = p.row(i);
        Components.Builder c = Components.builder().direction(r.direction).limit(r.limit).target(r.target, null, r.targetYear);
        if (w.current >= 0) {
            c.current(s.period(w.current), s.exact(w.current));
        }
        if (w.base >= 0) {
            c.base(s.period(w.base), w.smallBase ? SMALL : s.exact(w.base)).sign(w.baseValue < 0 ? -1 : 1);
        }
        if (w.rated) {
            c.actualRate(w.actualRate);
        }
        if (w.progressed && r.target != null) {
            c.requiredRate(w.requiredRate).progressValue(w.progressValue).ratio(w.progressValue).thresholds(ProgressMath.TARGET_BANDS);
        } else if (w.progressed) {
            double lf = w.limitFactor;
            c.progressValue(w.progressValue).limitFactor(lf).thresholds(lf == 1 ? UNLIMITED_BANDS : bandsWithoutTarget(lf));
        }
        return c.methodCategory(category(w.status)).build();
    }

    /** P = sign·d·CAGR_actual / |CAGR_required|: ±∞ when the required rate is 0, NaN (not assessable) for 0/0. */
    private static void withTarget(double numerator, double required, Calculation w) {
        double p = numerator / Math.abs(required);
        w.progressed = true;
        w.requiredRate = required;
        w.progressValue = p;
        if (Double.isNaN(p)) {
            w.notAssessable(NotAssessableReason.UNDEFINED_PROGRESS);
        } else {
            w.scored(ProgressMath.statusWithTarget(p), ProgressMath.scoreWithTarget(p));
        }
    }

    /** The without-target cut points for a limit factor {@code lf}: 0.015·lf, 0.005·lf, 0. */
    private static List<Threshold> bandsWithoutTarget(double lf) {
        return ImmutableList.of(new Threshold(Status.ON_TRACK, 0.015 * lf), new Threshold(Status.NEEDS_ACCELERATION, 0.005 * lf),
                new Threshold(Status.LIMITED_PROGRESS, 0));
    }

    /** Without a target: P against the bands scaled by the limit factor ({@code limit} NaN: none, factor 1). */
    private static void withoutTarget(double p, double y0, double limit, Calculation w) {
        double lf = Double.isNaN(limit) ? 1 : limitFactor(y0, limit);
        w.progressed = true;
        w.progressValue = p;
        w.limitFactor = lf;
        if (Double.isNaN(p)) {
            w.notAssessable(NotAssessableReason.UNDEFINED_PROGRESS);
        } else if (lf == 0 && p >= 0) {
            w.scored(Status.ON_TRACK, 5);
        } else if (p >= 0.015 * lf) {
            w.scored(Status.ON_TRACK, Math.min(500 * p / lf - 5, 5));
        } else if (p >= 0.005 * lf) {
            w.scored(Status.NEEDS_ACCELERATION, 250 * p / lf - 1.25);
        } else if (p >= 0) {
            w.scored(Status.LIMITED_PROGRESS, 500 * p / lf - 2.5);
        } else {
            w.scored(Status.DETERIORATION, Math.max(125 * p - 2.5, -5));
        }
    }

    /**
     * The limit factor C for a base value and a natural limit: 1 when {@code |y0| ≥ 2L}, {@code 1 − (|y0|/L)^4.44}
     * when {@code |y0| ≤ L}, else {@code 1 − ((2L − |y0|)/L)^4.44}.
     */
    public static double limitFactor(double y0, double limit) {
        double b = Math.abs(y0);
        double l = Math.abs(limit);
        if (b >= 2 * l) {
            return 1;
        }
        if (b <= l) {
            return 1 - Math.pow(b / l, LIMIT_EXPONENT);
        }
        return 1 - Math.pow((2 * l - b) / l, LIMIT_EXPONENT);
    }

    /** sdg-build's name of a status. */
    public static String category(Status status) {
        return switch (status) {
            case TARGET_ACHIEVED -> "target_achieved";
            case ON_TRACK -> "substantial_progress";
            case NEEDS_ACCELERATION -> "moderate_progress";
            case LIMITED_PROGRESS -> "limited_progress";
            case DETERIORATION -> "deterioration";
            case NOT_ASSESSABLE -> "not_available";
        };
    }
}
