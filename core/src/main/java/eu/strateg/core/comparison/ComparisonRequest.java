package eu.strateg.core.comparison;

import com.google.common.collect.ImmutableSortedSet;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * What to compare: territories (the first one is the reference whose indicator definitions are the group's), the
 * indicators they share, how their codes map to common ids, and optionally which years.
 *
 * <p>Rejected: no territory; no indicator; a territory or an indicator id given twice.
 *
 * @param mapping null means {@link IndicatorMapping#none()}
 * @param years the years to compare; empty means every year with a value
 * @param statusAsOf the as-of date of the evaluations the territories' statuses come from
 *     ({@link ComparedTerritory#withEvaluation}), shown with them in every output; null when no statuses are given
 */
public record ComparisonRequest(List<ComparedTerritory> territories, List<SharedIndicator> indicators, IndicatorMapping mapping,
        SortedSet<Integer> years, LocalDate statusAsOf) {

    public ComparisonRequest {
        Problems p = new Problems();
        territories = Check.list(p, "territories", territories);
        indicators = Check.list(p, "indicators", indicators);
        mapping = mapping == null ? IndicatorMapping.none() : mapping;
        years = years == null ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOfSorted(years);
        if (territories.isEmpty()) {
            p.add("territories", "a comparison needs at least one territory");
        }
        if (indicators.isEmpty()) {
            p.add("indicators", "a comparison needs at least one indicator");
        }
        Set<TerritoryCode> seen = new HashSet<>();
        for (int i = 0; i < territories.size(); i++) {
            TerritoryCode code = territories.get(i).territory().code();
            if (!seen.add(code)) {
                p.add("territories[" + i + "]", "territory %s is given twice", code);
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (!ids.add(indicators.get(i).id())) {
                p.add("indicators[" + i + "]", "indicator %s is given twice", indicators.get(i).id());
            }
        }
        p.throwIfAny();
    }

    /** All years, no mapping. */
    public static ComparisonRequest of(List<ComparedTerritory> territories, List<SharedIndicator> indicators) {
        return new ComparisonRequest(territories, indicators, null, null, null);
    }

    /** The same request with a mapping of local codes to common ids. */
    public ComparisonRequest withMapping(IndicatorMapping m) {
        return new ComparisonRequest(territories, indicators, m, years, statusAsOf);
    }

    /** The same request restricted to some years. */
    public ComparisonRequest withYears(SortedSet<Integer> y) {
        return new ComparisonRequest(territories, indicators, mapping, y, statusAsOf);
    }

    /**
     * The same request with the date the territories' statuses were evaluated as of (each territory's
     * {@link ComparedTerritory#withEvaluation}).
     */
    public ComparisonRequest withStatusAsOf(LocalDate asOf) {
        return new ComparisonRequest(territories, indicators, mapping, years, asOf);
    }
}
