package eu.strateg.core.comparison;

import java.math.BigDecimal;

/**
 * Population size class (velikostní skupina obcí / klasa wielkości gminy), used to choose peers: territories of one
 * class are compared with each other. The bounds are inclusive below and exclusive above.
 *
 * <table>
 *   <caption>Classes</caption>
 *   <tr><th>class</th><th>inhabitants</th></tr>
 *   <tr><td>{@link #UNDER_1_000}</td><td>fewer than 1,000</td></tr>
 *   <tr><td>{@link #FROM_1_000}</td><td>1,000–4,999</td></tr>
 *   <tr><td>{@link #FROM_5_000}</td><td>5,000–19,999</td></tr>
 *   <tr><td>{@link #FROM_20_000}</td><td>20,000–99,999</td></tr>
 *   <tr><td>{@link #FROM_100_000}</td><td>100,000 and more</td></tr>
 * </table>
 *
 * <p>A population is a count but may arrive as a decimal (an average over the year); 4,999.5 is in {@link #FROM_1_000}.
 */
public enum SizeClass {
    /** fewer than 1,000 inhabitants */
    UNDER_1_000(0),
    /** 1,000–4,999 inhabitants */
    FROM_1_000(1_000),
    /** 5,000–19,999 inhabitants */
    FROM_5_000(5_000),
    /** 20,000–99,999 inhabitants */
    FROM_20_000(20_000),
    /** 100,000 inhabitants and more */
    FROM_100_000(100_000);

    private final BigDecimal lowerBound;

    SizeClass(int lowerBound) {
        this.lowerBound = new BigDecimal(lowerBound);
    }

    /** The smallest population in this class. */
    public BigDecimal lowerBound() {
        return lowerBound;
    }

    /**
     * The class of a population.
     *
     * @throws IllegalArgumentException when the population is null or negative
     */
    public static SizeClass of(BigDecimal population) {
        if (population == null || population.signum() < 0) {
            throw new IllegalArgumentException("a population size class needs a population of 0 or more, was " + population);
        }
        SizeClass found = UNDER_1_000;
        for (SizeClass c : values()) {
            if (population.compareTo(c.lowerBound) >= 0) {
                found = c;
            }
        }
        return found;
    }
}
