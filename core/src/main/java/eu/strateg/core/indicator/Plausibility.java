package eu.strateg.core.indicator;

import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;

/**
 * Values that are well-formed but cannot be true for their indicator, rejected as validation problems instead of
 * being judged (a share of 150 % with a natural limit of 100 would otherwise count as "target achieved"):
 *
 * <ul>
 *   <li>a natural limit is the largest value the quantity can take (100 for a percentage): a measured value, the
 *       baseline, a milestone or the target above it is impossible;</li>
 *   <li>a qualitative (yes/no) indicator takes 1 (yes) or 0 (no), nothing else;</li>
 *   <li>a value's period matches the indicator's periodicity: an annual indicator has yearly values ({@code 2024}),
 *       semi-annual half-years ({@code 2024-H1}), quarterly quarters, monthly months; an irregular one any period.</li>
 * </ul>
 *
 * Two different values with one recorded-at time are the other plausibility rule, checked where versions are
 * decided ({@link eu.strateg.core.observation.UpsertPlan}).
 */
public final class Plausibility {

    private Plausibility() {
    }

    /** The indicator's own numbers against its natural limit and its kind; problems relative to the indicator. */
    static void checkIndicator(Problems p, Direction direction, Baseline baseline, Target target, java.util.List<Milestone> milestones,
            BigDecimal limit) {
        if (limit != null) {
            beyond(p, "baseline.value", baseline == null ? null : baseline.value(), limit, "baseline");
            beyond(p, "target.value", target == null ? null : target.value(), limit, "target");
            beyond(p, "target.high", target == null ? null : target.high(), limit, "target range's high end");
            for (int i = 0; i < milestones.size(); i++) {
                beyond(p, "milestones[" + i + "].value", milestones.get(i).value(), limit, "milestone");
            }
        }
        if (direction == Direction.QUALITATIVE) {
            yesNo(p, "target.value", target == null ? null : target.value(), "the target");
            yesNo(p, "baseline.value", baseline == null ? null : baseline.value(), "the baseline");
        }
    }

    /**
     * A measured value of a period against its indicator; problems are added under {@code path}
     * ({@code observations[3].value}, {@code observations[3].period}).
     */
    public static void checkValue(Problems p, String path, Indicator ind, BigDecimal value, Period period) {
        if (ind.naturalLimit() != null && value.compareTo(ind.naturalLimit()) > 0) {
            p.add(path + ".value", "indicator %s: value %s for %s is above its natural limit %s", ind.code(), value.toPlainString(),
                    period, ind.naturalLimit().toPlainString());
        }
        if (ind.direction() == Direction.QUALITATIVE && !isYesNo(value)) {
            p.add(path + ".value", "indicator %s is a yes/no indicator: its values are 1 (yes) or 0 (no), not %s", ind.code(),
                    value.toPlainString());
        }
        PeriodType expected = periodType(ind.periodicity());
        if (expected != null && period.type() != expected) {
            p.add(path + ".period", "indicator %s is measured %s, so its periods look like %s; %s does not match", ind.code(),
                    ind.periodicity().name().toLowerCase(java.util.Locale.ROOT), example(expected), period);
        }
    }

    /** The period type of a periodicity; null for irregular (any period). */
    public static PeriodType periodType(Periodicity periodicity) {
        return switch (periodicity) {
            case ANNUAL -> PeriodType.YEAR;
            case SEMIANNUAL -> PeriodType.HALF_YEAR;
            case QUARTERLY -> PeriodType.QUARTER;
            case MONTHLY -> PeriodType.MONTH;
            case IRREGULAR -> null;
        };
    }

    private static String example(PeriodType t) {
        return switch (t) {
            case YEAR -> "2024";
            case HALF_YEAR -> "2024-H1";
            case QUARTER -> "2024-Q3";
            case MONTH -> "2024-07";
            case DAY -> "2024-07-15";
        };
    }

    private static void beyond(Problems p, String path, BigDecimal value, BigDecimal limit, String what) {
        if (value != null && value.compareTo(limit) > 0) {
            p.add(path, "the %s %s is above the natural limit %s", what, value.toPlainString(), limit.toPlainString());
        }
    }

    private static void yesNo(Problems p, String path, BigDecimal value, String what) {
        if (value != null && !isYesNo(value)) {
            p.add(path, "%s of a yes/no indicator is 1 (yes) or 0 (no), not %s", what, value.toPlainString());
        }
    }

    private static boolean isYesNo(BigDecimal v) {
        return v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0;
    }
}
