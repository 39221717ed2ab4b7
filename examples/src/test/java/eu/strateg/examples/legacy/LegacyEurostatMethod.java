package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.Threshold;
import java.util.List;

/**
 * The profile of Eurostat's EU SDG monitoring report (spec/evaluation.md §2), with the thresholds of the classic
 * editions (2017–2022), which have no neutral band: the same CAGR core as open-sdg over a window that ends at the
 * latest year {@code t} and starts at {@code t − 5} (short term, id {@code eurostat}) or {@code t − 15} (long
 * term, id {@code eurostat-long}). The base is the value at the window start or, when that year is missing, at
 * the nearest year that has one (start, +1, −1, +2, −2, …; only years before {@code t}).
 *
 * <ul>
 *   <li>With a target: {@code RR = CAGR_actual / CAGR_required}, the required rate from the base to the target
 *       year; bands 0.95 / 0.60 / 0 and the with-target score of open-sdg. Categories: significant progress,
 *       moderate progress, insufficient progress, movement away (from the target).</li>
 *   <li>Without: the direction-adjusted CAGR; {@code > 1 %} significant progress (ON_TRACK), {@code > 0} moderate
 *       progress (NEEDS_ACCELERATION), {@code ≥ −1 %} moderate movement away (LIMITED_PROGRESS), else significant
 *       movement away (DETERIORATION); score {@code clamp(250·CAGR, −5, 5)}.</li>
 * </ul>
 * A base value of zero (or a base and latest value of opposite signs) has no growth rate: not assessable, and
 * {@code linear} is the method for such indicators.
 */
public final class LegacyEurostatMethod implements EvaluationMethod {

    public static final String ID = "eurostat";
    public static final String LONG_TERM_ID = "eurostat-long";
    public static final String EDITION = "Eurostat SDG monitoring report, classic editions 2017–2022 (no neutral band)";

    private static final List<Threshold> NO_TARGET_BANDS = ImmutableList.of(new Threshold(Status.ON_TRACK, 0.01),
            new Threshold(Status.NEEDS_ACCELERATION, 0), new Threshold(Status.LIMITED_PROGRESS, -0.01));

    private final String id;
    private final int years;

    private LegacyEurostatMethod(String id, int years) {
        this.id = id;
        this.years = years;
    }

    /** The short-term assessment: the last 5 years. */
    public static LegacyEurostatMethod shortTerm() {
        return new LegacyEurostatMethod(ID, 5);
    }

    /** The long-term assessment: the last 15 years. */
    public static LegacyEurostatMethod longTerm() {
        return new LegacyEurostatMethod(LONG_TERM_ID, 15);
    }

    @Override
    public String id() {
        return id;
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
        double t = s.time(cur);
        double yt = s.value(cur);
        c.current(s.period(cur), s.exact(cur));
        double start = t - years;
        c.window((years == 5 ? "short term " : "long term ") + format(start) + "–" + format(t) + "; " + EDITION);
        if (in.target() != null && LegacyProgressMath.achieved(d, yt, in.target().doubleValue())) {
            return Assessment.scored(id, Status.TARGET_ACHIEVED, 5, c.methodCategory("target achieved").build());
        }
        int b = nearest(s, start, cur);
        if (b < 0) {
            return notAssessable(NotAssessableReason.TOO_SHORT, c);
        }
        double y0 = s.value(b);
        double t0 = s.time(b);
        c.base(s.period(b), s.exact(b));
        if (y0 == 0 || y0 < 0 && yt > 0 || y0 > 0 && yt < 0) {
            return notAssessable(y0 == 0 ? NotAssessableReason.METHOD_NOT_APPLICABLE : NotAssessableReason.OPPOSITE_SIGNS, c);
        }
        double actual = LegacyProgressMath.cagr(yt, y0, t, t0);
        c.actualRate(actual);
        if (in.target() == null) {
            double adjusted = (y0 < 0 ? -1 : 1) * d * actual;
            Status status = adjusted > 0.01 ? Status.ON_TRACK : adjusted > 0 ? Status.NEEDS_ACCELERATION
                    : adjusted >= -0.01 ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
            c.progressValue(adjusted).thresholds(NO_TARGET_BANDS).methodCategory(categoryWithoutTarget(status));
            return Assessment.scored(id, status, LegacyProgressMath.clampScore(250 * adjusted), c.build());
        }
        double required = LegacyProgressMath.cagr(in.target().doubleValue(), y0, in.targetYear(), t0);
        double rr = actual / required;
        c.requiredRate(required).ratio(rr).thresholds(LegacyProgressMath.TARGET_BANDS);
        if (Double.isNaN(rr)) {
            return notAssessable(NotAssessableReason.UNDEFINED_PROGRESS, c);
        }
        Status status = LegacyProgressMath.statusWithTarget(rr);
        return Assessment.scored(id, status, LegacyProgressMath.scoreWithTarget(rr), c.methodCategory(categoryWithTarget(status)).build());
    }

    /** The value nearest the window start before the latest one: start, +1, −1, +2, −2 … (−1 when none). */
    static int nearest(SeriesData s, double start, int cur) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cur; i++) {
            double distance = Math.abs(s.time(i) - start);
            // Of two equally near years the later wins, as in the search order start, +1, −1.
            if (distance < bestDistance || distance == bestDistance && s.time(i) > start) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    static String categoryWithTarget(Status status) {
        return switch (status) {
            case ON_TRACK -> "significant progress";
            case NEEDS_ACCELERATION -> "moderate progress";
            case LIMITED_PROGRESS -> "insufficient progress";
            case DETERIORATION -> "movement away";
            case TARGET_ACHIEVED -> "target achieved";
            case NOT_ASSESSABLE -> "not assessable";
        };
    }

    static String categoryWithoutTarget(Status status) {
        return switch (status) {
            case ON_TRACK -> "significant progress";
            case NEEDS_ACCELERATION -> "moderate progress";
            case LIMITED_PROGRESS -> "moderate movement away";
            case DETERIORATION -> "significant movement away";
            case TARGET_ACHIEVED -> "target achieved";
            case NOT_ASSESSABLE -> "not assessable";
        };
    }

    private static String format(double time) {
        return time == Math.rint(time) ? String.valueOf((long) time) : String.valueOf(time);
    }

    private Assessment notAssessable(NotAssessableReason reason, Components.Builder c) {
        return Assessment.notAssessable(id, reason, c.methodCategory("not assessable").build());
    }
}
