package eu.strateg.benchmarks.national;

/**
 * One generated municipal strategy held as primitive columns, indexed by indicator {@code i} (and year {@code y}
 * for values): what the hand-written baseline reads directly and what {@link NationalDataset} turns into Strateg's
 * model. A missing value or parameter is NaN (or 0 for a base year).
 *
 * <p>The tree is fixed by the indicator count: indicator {@code i} measures measure {@code i / 5}, measure
 * {@code m} belongs to goal {@code m / 2}, goal {@code g} to priority area {@code g / 3}.
 */
public final class StrategyColumns {

    /** Method of an indicator: the linear trajectory. */
    public static final byte LINEAR = 0;
    /** Method of an indicator: open-sdg (with or without a target). */
    public static final byte OPEN_SDG = 1;

    public static final int INDICATORS_PER_MEASURE = 5;
    public static final int MEASURES_PER_GOAL = 2;
    public static final int GOALS_PER_AREA = 3;

    final int indicators;
    final int years;
    final int firstYear;
    /** {@link #LINEAR} or {@link #OPEN_SDG} */
    final byte[] method;
    /** +1 increase desired, −1 decrease desired */
    final byte[] direction;
    /** the baseline period (a year); 0 when the indicator declares no baseline */
    final short[] baseYear;
    final double[] baseValue;
    /** NaN: no target */
    final double[] target;
    final short[] targetYear;
    /** one optional milestone (year 0: none) */
    final short[] milestoneYear;
    final double[] milestoneValue;
    /** NaN: no natural limit */
    final double[] limit;
    final double[] weight;
    /** the priority areas' weights in the strategy's roll-up */
    final double[] areaWeight;
    /** {@code values[i * years + y]}: the value of indicator i in year {@code firstYear + y}, NaN when not observed */
    final double[] values;

    StrategyColumns(int indicators, int years, int firstYear, int areas) {
        this.indicators = indicators;
        this.years = years;
        this.firstYear = firstYear;
        method = new byte[indicators];
        direction = new byte[indicators];
        baseYear = new short[indicators];
        baseValue = new double[indicators];
        target = new double[indicators];
        targetYear = new short[indicators];
        milestoneYear = new short[indicators];
        milestoneValue = new double[indicators];
        limit = new double[indicators];
        weight = new double[indicators];
        areaWeight = new double[areas];
        values = new double[indicators * years];
    }

    public int indicators() {
        return indicators;
    }

    public int years() {
        return years;
    }

    public int firstYear() {
        return firstYear;
    }

    public static int measures(int indicators) {
        return (indicators + INDICATORS_PER_MEASURE - 1) / INDICATORS_PER_MEASURE;
    }

    public static int goals(int indicators) {
        return (measures(indicators) + MEASURES_PER_GOAL - 1) / MEASURES_PER_GOAL;
    }

    public static int areas(int indicators) {
        return (goals(indicators) + GOALS_PER_AREA - 1) / GOALS_PER_AREA;
    }

    /** The value of indicator i in year index y (NaN when not observed). */
    public double value(int i, int y) {
        return values[i * years + y];
    }

    /** The number of observed (non-missing) values. */
    public int observationCount() {
        int n = 0;
        for (double v : values) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        return n;
    }
}
