package eu.strateg.core.evaluation;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Headline values of several indicators over one list of periods, held as primitive columns (tabulka hodnot /
 * tabela wartości): the form in which a statistical table or a columnar store hands over many values at once,
 * without an {@link Observation} object per value. Cell (indicator {@code i}, period {@code p}) holds a
 * {@code double}; {@code NaN} means "no value".
 *
 * <p>It stands for one final headline observation per cell that has a value, whose exact decimal is
 * {@link BigDecimal#valueOf(double)} of the cell (the shortest decimal that reads back as the same double):
 * {@link #toObservations()} gives them, and evaluating the columns gives the same result as evaluating those
 * observations. Immutable; the arrays given are copied.
 */
public final class ValueColumns {

    private final Layout layout;
    private final double[] values;
    /** which rows are whole (see {@link Layout#check}) */
    private final boolean[] whole;

    /**
     * @param indicatorCodes one code per row, distinct
     * @param periods one period per column, distinct
     * @param values row by row: the value of indicator {@code i} for period {@code p} at {@code i * periods.size() + p};
     *     NaN for none
     * @throws eu.strateg.core.validation.ValidationException listing every bad code, repeated code or period,
     *     infinite value, or a size that does not match
     */
    public ValueColumns(List<String> indicatorCodes, List<Period> periods, double[] values) {
        this(layout(indicatorCodes, periods), values);
    }

    private ValueColumns(Layout layout, double[] values) {
        this.whole = new boolean[layout.rows()];
        layout.check(values, whole);
        this.layout = layout;
        this.values = values.clone();
    }

    /**
     * The rows and columns alone, checked once: tables of many strategies over the same indicators and periods
     * share one layout, and {@link Layout#with(double[])} then checks only the values.
     *
     * @throws eu.strateg.core.validation.ValidationException listing every bad or repeated code and period
     */
    public static Layout layout(List<String> indicatorCodes, List<Period> periods) {
        return new Layout(indicatorCodes, periods);
    }

    /** The indicator codes (rows) and periods (columns) of value columns; immutable. */
    public static final class Layout {
        private final String[] codes;
        private final Period[] periods;

        private Layout(List<String> indicatorCodes, List<Period> periods) {
            Problems p = new Problems();
            Check.required(p, "indicatorCodes", indicatorCodes);
            Check.required(p, "periods", periods);
            p.throwIfAny();
            this.codes = indicatorCodes.toArray(new String[0]);
            this.periods = periods.toArray(new Period[0]);
            Set<String> seenCodes = new HashSet<>();
            for (int i = 0; i < codes.length; i++) {
                if (codes[i] == null || !Check.isCode(codes[i])) {
                    Check.code(p, "indicatorCodes[" + i + "]", codes[i]);
                } else if (!seenCodes.add(codes[i])) {
                    p.add("indicatorCodes[" + i + "]", "repeats %s", codes[i]);
                }
            }
            Set<Period> seenPeriods = new HashSet<>();
            for (int k = 0; k < this.periods.length; k++) {
                if (this.periods[k] == null) {
                    p.add("periods[" + k + "]", "is required");
                } else if (!seenPeriods.add(this.periods[k])) {
                    p.add("periods[" + k + "]", "repeats %s", this.periods[k]);
                }
            }
            p.throwIfAny();
        }

        /**
         * The values of this layout (row by row, NaN for none; copied).
         *
         * @throws eu.strateg.core.validation.ValidationException for an infinite value or a size that does not match
         */
        public ValueColumns with(double[] values) {
            return new ValueColumns(this, values);
        }

        /** A reusable table of this layout, every cell empty (NaN), for handing many strategies' values over one after another. */
        public Buffer buffer() {
            return new Buffer(this);
        }

        int rows() {
            return codes.length;
        }

        int width() {
            return periods.length;
        }

        String code(int row) {
            return codes[row];
        }

        Period period(int column) {
            return periods[column];
        }

        /**
         * Checks values for this layout (present, of the right size, finite or NaN) and notes in {@code whole}
         * (one per row) which rows are whole: a value in every column. An evaluation reads a whole row in place, as
         * it is; other rows it copies, leaving out the missing values.
         *
         * @throws eu.strateg.core.validation.ValidationException naming every bad value, or the size; {@code whole}
         *     is then not to be used
         */
        void check(double[] values, boolean[] whole) {
            if (values == null || values.length != codes.length * periods.length) {
                Problems p = new Problems();
                Check.required(p, "values", values);
                p.throwIfAny();
                p.add("values", "%d values for %d indicators × %d periods", values.length, codes.length, periods.length);
                p.throwIfAny();
            }
            for (int r = 0; r < codes.length; r++) {
                whole[r] = checkRow(values, r);
            }
        }

        /**
         * Whether row {@code r} of values of this layout's size is whole (see {@link #check}); what {@link #check} does
         * for each row, and an evaluation of unchecked values for each row it reads.
         *
         * @throws eu.strateg.core.validation.ValidationException when the row has an infinite value, naming every
         *     infinite value of the table
         */
        boolean checkRow(double[] values, int r) {
            int from = r * periods.length;
            int to = from + periods.length;
            if (finite(values, from, to)) {
                return true; // the usual case: one pass, no report built
            }
            for (int j = from; j < to; j++) { // a row with a missing (or an infinite) value
                if (Double.isInfinite(values[j])) {
                    reject(values);
                }
            }
            return false;
        }

        /** Throws the report of every infinite value of the table. */
        private void reject(double[] values) {
            Problems p = new Problems();
            for (int j = 0; j < values.length; j++) {
                if (Double.isInfinite(values[j])) {
                    p.add(cell(j), "must be a finite number or NaN, was %s", values[j]);
                }
            }
            p.throwIfAny();
        }

        /** The path of cell {@code j} in messages: {@code values[code][period]}. */
        String cell(int j) {
            return Paths.keyed("values", codes[j / periods.length]) + "[" + periods[j % periods.length] + "]";
        }
    }

    /**
     * A mutable table of values of one {@link Layout}, owned by its caller and reused: fill it with one
     * strategy's values, evaluate them ({@link EvaluationPlan#scores(Buffer, LocalDate)}), fill it with the next
     * strategy's. It saves allocating and copying a new {@link ValueColumns} per strategy; an evaluation reads it
     * while it runs, so it must not be changed meanwhile. It evaluates exactly as {@link #toColumns()}. Not
     * thread-safe: one buffer per thread.
     */
    public static final class Buffer {
        private final Layout layout;
        private final double[] values;
        /** which rows are whole (see {@link Layout#check}), and a spare array of as many, for checking new values */
        private boolean[] whole;
        private boolean[] spare;

        private Buffer(Layout layout) {
            this.layout = layout;
            this.values = new double[layout.rows() * layout.width()];
            this.whole = new boolean[layout.rows()];
            this.spare = new boolean[layout.rows()];
            Arrays.fill(values, Double.NaN);
        }

        public Layout layout() {
            return layout;
        }

        /**
         * Replaces every cell with {@code values} (row by row, NaN for none), which are copied.
         *
         * @throws eu.strateg.core.validation.ValidationException for an infinite value or a size that does not
         *     match; the buffer is then left as it was
         */
        public Buffer set(double[] values) {
            layout.check(values, spare);
            System.arraycopy(values, 0, this.values, 0, values.length);
            boolean[] checked = spare;
            spare = whole;
            whole = checked;
            return this;
        }

        /**
         * Sets one cell (NaN: no value).
         *
         * @throws IllegalArgumentException for an infinite value, naming the cell
         * @throws IndexOutOfBoundsException for a row or column outside the layout
         */
        public Buffer set(int row, int column, double value) {
            Objects.checkIndex(row, layout.rows());
            Objects.checkIndex(column, layout.width());
            int width = layout.width();
            int j = row * width + column;
            if (Double.isInfinite(value)) {
                throw new IllegalArgumentException(layout.cell(j) + " must be a finite number or NaN, was " + value);
            }
            values[j] = value;
            whole[row] = finite(values, row * width, (row + 1) * width);
            return this;
        }

        /** Empties every cell. */
        public Buffer clear() {
            Arrays.fill(values, Double.NaN);
            Arrays.fill(whole, false);
            return this;
        }

        /** The current values as immutable columns (a copy). */
        public ValueColumns toColumns() {
            return new ValueColumns(layout, values);
        }

        double[] cells() {
            return values;
        }

        boolean[] whole() {
            return whole;
        }
    }

    Layout layout() {
        return layout;
    }

    /** The values row by row (row {@code i}, column {@code p} at {@code i * periodCount() + p}); not to be changed. */
    double[] cells() {
        return values;
    }

    /** Whether every value from {@code from} to {@code to} − 1 is finite (no NaN: no missing value). */
    private static boolean finite(double[] values, int from, int to) {
        boolean all = true;
        for (int j = from; j < to; j++) { // without branches: the row is nearly always whole
            all &= Double.isFinite(values[j]);
        }
        return all;
    }

    /** Which rows are whole (see {@link Layout#check}); not to be changed. */
    boolean[] whole() {
        return whole;
    }

    /** How many indicators (rows). */
    public int indicatorCount() {
        return layout.rows();
    }

    /** How many periods (columns). */
    public int periodCount() {
        return layout.width();
    }

    public String indicatorCode(int row) {
        return layout.code(row);
    }

    public Period period(int column) {
        return layout.period(column);
    }

    /** The value of indicator {@code row} for period {@code column}; NaN when there is none. */
    public double value(int row, int column) {
        return values[row * layout.width() + column];
    }

    /** The observations these columns stand for: one final headline observation per cell with a value, row by row. */
    public List<Observation> toObservations() {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < layout.rows(); i++) {
            for (int k = 0; k < layout.width(); k++) {
                double v = value(i, k);
                if (!Double.isNaN(v)) {
                    out.add(Observation.of(layout.code(i), layout.period(k), BigDecimal.valueOf(v)));
                }
            }
        }
        return out;
    }
}
