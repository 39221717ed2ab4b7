package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
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
public final class LegacyOpenSdgMethod implements EvaluationMethod {

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
        int d = in.direction().sign();
        Components.Builder c = Components.builder().direction(d).limit(in.limit());
        BigDecimal target = in.target();
        if (target != null && target.signum() == 0) {
            target = SMALL;
        }
        int targetYear = in.targetYear() != null ? in.targetYear() : DEFAULT_TARGET_YEAR;
        c.target(target, null, targetYear);
        if (d == 0 || in.targetHigh() != null) {
            return notAssessable(NotAssessableReason.METHOD_NOT_APPLICABLE, c);
        }
        if (s.isEmpty()) {
            return notAssessable(NotAssessableReason.NO_DATA, c);
        }
        int cur = s.last();
        double t = s.time(cur);
        double yt = s.value(cur);
        c.current(s.period(cur), s.exact(cur));
        double baseTime = in.basePeriod() != null ? SeriesData.timeOf(in.basePeriod()) : DEFAULT_BASE_YEAR;
        int b = s.firstAtOrAfter(baseTime);
        double y0 = Double.NaN;
        if (b >= 0) {
            y0 = s.value(b);
            boolean zero = y0 == 0;
            y0 = zero ? SMALL_D : y0;
            c.base(s.period(b), zero ? SMALL : s.exact(b)).sign(y0 < 0 ? -1 : 1);
        }
        double tv = target == null ? Double.NaN : target.doubleValue();
        if (target != null && LegacyProgressMath.achieved(d, yt, tv)) {
            return Assessment.scored(ID, Status.TARGET_ACHIEVED, 5, c.methodCategory("target_achieved").build());
        }
        if (b < 0) {
            return notAssessable(NotAssessableReason.NO_BASE_VALUE, c);
        }
        if (y0 < 0 && yt > 0 || y0 > 0 && yt < 0) {
            return notAssessable(NotAssessableReason.OPPOSITE_SIGNS, c);
        }
        double t0 = s.time(b);
        if (t - t0 < 1) {
            return notAssessable(NotAssessableReason.TOO_SHORT, c);
        }
        int sign = y0 < 0 ? -1 : 1;
        double actual = LegacyProgressMath.cagr(yt, y0, t, t0);
        c.actualRate(actual);
        if (target == null) {
            return withoutTarget(sign * d * actual, y0, in.limit(), c);
        }
        return withTarget(sign * d * actual, LegacyProgressMath.cagr(tv, y0, targetYear, t0), c);
    }

    /** P = sign·d·CAGR_actual / |CAGR_required|: ±∞ when the required rate is 0, NaN (not assessable) for 0/0. */
    private static Assessment withTarget(double numerator, double required, Components.Builder c) {
        double p = numerator / Math.abs(required);
        c.requiredRate(required).progressValue(p).ratio(p).thresholds(LegacyProgressMath.TARGET_BANDS);
        if (Double.isNaN(p)) {
            return notAssessable(NotAssessableReason.UNDEFINED_PROGRESS, c);
        }
        Status status = LegacyProgressMath.statusWithTarget(p);
        return Assessment.scored(ID, status, LegacyProgressMath.scoreWithTarget(p), c.methodCategory(category(status)).build());
    }

    /** The without-target cut points for a limit factor {@code lf}: 0.015·lf, 0.005·lf, 0. */
    private static List<Threshold> bandsWithoutTarget(double lf) {
        return ImmutableList.of(new Threshold(Status.ON_TRACK, 0.015 * lf), new Threshold(Status.NEEDS_ACCELERATION, 0.005 * lf),
                new Threshold(Status.LIMITED_PROGRESS, 0));
    }

    private static Assessment withoutTarget(double p, double y0, BigDecimal limit, Components.Builder c) {
        double lf = limit == null ? 1 : limitFactor(y0, limit.doubleValue());
        c.progressValue(p).limitFactor(lf).thresholds(lf == 1 ? UNLIMITED_BANDS : bandsWithoutTarget(lf));
        if (Double.isNaN(p)) {
            return notAssessable(NotAssessableReason.UNDEFINED_PROGRESS, c);
        }
        Status status;
        double score;
        if (lf == 0 && p >= 0) {
            status = Status.ON_TRACK;
            score = 5;
        } else if (p >= 0.015 * lf) {
            status = Status.ON_TRACK;
            score = Math.min(500 * p / lf - 5, 5);
        } else if (p >= 0.005 * lf) {
            status = Status.NEEDS_ACCELERATION;
            score = 250 * p / lf - 1.25;
        } else if (p >= 0) {
            status = Status.LIMITED_PROGRESS;
            score = 500 * p / lf - 2.5;
        } else {
            status = Status.DETERIORATION;
            score = Math.max(125 * p - 2.5, -5);
        }
        return Assessment.scored(ID, status, score, c.methodCategory(category(status)).build());
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

    private static Assessment notAssessable(NotAssessableReason reason, Components.Builder c) {
        return Assessment.notAssessable(ID, reason, c.methodCategory("not_available").build());
    }
}
