package eu.strateg.core.comparison;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares territories on shared indicators (srovnání území / porównanie jednostek terytorialnych).
 *
 * <p>For each indicator and year: each territory's value (its headline annual observation: no disaggregation, period
 * type year), the value normalised as the indicator asks, the rank among the territories with a value, and the
 * group's {@link Distribution}. What cannot be compared is listed as {@link MissingData}: a territory without the
 * indicator, with another unit or the opposite direction, without a value for the year, or without the population
 * or area its normalisation needs. See {@link IndicatorComparison} for whose definition is the group's and how ranks
 * follow the direction.
 */
public final class Comparisons {

    private static final NavigableMap<Integer, BigDecimal> EMPTY = Collections.unmodifiableNavigableMap(new TreeMap<>());

    private Comparisons() {
    }

    /**
     * Runs the comparison.
     *
     * @throws eu.strateg.core.validation.ValidationException when a territory has two headline annual values of one
     *     compared indicator for one year (give current values only)
     */
    public static Comparison compare(ComparisonRequest request) {
        // one pass over each territory's observations for all compared codes, not one per indicator
        Map<ComparedTerritory, Map<String, NavigableMap<Integer, BigDecimal>>> annual = new IdentityHashMap<>();
        for (ComparedTerritory t : request.territories()) {
            Set<String> codes = new HashSet<>();
            for (SharedIndicator shared : request.indicators()) {
                codes.add(request.mapping().localCode(t.territory().code(), shared.id()));
            }
            annual.put(t, annualHeadline(t, codes));
        }
        List<IndicatorComparison> out = new ArrayList<>();
        for (SharedIndicator shared : request.indicators()) {
            out.add(compare(request, shared, annual));
        }
        return new Comparison(request.territories().stream().map(ComparedTerritory::territory).toList(), out, request.statusAsOf());
    }

    /**
     * A territory whose definition agrees with the group's: its values by year, and the compared value of each year
     * where normalisation has what it needs (computed once: the trend reads the previous year's again).
     */
    private record Member(ComparedTerritory territory, String localCode, SortedMap<Integer, BigDecimal> values,
            NavigableMap<Integer, BigDecimal> compared) {

        static Member of(ComparedTerritory t, String localCode, NavigableMap<Integer, BigDecimal> values, Normalisation n) {
            if (n == Normalisation.NONE) {
                return new Member(t, localCode, values, values); // compared as measured: the same map
            }
            TreeMap<Integer, BigDecimal> compared = new TreeMap<>();
            values.forEach((year, value) -> {
                BigDecimal population = t.population().get(year);
                if (n == Normalisation.PER_1000_INHABITANTS && population != null || n == Normalisation.PER_KM2 && t.areaKm2() != null) {
                    compared.put(year, n.apply(value, population, t.areaKm2()));
                }
            });
            return new Member(t, localCode, values, compared);
        }
    }

    private static IndicatorComparison compare(ComparisonRequest request, SharedIndicator shared,
            Map<ComparedTerritory, Map<String, NavigableMap<Integer, BigDecimal>>> annual) {
        Indicator reference = null;
        ComparedTerritory referenceTerritory = null;
        List<MissingData> excluded = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (ComparedTerritory t : request.territories()) {
            String local = request.mapping().localCode(t.territory().code(), shared.id());
            Optional<Indicator> found = t.indicator(local);
            if (found.isEmpty()) {
                excluded.add(new MissingData(t.territory(), local, null, MissingReason.NOT_DEFINED, null));
                continue;
            }
            Indicator ind = found.get();
            if (reference == null) {
                reference = ind;
                referenceTerritory = t;
            } else if (!ind.unit().equals(reference.unit())) {
                excluded.add(new MissingData(t.territory(), local, null, MissingReason.DIFFERENT_UNIT,
                        String.format("unit '%s', the group's '%s' (as in %s)", ind.unit(), reference.unit(), referenceTerritory.territory().name()),
                        t.status(local)));
                continue;
            } else if (ind.direction().sign() != reference.direction().sign()) {
                excluded.add(new MissingData(t.territory(), local, null, MissingReason.DIFFERENT_DIRECTION,
                        String.format("direction %s, the group's %s (as in %s)", ind.direction(), reference.direction(),
                                referenceTerritory.territory().name()), t.status(local)));
                continue;
            }
            NavigableMap<Integer, BigDecimal> values = annual.get(t).get(local);
            values = values == null ? EMPTY : values;
            members.add(Member.of(t, local, values, shared.normalisation()));
        }
        if (reference == null) {
            return new IndicatorComparison(shared, null, null, null, null, List.of(), excluded);
        }
        SortedSet<Integer> years = new TreeSet<>(request.years());
        if (years.isEmpty()) {
            members.forEach(m -> years.addAll(m.values().keySet()));
        }
        List<YearComparison> byYear = new ArrayList<>();
        for (int year : years) {
            byYear.add(year(shared, reference.direction().sign(), members, year));
        }
        return new IndicatorComparison(shared, reference.name(), reference.unit(), reference.direction(), referenceTerritory.territory(),
                byYear, excluded);
    }

    private static YearComparison year(SharedIndicator shared, int sign, List<Member> members, int year) {
        List<TerritoryValue> values = new ArrayList<>();
        List<MissingData> missing = new ArrayList<>();
        for (Member m : members) {
            BigDecimal value = m.values().get(year);
            ComparedTerritory t = m.territory();
            BigDecimal compared = value == null ? null : m.compared().get(year);
            if (value == null) {
                missing.add(new MissingData(t.territory(), m.localCode(), year, MissingReason.NO_VALUE_FOR_YEAR, null, t.status(m.localCode())));
            } else if (compared == null) {
                MissingReason reason = shared.normalisation() == Normalisation.PER_KM2 ? MissingReason.NO_AREA : MissingReason.NO_POPULATION;
                missing.add(new MissingData(t.territory(), m.localCode(), year, reason, null, t.status(m.localCode())));
            } else {
                Map.Entry<Integer, BigDecimal> previous = m.compared().lowerEntry(year);
                BigDecimal change = previous == null ? null : compared.subtract(previous.getValue());
                values.add(new TerritoryValue(t.territory(), m.localCode(), value, compared, null, previous == null ? null : previous.getKey(),
                        change, change == null ? null : Trend.of(change, sign), t.status(m.localCode())));
            }
        }
        if (values.isEmpty()) {
            return new YearComparison(year, values, missing, null);
        }
        // one sort for the ranks and the distribution: ascending, stable (ties in the order the territories were given)
        List<TerritoryValue> ascending = new ArrayList<>(values);
        ascending.sort(Comparator.comparing(TerritoryValue::compared));
        List<BigDecimal> compared = new ArrayList<>(ascending.size());
        for (TerritoryValue v : ascending) {
            compared.add(v.compared());
        }
        List<TerritoryValue> ranked = sign == 0 ? values : Ranks.competition(ascending, sign);
        return new YearComparison(year, ranked, missing, Distribution.ofAscending(compared));
    }

    /**
     * code → year → value of the territory's headline annual observations and annual values of the given codes (its
     * annual values themselves when it has no observations).
     */
    private static Map<String, NavigableMap<Integer, BigDecimal>> annualHeadline(ComparedTerritory t, Set<String> codes) {
        Map<String, NavigableMap<Integer, BigDecimal>> out = new HashMap<>();
        for (String code : codes) {
            SortedMap<Integer, BigDecimal> given = t.annualValues().get(code);
            if (given != null) {
                // ComparedTerritory keeps them as ImmutableSortedMaps, navigable; copied only when observations are added
                out.put(code, given instanceof NavigableMap<Integer, BigDecimal> n && t.observations().isEmpty() ? n : new TreeMap<>(given));
            }
        }
        Problems p = new Problems();
        for (Observation o : t.observations()) {
            String code = o.indicatorCode();
            if (codes.contains(code) && o.disaggregation().isEmpty() && o.period().type() == PeriodType.YEAR) {
                BigDecimal earlier = out.computeIfAbsent(code, c -> new TreeMap<>()).putIfAbsent(o.period().year(), o.value());
                if (earlier != null) {
                    p.add(t.territory().code() + "." + code + "." + o.period(),
                            "two values (%s and %s) for one year; a comparison takes the current value of each year only",
                            earlier.toPlainString(), o.value().toPlainString());
                }
            }
        }
        p.throwIfAny();
        return out;
    }
}
