package eu.strateg.core.comparison;

import eu.strateg.core.territory.TerritoryCode;
import java.util.List;
import java.util.Optional;

/**
 * One indicator in one year across the group.
 *
 * @param values the territories with a compared value, best rank first (ties and unranked indicators in the order the
 *     territories were given)
 * @param missing the territories that have the indicator but not a comparable value this year
 * @param distribution the group's minimum, quartiles, median and maximum; null when no territory has a value
 */
public record YearComparison(int year, List<TerritoryValue> values, List<MissingData> missing, Distribution distribution) {

    public YearComparison {
        values = List.copyOf(values);
        missing = List.copyOf(missing);
    }

    /** The value of one territory, if it has one this year. */
    public Optional<TerritoryValue> value(TerritoryCode territory) {
        return values.stream().filter(v -> v.territory().code().equals(territory)).findFirst();
    }
}
