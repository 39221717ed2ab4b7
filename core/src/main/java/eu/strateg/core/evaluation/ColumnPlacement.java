package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.period.Period;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Where a plan finds its indicators' values in one {@link ValueColumns.Layout} as of one date: the row of each
 * indicator, the columns whose period has ended in time order with their times, and for each indicator the column
 * of its declared baseline period. It depends only on the plan, the layout and the date, never on the values, so
 * an {@link EvaluationPlan} computes it once and keeps it for the next evaluation with the same layout and date
 * (many strategies share one layout). Immutable.
 */
final class ColumnPlacement {

    /** {@link #baseColumn} of an indicator whose baseline has no column (it is put in by its time). */
    static final int NO_COLUMN = -1;

    final ValueColumns.Layout layout;
    final LocalDate asOf;
    /** the row of each indicator (−1: none, or a computed indicator, whose values come from its formula) */
    final int[] rowOf;
    /** the rows of the layout that no indicator reads (they are still checked when values come unchecked) */
    final int[] unread;
    /** the columns whose period has ended by the as-of date, in time order (stable), and the time of each */
    final int[] order;
    final double[] orderTime;
    /** every column's period */
    final Period[] columnPeriod;
    /** whether two ended columns fall at one time (then a row with values in both is not one series) */
    final boolean columnsTie;
    /**
     * whether the ended columns are the first ones, in strictly increasing time (column {@code k} is the
     * {@code k}-th value of a row's series): then a whole row can be read in place
     */
    final boolean inOrder;
    /** each indicator's baseline period when it has ended by the as-of date, else null */
    final Period[] basePeriod;
    /** the column whose period is that baseline period, {@link #NO_COLUMN} when no ended column has it */
    final int[] baseColumn;

    ColumnPlacement(EvaluationPlan plan, ValueColumns.Layout layout, LocalDate asOf) {
        this.layout = layout;
        this.asOf = asOf;
        int width = layout.width();
        columnPeriod = new Period[width];
        double[] time = new double[width];
        int[] ended = new int[width];
        int count = 0;
        for (int c = 0; c < width; c++) {
            columnPeriod[c] = layout.period(c);
            time[c] = SeriesData.timeOf(columnPeriod[c]);
            if (columnPeriod[c].hasEndedBy(asOf)) {
                ended[count++] = c;
            }
        }
        order = Arrays.copyOf(ended, count);
        for (int i = 1; i < count; i++) { // insertion sort by time, stable: columns usually come in time order
            int c = order[i];
            int j = i - 1;
            while (j >= 0 && time[order[j]] > time[c]) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = c;
        }
        orderTime = new double[count];
        boolean tie = false;
        for (int k = 0; k < count; k++) {
            orderTime[k] = time[order[k]];
            tie |= k > 0 && orderTime[k] == orderTime[k - 1];
        }
        columnsTie = tie;
        boolean first = !tie;
        for (int k = 0; k < count; k++) {
            first &= order[k] == k;
        }
        inOrder = first;
        rowOf = rows(plan, layout);
        unread = unread(rowOf, layout.rows());
        int n = plan.size();
        basePeriod = new Period[n];
        baseColumn = new int[n];
        long asOfDay = asOf.toEpochDay();
        for (int i = 0; i < n; i++) {
            basePeriod[i] = plan.basePeriod(i, asOfDay);
            baseColumn[i] = NO_COLUMN;
            for (int k = 0; basePeriod[i] != null && k < count; k++) {
                if (columnPeriod[order[k]].equals(basePeriod[i])) {
                    baseColumn[i] = order[k];
                }
            }
        }
    }

    private static int[] unread(int[] rowOf, int rows) {
        boolean[] read = new boolean[rows];
        for (int r : rowOf) {
            if (r >= 0) {
                read[r] = true;
            }
        }
        int[] out = new int[rows];
        int count = 0;
        for (int r = 0; r < rows; r++) {
            if (!read[r]) {
                out[count++] = r;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static int[] rows(EvaluationPlan plan, ValueColumns.Layout layout) {
        int[] rows = new int[plan.size()];
        Arrays.fill(rows, -1);
        for (int r = 0; r < layout.rows(); r++) {
            int k = plan.position(layout.code(r), r);
            if (k >= 0 && plan.formula(k) == null) {
                rows[k] = r;
            }
        }
        return rows;
    }

    /** Whether this is the placement for that layout and date. */
    boolean isFor(ValueColumns.Layout l, LocalDate date) {
        return layout == l && asOf.equals(date);
    }
}
