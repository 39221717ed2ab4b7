package eu.strateg.core.evaluation;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private final String[] codes;
    private final Period[] periods;
    private final double[] values;

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
        this.codes = layout.codes;
        this.periods = layout.periods;
        Problems p = new Problems();
        Check.required(p, "values", values);
        p.throwIfAny();
        this.values = values.clone();
        if (this.values.length != codes.length * periods.length) {
            p.add("values", "%d values for %d indicators × %d periods", this.values.length, codes.length, periods.length);
        } else {
            checkFinite(p);
        }
        p.throwIfAny();
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
    }

    private void checkFinite(Problems p) {
        boolean infinite = false;
        for (double v : values) { // one pass without branches first: values are nearly always finite or NaN
            infinite |= Double.isInfinite(v);
        }
        for (int j = 0; infinite && j < values.length; j++) {
            if (Double.isInfinite(values[j])) {
                int w = periods.length;
                p.add(Paths.keyed("values", codes[j / w]) + "[" + periods[j % w] + "]", "must be a finite number or NaN, was %s", values[j]);
            }
        }
    }

    /** How many indicators (rows). */
    public int indicatorCount() {
        return codes.length;
    }

    /** How many periods (columns). */
    public int periodCount() {
        return periods.length;
    }

    public String indicatorCode(int row) {
        return codes[row];
    }

    public Period period(int column) {
        return periods[column];
    }

    /** The value of indicator {@code row} for period {@code column}; NaN when there is none. */
    public double value(int row, int column) {
        return values[row * periods.length + column];
    }

    /** The observations these columns stand for: one final headline observation per cell with a value, row by row. */
    public List<Observation> toObservations() {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            for (int k = 0; k < periods.length; k++) {
                double v = value(i, k);
                if (!Double.isNaN(v)) {
                    out.add(Observation.of(codes[i], periods[k], BigDecimal.valueOf(v)));
                }
            }
        }
        return out;
    }
}
