package eu.strateg.core.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The group's distribution of compared values in one year: minimum, quartiles, median and maximum.
 *
 * <p>Quartiles are the inclusive linear interpolation between order statistics, the method of Excel's
 * {@code QUARTILE.INC}, LibreOffice's {@code QUARTILE}, R's {@code quantile(type = 7)} and NumPy's default: with the
 * {@code n} values sorted ascending as x<sub>0</sub> … x<sub>n−1</sub>, the p-quantile is at position
 * h = (n − 1)·p, and Q(p) = x<sub>⌊h⌋</sub> + (h − ⌊h⌋)·(x<sub>⌊h⌋+1</sub> − x<sub>⌊h⌋</sub>). For p = ¼, ½, ¾
 * the fraction h − ⌊h⌋ is 0, ¼, ½ or ¾, so every quartile is exact (no rounding). The median is Q(½): the middle
 * value, or the mean of the two middle values. One value: all five figures equal it.
 *
 * @param count how many territories have a compared value
 */
public record Distribution(int count, BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile,
        BigDecimal max) {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /**
     * The distribution of values (at least one; their order does not matter).
     *
     * @throws IllegalArgumentException when there are none
     */
    public static Distribution of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a distribution needs at least one value");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        return ofSorted(sorted);
    }

    /**
     * The distribution of values already sorted ascending (at least one), without sorting them again: what
     * {@link #of} gives for the same values.
     *
     * @throws IllegalArgumentException when there are none or a value is lower than the one before it
     */
    public static Distribution ofAscending(List<BigDecimal> ascending) {
        if (ascending.isEmpty()) {
            throw new IllegalArgumentException("a distribution needs at least one value");
        }
        for (int i = 1; i < ascending.size(); i++) {
            if (ascending.get(i).compareTo(ascending.get(i - 1)) < 0) {
                throw new IllegalArgumentException(String.format("values not ascending: %s at position %d after %s",
                        ascending.get(i).toPlainString(), i, ascending.get(i - 1).toPlainString()));
            }
        }
        return ofSorted(ascending);
    }

    private static Distribution ofSorted(List<BigDecimal> sorted) {
        return new Distribution(sorted.size(), sorted.get(0), quantile(sorted, 1), quantile(sorted, 2), quantile(sorted, 3),
                sorted.get(sorted.size() - 1));
    }

    /** Q(quarters / 4) of ascending values, by inclusive linear interpolation. */
    static BigDecimal quantile(List<BigDecimal> sorted, int quarters) {
        // h = (n - 1) * quarters / 4, kept as an integer count of quarters so the fraction is exact
        int hQuarters = (sorted.size() - 1) * quarters;
        int lower = hQuarters / 4;
        int fractionQuarters = hQuarters % 4;
        BigDecimal low = sorted.get(lower);
        if (fractionQuarters == 0) {
            return low;
        }
        BigDecimal high = sorted.get(lower + 1);
        BigDecimal q = low.add(high.subtract(low).multiply(QUARTER.multiply(BigDecimal.valueOf(fractionQuarters))));
        // as many decimals as the values have, or as the interpolation needs (197.75, not 197.750): still exact
        int scale = Math.max(Math.max(low.scale(), high.scale()), q.stripTrailingZeros().scale());
        return q.setScale(scale);
    }
}
