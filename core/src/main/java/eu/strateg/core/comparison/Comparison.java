package eu.strateg.core.comparison;

import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of comparing territories on shared indicators: one {@link IndicatorComparison} per indicator, in the
 * order asked for.
 *
 * @param territories the territories compared, in the order given (the first is the reference)
 * @param statusAsOf the date of the evaluations whose statuses the values carry ({@link ComparisonRequest#statusAsOf});
 *     null when none were given
 */
public record Comparison(List<Territory> territories, List<IndicatorComparison> indicators, LocalDate statusAsOf) {

    public Comparison {
        territories = List.copyOf(territories);
        indicators = List.copyOf(indicators);
    }

    /** A comparison without statuses. */
    public Comparison(List<Territory> territories, List<IndicatorComparison> indicators) {
        this(territories, indicators, null);
    }

    /** The comparison of one indicator by its common id. */
    public Optional<IndicatorComparison> indicator(String id) {
        return indicators.stream().filter(i -> i.indicator().id().equals(id)).findFirst();
    }

    /**
     * A territory's profile against its group: for each indicator, its value in the latest year it has one, with that
     * year's rank and distribution; indicators it has no value for are left out (the comparison lists why).
     */
    public TerritoryProfile profile(TerritoryCode territory) {
        Territory found = territories.stream().filter(t -> t.code().equals(territory)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("territory " + territory + " is not in this comparison"));
        List<TerritoryProfile.Entry> entries = new ArrayList<>();
        for (IndicatorComparison ic : indicators) {
            for (int i = ic.years().size() - 1; i >= 0; i--) {
                YearComparison y = ic.years().get(i);
                Optional<TerritoryValue> v = y.value(territory);
                if (v.isPresent()) {
                    entries.add(new TerritoryProfile.Entry(ic, y.year(), v.get(), y.values().size(), y.distribution(),
                            TerritoryProfile.Band.of(v.get().compared(), y.distribution())));
                    break;
                }
            }
        }
        return new TerritoryProfile(found, entries);
    }
}
