package eu.strateg.core.evaluation.method;

import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the trend methods ({@code open-sdg}, {@code linear}) need of indicators: one small immutable {@link Row} per
 * indicator, each number both as a double and as recorded. A strategy's evaluation plan holds one table for all its
 * indicators, made in one go, so an evaluation reads one compact row per indicator instead of every indicator's
 * objects (a plan that is not in the processor's cache then costs a few memory reads per indicator, not one per
 * parameter); a method assessing one series alone uses a table of one row. Each row is the method's own reading of
 * the indicator ({@link #setOpenSdg}, {@link #setLinear}). Filled once, then only read.
 */
public final class TrendParameters {

    private static final BigDecimal SMALL = new BigDecimal("0.001");
    private static final double[] NONE = new double[0];

    /** One indicator's parameters, as one trend method reads them. */
    static final class Row {
        final int direction;
        /** the target is a range (the trend methods do not apply) */
        final boolean range;
        /** the target as recorded, null when none (open-sdg: a target of 0 is read as 0.001) */
        final BigDecimal target;
        final double targetValue;
        /** the target year (open-sdg: 2030 by default; linear: 0 without a target) */
        final int targetYear;
        /** where progress is measured from: its time, and the period (linear) */
        final double baseTime;
        final Period basePeriod;
        final BigDecimal limit;
        final double limitValue;
        /** the milestones' years and values, in their order (linear; none for open-sdg) */
        final double[] milestoneYears;
        final double[] milestoneValues;

        private Row(MethodInput in, BigDecimal target, Integer targetYear, double baseTime, List<Milestone> milestones) {
            direction = in.direction().sign();
            range = in.targetHigh() != null;
            this.target = target;
            targetValue = target == null ? Double.NaN : target.doubleValue();
            this.targetYear = targetYear == null ? 0 : targetYear;
            this.baseTime = baseTime;
            basePeriod = in.basePeriod();
            limit = in.limit();
            limitValue = in.limit() == null ? Double.NaN : in.limit().doubleValue();
            milestoneYears = milestones.isEmpty() ? NONE : new double[milestones.size()];
            milestoneValues = milestones.isEmpty() ? NONE : new double[milestones.size()];
            for (int k = 0; k < milestones.size(); k++) {
                milestoneYears[k] = milestones.get(k).year();
                milestoneValues[k] = milestones.get(k).value().doubleValue();
            }
        }
    }

    private final Row[] rows;

    /** An empty table of {@code rows} rows. */
    public TrendParameters(int rows) {
        this.rows = new Row[rows];
    }

    /** Row {@code i} as open-sdg reads an indicator: defaults base year 2015, target year 2030, a target of 0 as 0.001. */
    public TrendParameters setOpenSdg(int i, MethodInput in) {
        BigDecimal t = in.target() != null && in.target().signum() == 0 ? SMALL : in.target();
        double baseTime = in.basePeriod() != null ? SeriesData.timeOf(in.basePeriod()) : OpenSdgMethod.DEFAULT_BASE_YEAR;
        rows[i] = new Row(in, t, in.targetYear() != null ? in.targetYear() : OpenSdgMethod.DEFAULT_TARGET_YEAR, baseTime, List.of());
        return this;
    }

    /** Row {@code i} as linear reads an indicator: the baseline period, the target, the milestones. */
    public TrendParameters setLinear(int i, MethodInput in) {
        rows[i] = new Row(in, in.target(), in.targetYear(), 0, in.milestones());
        return this;
    }

    /** Row {@code i}. */
    Row row(int i) {
        return rows[i];
    }
}
