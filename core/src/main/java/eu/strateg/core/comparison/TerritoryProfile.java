package eu.strateg.core.comparison;

import eu.strateg.core.territory.Territory;
import java.math.BigDecimal;
import java.util.List;

/** A territory against its group, indicator by indicator (profil obce ve srovnání / profil gminy na tle grupy). */
public record TerritoryProfile(Territory territory, List<Entry> entries) {

    public TerritoryProfile {
        entries = List.copyOf(entries);
    }

    /** Where a value lies in the group's distribution, regardless of which direction is better. */
    public enum Band {
        /** below the lower quartile */
        BELOW_LOWER_QUARTILE,
        /** from the lower to the upper quartile, both included */
        BETWEEN_QUARTILES,
        /** above the upper quartile */
        ABOVE_UPPER_QUARTILE;

        static Band of(BigDecimal compared, Distribution d) {
            if (compared.compareTo(d.lowerQuartile()) < 0) {
                return BELOW_LOWER_QUARTILE;
            }
            return compared.compareTo(d.upperQuartile()) > 0 ? ABOVE_UPPER_QUARTILE : BETWEEN_QUARTILES;
        }
    }

    /**
     * One indicator of the profile.
     *
     * @param year the latest year the territory has a compared value
     * @param groupSize how many territories have a compared value that year
     */
    public record Entry(IndicatorComparison indicator, int year, TerritoryValue value, int groupSize, Distribution distribution,
            Band band) {
    }
}
