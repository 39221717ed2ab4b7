package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.method.SeriesView;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;

/**
 * One row of {@link ValueColumns} seen as a headline series, without copying it into a {@link SeriesData}: the
 * values of the periods that have ended by the as-of date, in time order, with the indicator's declared baseline
 * put in when the row has no value for its period (as {@link SeriesAssembler} does for observations). The exact
 * decimal of a cell is {@link SeriesData#decimalOf(double)}, of the baseline its recorded value.
 *
 * <p>A whole row (a value in every column, see {@link ValueColumns.Layout#check}) of a layout whose ended columns
 * come first and in time order is read in place: the view's values are the row's cells and its times the
 * columns' times, nothing is copied. Any other row is copied into the view's own arrays, its missing values left
 * out and the baseline put in. Refilled for each indicator of one evaluation; not thread-safe.
 */
final class RowSeries implements SeriesView {

    private final ColumnPlacement place;
    /**
     * the values row by row, which rows are whole (null when the values come unchecked: each row is then checked,
     * and found whole or not, as it is read), and how many columns a row has
     */
    private final double[] cells;
    private final boolean[] whole;
    private final int width;
    /** the arrays a row is copied into: the column of each value (−1 for the baseline), its time and its value */
    private final int[] ownSlots;
    private final double[] ownTimes;
    private final double[] ownValues;
    /** what the view reads: value {@code i} is {@code values[from + i]}, in a row in place or in the own arrays */
    private int[] slots;
    private double[] times;
    private double[] values;
    private int from;
    private int size;
    private int count;
    private int baseSlot;
    /** the position of the value for the baseline period (measured or put in), −1 when none */
    private int baseIndex;
    private Period basePeriod;
    private BigDecimal baseExact;

    RowSeries(ColumnPlacement place, double[] cells, boolean[] whole) {
        this.place = place;
        this.cells = cells;
        this.whole = whole;
        this.width = place.layout.width();
        int ended = place.order.length;
        ownSlots = new int[ended + 1];
        ownTimes = new double[ended + 1];
        ownValues = new double[ended + 1];
    }

    /**
     * Fills the view with row {@code row} (−1: no row, only the baseline) and indicator {@code i}'s baseline when it
     * has ended by the as-of date.
     *
     * @return false when two values fall at one time (the series is not one series)
     */
    boolean fill(int row, EvaluationPlan plan, int i) {
        int baseColumn = place.baseColumn[i];
        baseSlot = -1;
        basePeriod = place.basePeriod[i];
        if (row >= 0 && (whole != null ? whole[row] : place.layout.checkRow(cells, row)) && place.inOrder && (basePeriod == null || baseColumn != ColumnPlacement.NO_COLUMN)) {
            slots = place.order; // in order: value k is column k
            times = place.orderTime;
            values = cells;
            from = row * width;
            size = place.order.length;
            count = size;
            baseIndex = basePeriod == null ? -1 : baseColumn;
            return true;
        }
        slots = ownSlots;
        times = ownTimes;
        values = ownValues;
        from = 0;
        return copy(row, plan, i, baseColumn);
    }

    /**
     * Checks the rows of unchecked values that no indicator read.
     *
     * @throws eu.strateg.core.validation.ValidationException when one of them has an infinite value
     */
    void checkUnread() {
        for (int row : place.unread) {
            place.layout.checkRow(cells, row);
        }
    }

    /** Copies row {@code row} (−1: none) into the own arrays, without its missing values, and puts the baseline in. */
    private boolean copy(int row, EvaluationPlan plan, int i, int baseColumn) {
        int[] order = place.order;
        double[] orderTime = place.orderTime;
        size = 0;
        baseIndex = -1;
        int offset = row * width;
        for (int k = 0; row >= 0 && k < order.length; k++) {
            int c = order[k];
            double v = cells[offset + c];
            if (!Double.isNaN(v)) {
                baseIndex = c == baseColumn ? size : baseIndex;
                ownSlots[size] = c;
                ownTimes[size] = orderTime[k];
                ownValues[size] = v;
                size++;
            }
        }
        count = size;
        if (basePeriod != null && baseIndex < 0 && !putBaseline(plan.baseTime(i), plan.baseValue(i), plan.exactBaseValue(i))) {
            return false;
        }
        for (int k = 1; place.columnsTie && k < size; k++) {
            if (ownTimes[k] == ownTimes[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Puts the declared baseline in, after the values at or before its time; false when one is at its time. */
    private boolean putBaseline(double time, double value, BigDecimal exact) {
        int p = size;
        while (p > 0 && ownTimes[p - 1] > time) {
            p--;
        }
        System.arraycopy(ownSlots, p, ownSlots, p + 1, size - p);
        System.arraycopy(ownTimes, p, ownTimes, p + 1, size - p);
        System.arraycopy(ownValues, p, ownValues, p + 1, size - p);
        ownSlots[p] = -1;
        ownTimes[p] = time;
        ownValues[p] = value;
        size++;
        baseSlot = p;
        baseIndex = p;
        baseExact = exact;
        return p == 0 || ownTimes[p - 1] != time;
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
        return i == baseSlot ? basePeriod : place.columnPeriod[slots[i]];
    }

    @Override
    public double time(int i) {
        return times[i];
    }

    @Override
    public double value(int i) {
        return values[from + i] + 0.0; // −0.0 (read in place) becomes 0.0, as through its exact decimal; any other value stays as it is
    }

    @Override
    public BigDecimal exact(int i) {
        return i == baseSlot ? baseExact : SeriesData.decimalOf(value(i));
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
