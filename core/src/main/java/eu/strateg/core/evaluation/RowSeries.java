package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.method.SeriesView;
import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One row of {@link ValueColumns} seen as a headline series, without copying it into a {@link SeriesData}: the
 * values of the periods that have ended by the as-of date, in time order, with the indicator's declared baseline
 * put in when the row has no value for its period (as {@link SeriesAssembler} does for observations). The exact
 * decimal of a cell is {@link SeriesData#decimalOf(double)}, of the baseline its recorded value. Refilled for each
 * indicator of one evaluation; not thread-safe.
 */
final class RowSeries implements SeriesView {

    /** the columns whose period has ended, in time order, and the time and period of each column */
    private final int[] order;
    private final double[] columnTime;
    private final Period[] columnPeriod;
    /** each column's period as primitives (type, first day), to compare without reading a period object */
    private final PeriodType[] columnType;
    private final long[] columnStart;
    /** whether two ended columns fall at one time (then a row with values in both is not one series) */
    private final boolean columnsTie;
    /** the values row by row and how many columns a row has */
    private final double[] cells;
    private final int width;
    /** the series: the column of each value (−1 for the baseline), its time and its value, dense for the methods */
    private final int[] slots;
    private final double[] times;
    private final double[] values;
    private int size;
    private int count;
    private int baseSlot;
    /** the position of the value for the baseline period (measured or put in), −1 when none */
    private int baseIndex;
    private Period basePeriod;
    private BigDecimal baseExact;

    RowSeries(ValueColumns.Layout columns, double[] cells, LocalDate asOf) {
        this.cells = cells;
        this.width = columns.width();
        columnTime = new double[width];
        columnPeriod = new Period[width];
        columnType = new PeriodType[width];
        columnStart = new long[width];
        int ended = 0;
        int[] kept = new int[width];
        for (int c = 0; c < width; c++) {
            columnPeriod[c] = columns.period(c);
            columnTime[c] = SeriesData.timeOf(columnPeriod[c]);
            columnType[c] = columnPeriod[c].type();
            columnStart[c] = columnPeriod[c].start().toEpochDay();
            if (columnPeriod[c].hasEndedBy(asOf)) {
                kept[ended++] = c;
            }
        }
        order = Arrays.copyOf(kept, ended);
        for (int i = 1; i < ended; i++) { // insertion sort by time, stable: columns usually come in time order
            int c = order[i];
            int j = i - 1;
            while (j >= 0 && columnTime[order[j]] > columnTime[c]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
        boolean tie = false;
        for (int i = 1; i < ended; i++) {
            tie |= columnTime[order[i]] == columnTime[order[i - 1]];
        }
        columnsTie = tie;
        slots = new int[ended + 1];
        times = new double[ended + 1];
        values = new double[ended + 1];
    }

    /**
     * Fills the view with row {@code row} (−1: no row, only the baseline) and indicator {@code i}'s baseline when it
     * has ended by the as-of day.
     *
     * @return false when two values fall at one time (the series is not one series)
     */
    boolean fill(int row, EvaluationPlan plan, int i, long asOfDay) {
        Period base = plan.basePeriod(i, asOfDay);
        double time = plan.baseTime(i);
        PeriodType type = plan.baseType(i);
        long start = plan.baseStart(i);
        size = 0;
        baseSlot = -1;
        baseIndex = -1;
        basePeriod = base;
        int offset = row * width;
        for (int k = 0; row >= 0 && k < order.length; k++) {
            int c = order[k];
            double v = cells[offset + c];
            if (!Double.isNaN(v)) {
                if (base != null && columnTime[c] == time && columnType[c] == type && columnStart[c] == start) {
                    baseIndex = size;
                }
                slots[size] = c;
                times[size] = columnTime[c];
                values[size] = v == 0 ? 0.0 : v; // −0.0 becomes 0.0, as through its exact decimal (a BigDecimal has no negative zero)
                size++;
            }
        }
        count = size;
        if (base != null && baseIndex < 0 && !putBaseline(time, plan.baseValue(i), plan.exactBaseValue(i))) {
            return false;
        }
        for (int k = 1; columnsTie && k < size; k++) {
            if (times[k] == times[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Puts the declared baseline in, after the values at or before its time; false when one is at its time. */
    private boolean putBaseline(double time, double value, BigDecimal exact) {
        int p = size;
        while (p > 0 && times[p - 1] > time) {
            p--;
        }
        System.arraycopy(slots, p, slots, p + 1, size - p);
        System.arraycopy(times, p, times, p + 1, size - p);
        System.arraycopy(values, p, values, p + 1, size - p);
        slots[p] = -1;
        times[p] = time;
        values[p] = value;
        size++;
        baseSlot = p;
        baseIndex = p;
        baseExact = exact;
        return p == 0 || times[p - 1] != time;
    }

    /** How many values the row gave (the baseline not counted). */
    int count() {
        return count;
    }

    /** The same values as an immutable series. */
    SeriesData toSeriesData() {
        SeriesData.Builder b = SeriesData.builder(size);
        for (int i = 0; i < size; i++) {
            b.add(period(i), value(i), i == baseSlot ? baseExact : null);
        }
        return b.build();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Period period(int i) {
        return i == baseSlot ? basePeriod : columnPeriod[slots[i]];
    }

    @Override
    public double time(int i) {
        return times[i];
    }

    @Override
    public double value(int i) {
        return values[i];
    }

    @Override
    public BigDecimal exact(int i) {
        return i == baseSlot ? baseExact : SeriesData.decimalOf(values[i]);
    }

    @Override
    public int firstAtOrAfter(double time) {
        for (int i = 0; i < size; i++) {
            if (times[i] >= time) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int indexOf(Period p) {
        if (p == basePeriod && p != null) {
            return baseIndex; // the indicator's own baseline period, found while filling
        }
        double t = SeriesData.timeOf(p);
        for (int i = 0; i < size; i++) {
            if (times[i] == t && period(i).equals(p)) {
                return i;
            }
        }
        return -1;
    }
}
