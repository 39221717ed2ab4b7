package eu.strateg.core.comparison;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.territory.Territory;
import java.util.List;
import java.util.Optional;

/**
 * One shared indicator across the group, year by year.
 *
 * <p>The group's definition (unit and direction) is that of the first territory, in the order given, that has the
 * indicator (the {@code reference}); put the territory you are looking at first. A territory whose unit differs, or
 * whose direction points the other way (higher against lower is better), is excluded with the reason. Ranks follow
 * the reference's direction: increase, maintain-at-least and yes/no indicators rank the highest value first; decrease
 * and maintain-at-most the lowest; range and context indicators are not ranked.
 *
 * @param name the reference territory's name of the indicator; null when no territory has it
 * @param unit the unit of the measured values; null when no territory has it
 * @param direction the reference's direction; null when no territory has it
 * @param reference the territory whose definition is the group's; null when no territory has it
 * @param years every year in which a compared territory has a value (or the years asked for), ascending
 * @param excluded the territories left out for the whole indicator (not defined, another unit or direction)
 */
public record IndicatorComparison(SharedIndicator indicator, String name, String unit, Direction direction, Territory reference,
        List<YearComparison> years, List<MissingData> excluded) {

    public IndicatorComparison {
        years = List.copyOf(years);
        excluded = List.copyOf(excluded);
    }

    /** Whether the indicator has ranks (its direction says which values are better). */
    public boolean ranked() {
        return direction != null && direction.sign() != 0;
    }

    /** The comparison of one year, if it is among {@link #years}. */
    public Optional<YearComparison> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** The latest year in which some territory has a value. */
    public Optional<YearComparison> latestYear() {
        for (int i = years.size() - 1; i >= 0; i--) {
            if (!years.get(i).values().isEmpty()) {
                return Optional.of(years.get(i));
            }
        }
        return Optional.empty();
    }
}
