package eu.strateg.core.comparison;

import eu.strateg.core.evaluation.Status;
import eu.strateg.core.territory.Territory;
import java.math.BigDecimal;

/**
 * One territory's value in a year of a comparison.
 *
 * @param localCode the territory's own indicator code
 * @param value the value as measured
 * @param compared the value compared: {@code value} normalised as the indicator asks (the same as {@code value} for
 *     {@link Normalisation#NONE})
 * @param rank 1 for the best; tied values share the rank and the next rank is skipped (competition ranking
 *     "1224"); null when the indicator has no better direction (range, context)
 * @param previousYear the territory's latest earlier year with a comparable value (whether or not that year is among
 *     the years compared); null when there is none
 * @param change {@code compared} minus the compared value of {@code previousYear}; null when there is none
 * @param trend which way the change goes; null when there is no previous year
 * @param status the indicator's status in the territory's own strategy as of the comparison's
 *     {@link Comparison#statusAsOf} (from its evaluation, the same in every year); null when none was given
 */
public record TerritoryValue(Territory territory, String localCode, BigDecimal value, BigDecimal compared, Integer rank,
        Integer previousYear, BigDecimal change, Trend trend, Status status) {

    /** The same value with a rank. */
    TerritoryValue withRank(int r) {
        return new TerritoryValue(territory, localCode, value, compared, r, previousYear, change, trend, status);
    }
}
