package eu.strateg.core.comparison;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private Comparisons() {
    }

    /**
     * Runs the comparison.
     *
     * @throws eu.strateg.core.validation.ValidationException when a territory has two headline annual values of one
     *     compared indicator for one year (give current values only)
     */
    public static Comparison compare(ComparisonRequest request) {
        List<IndicatorComparison> out = new ArrayList<>();
        for (SharedIndicator shared : request.indicators()) {
            out.add(compare(request, shared));
        }
        return new Comparison(request.territories().stream().map(ComparedTerritory::territory).toList(), out);
    }

    /** A territory whose definition agrees with the group's, with its values by year. */
    private record Member(ComparedTerritory territory, String localCode, TreeMap<Integer, BigDecimal> values) {

        /** The compared value of a year; null when there is no value or normalisation lacks its population or area. */
        BigDecimal compared(Normalisation n, int year) {
            BigDecimal value = values.get(year);
            BigDecimal population = territory.population().get(year);
            if (value == null || n == Normalisation.PER_1000_INHABITANTS && population == null
                    || n == Normalisation.PER_KM2 && territory.areaKm2() == null) {
                return null;
            }
            return n.apply(value, population, territory.areaKm2());
        }

        /** The latest year before {@code year} with a compared value, or null. */
        Integer previousYear(Normalisation n, int year) {
            for (Integer y : values.headMap(year, false).descendingKeySet()) {
                if (compared(n, y) != null) {
                    return y;
                }
            }
            return null;
        }
    }

    private static IndicatorComparison compare(ComparisonRequest request, SharedIndicator shared) {
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
                        String.format("unit '%s', the group's '%s' (as in %s)", ind.unit(), reference.unit(), referenceTerritory.territory().name())));
                continue;
            } else if (ind.direction().sign() != reference.direction().sign()) {
                excluded.add(new MissingData(t.territory(), local, null, MissingReason.DIFFERENT_DIRECTION,
                        String.format("direction %s, the group's %s (as in %s)", ind.direction(), reference.direction(),
                                referenceTerritory.territory().name())));
                continue;
            }
            members.add(new Member(t, local, annualHeadline(t, local)));
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
            BigDecimal population = t.population().get(year);
            if (value == null) {
                missing.add(new MissingData(t.territory(), m.localCode(), year, MissingReason.NO_VALUE_FOR_YEAR, null));
            } else if (shared.normalisation() == Normalisation.PER_1000_INHABITANTS && population == null) {
                missing.add(new MissingData(t.territory(), m.localCode(), year, MissingReason.NO_POPULATION, null));
            } else if (shared.normalisation() == Normalisation.PER_KM2 && t.areaKm2() == null) {
                missing.add(new MissingData(t.territory(), m.localCode(), year, MissingReason.NO_AREA, null));
            } else {
                Normalisation n = shared.normalisation();
                BigDecimal compared = m.compared(n, year);
                Integer previous = m.previousYear(n, year);
                BigDecimal change = previous == null ? null : compared.subtract(m.compared(n, previous));
                values.add(new TerritoryValue(t.territory(), m.localCode(), value, compared, null, previous, change,
                        change == null ? null : Trend.of(change, sign)));
            }
        }
        if (values.isEmpty()) {
            return new YearComparison(year, values, missing, null);
        }
        List<TerritoryValue> ranked = sign == 0 ? values : Ranks.competition(values, sign);
        return new YearComparison(year, ranked, missing, Distribution.of(values.stream().map(TerritoryValue::compared).toList()));
    }

    /** year → value of the headline annual observations of one indicator. */
    private static TreeMap<Integer, BigDecimal> annualHeadline(ComparedTerritory t, String code) {
        TreeMap<Integer, BigDecimal> out = new TreeMap<>();
        Problems p = new Problems();
        for (Observation o : t.observations()) {
            if (o.indicatorCode().equals(code) && o.disaggregation().isEmpty() && o.period().type() == PeriodType.YEAR) {
                BigDecimal earlier = out.putIfAbsent(o.period().year(), o.value());
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
