package eu.strateg.core.evaluation.method;

import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the trend methods ({@code open-sdg}, {@code linear}) need of indicators, as columns: one array per
 * parameter, one row per indicator, each number both as a double and as recorded. A strategy's evaluation plan
 * holds one table for all its indicators, so the calculation reads a few dense arrays instead of every
 * indicator's objects; a method assessing one series alone uses a table of one row. Each row is filled with the
 * method's own reading of the indicator ({@link #setOpenSdg}, {@link #setLinear}). Filled once, then only read.
 */
public final class TrendParameters {

    private static final BigDecimal SMALL = new BigDecimal("0.001");
    private static final double[] NONE = new double[0];

    final int[] direction;
    /** the target is a range (the trend methods do not apply) */
    final boolean[] range;
    /** the target as recorded, null when none (open-sdg: a target of 0 is read as 0.001) */
    final BigDecimal[] target;
    final double[] targetValue;
    /** the target year (open-sdg: 2030 by default; linear: 0 without a target) */
    final int[] targetYear;
    /** where progress is measured from: its time, and the period (linear) */
    final double[] baseTime;
    final Period[] basePeriod;
    final BigDecimal[] limit;
    final double[] limitValue;
    final double[][] milestoneYears;
    final double[][] milestoneValues;

    /** An empty table of {@code rows} rows. */
    public TrendParameters(int rows) {
        direction = new int[rows];
        range = new boolean[rows];
        target = new BigDecimal[rows];
        targetValue = new double[rows];
        targetYear = new int[rows];
        baseTime = new double[rows];
        basePeriod = new Period[rows];
        limit = new BigDecimal[rows];
        limitValue = new double[rows];
        milestoneYears = new double[rows][];
        milestoneValues = new double[rows][];
    }

    /** Row {@code i} as open-sdg reads an indicator: defaults base year 2015, target year 2030, a target of 0 as 0.001. */
    public TrendParameters setOpenSdg(int i, MethodInput in) {
        BigDecimal t = in.target() != null && in.target().signum() == 0 ? SMALL : in.target();
        set(i, in, t, in.targetYear() != null ? in.targetYear() : OpenSdgMethod.DEFAULT_TARGET_YEAR);
        baseTime[i] = in.basePeriod() != null ? SeriesData.timeOf(in.basePeriod()) : OpenSdgMethod.DEFAULT_BASE_YEAR;
        return this;
    }

    /** Row {@code i} as linear reads an indicator: the baseline period, the target, the milestones. */
    public TrendParameters setLinear(int i, MethodInput in) {
        set(i, in, in.target(), in.targetYear());
        List<Milestone> m = in.milestones();
        milestoneYears[i] = m.isEmpty() ? NONE : new double[m.size()];
        milestoneValues[i] = m.isEmpty() ? NONE : new double[m.size()];
        for (int k = 0; k < m.size(); k++) {
            milestoneYears[i][k] = m.get(k).year();
            milestoneValues[i][k] = m.get(k).value().doubleValue();
        }
        return this;
    }

    private void set(int i, MethodInput in, BigDecimal t, Integer year) {
        direction[i] = in.direction().sign();
        range[i] = in.targetHigh() != null;
        target[i] = t;
        targetValue[i] = t == null ? Double.NaN : t.doubleValue();
        targetYear[i] = year == null ? 0 : year;
        basePeriod[i] = in.basePeriod();
        limit[i] = in.limit();
        limitValue[i] = in.limit() == null ? Double.NaN : in.limit().doubleValue();
    }
}
