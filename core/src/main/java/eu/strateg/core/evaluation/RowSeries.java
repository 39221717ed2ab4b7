package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.method.SeriesView;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of {@link ValueColumns} seen as a headline series, without copying it into a {@link SeriesData}: the
 * values of the periods that have ended by the as-of date, in time order, with the indicator's declared baseline
 * put in when the row has no value for its period (as {@link SeriesAssembler} does for observations). The exact
 * decimal of a cell is {@link SeriesData#decimalOf(double)}, of the baseline its recorded value. Refilled for each
 * indicator of one evaluation; not thread-safe.
 */
final class RowSeries implements SeriesView {

    private final ValueColumns columns;
    /** the columns whose period has ended, in time order, and the time of each column */
    private final int[] order;
    private final double[] columnTime;
    private final Period[] periods;
    private final double[] times;
    private final double[] values;
    private int size;
    private int count;
    private int baseSlot;
    private BigDecimal baseExact;

    RowSeries(ValueColumns columns, LocalDate asOf) {
        this.columns = columns;
        int width = columns.periodCount();
        columnTime = new double[width];
        int ended = 0;
        int[] kept = new int[width];
        for (int c = 0; c < width; c++) {
            columnTime[c] = SeriesData.timeOf(columns.period(c));
            if (columns.period(c).hasEndedBy(asOf)) {
                kept[ended++] = c;
            }
        }
        order = java.util.Arrays.copyOf(kept, ended);
        for (int i = 1; i < ended; i++) { // insertion sort by time, stable: columns usually come in time order
            int c = order[i];
            int j = i - 1;
            while (j >= 0 && columnTime[order[j]] > columnTime[c]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
        periods = new Period[ended + 1];
        times = new double[ended + 1];
        values = new double[ended + 1];
    }

    /**
     * Fills the view with row {@code row} (−1: no row, only the baseline) and the baseline ({@code basePeriod} null:
     * none, or not ended by the as-of date).
     *
     * @return false when two values fall at one time (the series is not one series)
     */
    boolean fill(int row, Period basePeriod, double baseTime, double baseValue, BigDecimal exactBase) {
        size = 0;
        count = 0;
        baseSlot = -1;
        Period base = basePeriod;
        for (int k = 0; row >= 0 && k < order.length; k++) {
            if (!Double.isNaN(columns.value(row, order[k]))) {
                count++;
                base = base != null && columns.period(order[k]).equals(base) ? null : base;
            }
        }
        for (int k = 0; row >= 0 && k < order.length; k++) {
            int c = order[k];
            double v = columns.value(row, c);
            if (!Double.isNaN(v)) {
                if (base != null && baseTime < columnTime[c]) {
                    addBase(base, baseTime, baseValue, exactBase);
                    base = null;
                }
                // −0.0 becomes 0.0, as through its exact decimal (a BigDecimal has no negative zero)
                add(columns.period(c), columnTime[c], v == 0 ? 0.0 : v);
            }
        }
        if (base != null) {
            addBase(base, baseTime, baseValue, exactBase);
        }
        for (int i = 1; i < size; i++) {
            if (times[i] == times[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private void addBase(Period base, double baseTime, double baseValue, BigDecimal exactBase) {
        baseSlot = size;
        baseExact = exactBase;
        add(base, baseTime, baseValue);
    }

    private void add(Period p, double t, double v) {
        periods[size] = p;
        times[size] = t;
        values[size] = v;
        size++;
    }

    /** How many values the row gave (the baseline not counted). */
    int count() {
        return count;
    }

    /** The same values as an immutable series. */
    SeriesData toSeriesData() {
        SeriesData.Builder b = SeriesData.builder(size);
        for (int i = 0; i < size; i++) {
            b.add(periods[i], values[i], i == baseSlot ? baseExact : null);
        }
        return b.build();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Period period(int i) {
        return periods[i];
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
        double t = SeriesData.timeOf(p);
        for (int i = 0; i < size; i++) {
            if (times[i] == t && periods[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }
}
