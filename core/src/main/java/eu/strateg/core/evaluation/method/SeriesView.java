package eu.strateg.core.evaluation.method;

import eu.strateg.core.period.Period;
import java.math.BigDecimal;

/**
 * What a method's calculation reads from a series: values in strictly increasing time (see {@link SeriesData} for
 * the time convention), their periods and exact decimals. {@link SeriesData} is the immutable one; the evaluation
 * plan reads a row of value columns through a view of its own, without copying it into a series.
 */
public interface SeriesView {

    int size();

    Period period(int i);

    double time(int i);

    double value(int i);

    /** The value as it was recorded (exact decimal). */
    BigDecimal exact(int i);

    /** Index of the first value at or after {@code time}, or −1 when there is none. */
    int firstAtOrAfter(double time);

    /** Index of the value for exactly this period, or −1. */
    int indexOf(Period p);
}
