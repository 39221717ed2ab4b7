package eu.strateg.core.evaluation.method;

import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One time series prepared for a method (časová řada / szereg czasowy): values in strictly increasing time, held
 * in primitive arrays so methods can scan them without boxing, with the exact decimals kept beside for the
 * components of an assessment.
 *
 * <p>Time is measured in years at the <em>end</em> of a period, where the end of year {@code Y} counts as
 * {@code Y}: an annual value for 2024 sits at 2024.0, one for 2024-Q2 (ending mid-2024) at 2023.5. Annual series
 * therefore work in plain years, exactly as the published methods do, and sub-annual series fall in between.
 */
public final class SeriesData implements SeriesView {

    private static final Period[] NO_PERIODS = new Period[0];
    private static final double[] NO_NUMBERS = new double[0];
    private static final SeriesData EMPTY = new SeriesData(NO_PERIODS, NO_NUMBERS, NO_NUMBERS, null);

    private final Period[] periods;
    private final double[] times;
    private final double[] values;
    /** null when no value came with its exact decimal */
    private final BigDecimal[] exact;

    private SeriesData(Period[] periods, double[] times, double[] values, BigDecimal[] exact) {
        this.periods = periods;
        this.times = times;
        this.values = values;
        this.exact = exact;
    }

    public static SeriesData empty() {
        return EMPTY;
    }

    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** The time of a period in this class's convention (see the class comment). */
    public static double timeOf(Period p) {
        if (p.type() == PeriodType.YEAR) {
            return p.year();
        }
        return p.endAsFractionalYear() - 1;
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    public Period period(int i) {
        return periods[i];
    }

    public double time(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    /** The value as it was recorded (exact decimal); for a value added without one, {@link #decimalOf(double)}. */
    public BigDecimal exact(int i) {
        BigDecimal e = exact == null ? null : exact[i];
        return e != null ? e : decimalOf(values[i]);
    }

    /**
     * The decimal of a double as {@link BigDecimal#valueOf(double)} gives it (the digits of
     * {@link Double#toString(double)}), without formatting text for the common values that have one or two
     * decimal places and are under 10 million in magnitude.
     */
    public static BigDecimal decimalOf(double v) {
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) { // where Double.toString writes plain digits, always with a decimal place
            if ((double) Math.round(v * 10) / 10 == v) {
                return BigDecimal.valueOf(Math.round(v * 10), 1);
            }
            if ((double) Math.round(v * 100) / 100 == v) {
                return BigDecimal.valueOf(Math.round(v * 100), 2);
            }
        }
        return BigDecimal.valueOf(v);
    }

    /** Index of the latest value, or −1 when empty. */
    public int last() {
        return values.length - 1;
    }

    /** Index of the first value at or after {@code time}, or −1 when there is none. */
    public int firstAtOrAfter(double time) {
        int i = Arrays.binarySearch(times, time);
        if (i >= 0) {
            while (i > 0 && times[i - 1] == time) {
                i--;
            }
            return i;
        }
        int insertion = -i - 1;
        return insertion < times.length ? insertion : -1;
    }

    /** Index of the value at exactly {@code time}, or −1. */
    public int indexAt(double time) {
        int i = Arrays.binarySearch(times, time);
        return i >= 0 ? i : -1;
    }

    /** Index of the value for exactly this period, or −1. */
    public int indexOf(Period p) {
        int i = indexAt(timeOf(p));
        return i >= 0 && periods[i].equals(p) ? i : -1;
    }

    /** The indices of the first {@code n} times in increasing time, equal times in their given order. */
    private static int[] order(double[] times, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n > 64) {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Double.compare(times[a], times[b]));
            for (int i = 0; i < n; i++) {
                order[i] = boxed[i];
            }
            return order;
        }
        // short series (the usual case, often out of order in one place only): a stable insertion sort without boxing
        for (int i = 1; i < n; i++) {
            int k = order[i];
            int j = i - 1;
            while (j >= 0 && Double.compare(times[order[j]], times[k]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = k;
        }
        return order;
    }

    /** Collects values in any order; {@link #build()} sorts them and rejects two values at one time. */
    public static final class Builder {
        private Period[] periods;
        private double[] times;
        private double[] values;
        private BigDecimal[] exact; // made on the first exact value: series from columns mostly have none
        private int n;
        /** the two periods that fell at one time, for the message of {@link #build()} */
        private String duplicate;

        private Builder(int expectedSize) {
            int cap = Math.max(expectedSize, 1);
            periods = new Period[cap];
            times = new double[cap];
            values = new double[cap];
        }

        public Builder add(Period period, BigDecimal value) {
            return add(period, value.doubleValue(), value);
        }

        /** Adds a value whose double and exact forms are both known ({@code exact} may be null). */
        public Builder add(Period period, double value, BigDecimal exactValue) {
            if (n == values.length) {
                int cap = Math.max(4, n * 2);
                periods = Arrays.copyOf(periods, cap);
                times = Arrays.copyOf(times, cap);
                values = Arrays.copyOf(values, cap);
                exact = exact == null ? null : Arrays.copyOf(exact, cap);
            }
            if (exact == null && exactValue != null) {
                exact = new BigDecimal[values.length];
            }
            periods[n] = period;
            times[n] = timeOf(period);
            values[n] = value;
            if (exact != null) {
                exact[n] = exactValue;
            }
            n++;
            return this;
        }

        public int size() {
            return n;
        }

        /** True when a value for exactly this period was added. */
        public boolean contains(Period p) {
            double t = timeOf(p); // equal periods have equal times: compare the primitive first
            for (int i = 0; i < n; i++) {
                if (times[i] == t && periods[i].equals(p)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The series in time order. The builder is left empty.
         *
         * @throws ValidationException when two values fall at the same time (e.g. two for one year)
         */
        public SeriesData build() {
            SeriesData done = buildIfDistinct();
            if (done == null) {
                throw ValidationException.of("series", "two values for one time: %s", duplicate);
            }
            return done;
        }

        /** The series in time order, or null when two values fall at the same time. The builder is left empty. */
        public SeriesData buildIfDistinct() {
            if (n == 0) {
                return EMPTY;
            }
            boolean sorted = true;
            for (int i = 1; i < n && sorted; i++) {
                sorted = times[i - 1] < times[i];
            }
            if (sorted) {
                // A builder sized exactly hands its arrays over instead of copying them; it must not be used again.
                SeriesData done = n == values.length ? new SeriesData(periods, times, values, exact)
                        : new SeriesData(Arrays.copyOf(periods, n), Arrays.copyOf(times, n), Arrays.copyOf(values, n),
                                exact == null ? null : Arrays.copyOf(exact, n));
                periods = NO_PERIODS;
                times = NO_NUMBERS;
                values = NO_NUMBERS;
                exact = null;
                n = 0;
                return done;
            }
            int[] order = order(times, n);
            Period[] p = new Period[n];
            double[] t = new double[n];
            double[] v = new double[n];
            BigDecimal[] e = exact == null ? null : new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                int k = order[i];
                p[i] = periods[k];
                t[i] = times[k];
                v[i] = values[k];
                if (e != null) {
                    e[i] = exact[k];
                }
                if (i > 0 && t[i] == t[i - 1]) {
                    duplicate = p[i - 1] + " and " + p[i];
                    return null;
                }
            }
            return new SeriesData(p, t, v, e);
        }
    }
}
