package eu.strateg.core.comparison;

import com.google.common.collect.ImmutableSortedMap;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One territory taking part in a comparison: its indicators (their definitions, usually its strategy's), their
 * observations, and the figures normalisation needs, which core's {@link Territory} does not carry.
 *
 * @param indicators the territory's indicator definitions; unit and direction decide whether its values may be
 *     compared with the others'
 * @param observations its current observations; only headline (no disaggregation) annual ones are compared
 * @param population inhabitants by year, for {@link Normalisation#PER_1000_INHABITANTS} and {@link PeerGroup}; may be
 *     empty; each positive
 * @param areaKm2 the territory's area in km², for {@link Normalisation#PER_KM2}; null when unknown; positive
 */
public record ComparedTerritory(Territory territory, List<Indicator> indicators, List<Observation> observations,
        SortedMap<Integer, BigDecimal> population, BigDecimal areaKm2) {

    public ComparedTerritory {
        Problems p = new Problems();
        Check.required(p, "territory", territory);
        indicators = Check.list(p, "indicators", indicators);
        observations = Check.list(p, "observations", observations);
        population = population == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(population);
        population.forEach((year, inhabitants) -> {
            if (inhabitants == null || inhabitants.signum() <= 0) {
                p.add("population." + year, "must be a positive number of inhabitants, was %s", inhabitants);
            }
        });
        if (areaKm2 != null && areaKm2.signum() <= 0) {
            p.add("areaKm2", "must be a positive area in km², was %s", areaKm2.toPlainString());
        }
        p.throwIfAny();
    }

    /** A strategy's territory with the strategy's indicators and the given observations; no population or area yet. */
    public static ComparedTerritory of(Strategy strategy, List<Observation> observations) {
        return new ComparedTerritory(strategy.territory(), strategy.indicators(), observations, null, null);
    }

    /** The same territory with its population by year. */
    public ComparedTerritory withPopulation(Map<Integer, BigDecimal> inhabitantsByYear) {
        return new ComparedTerritory(territory, indicators, observations, ImmutableSortedMap.copyOf(inhabitantsByYear), areaKm2);
    }

    /**
     * The same territory with its population read from its own observations of an indicator (e.g. {@code POP}, the
     * number of inhabitants): the headline annual value of each year; non-positive values are left out.
     */
    public ComparedTerritory withPopulationFrom(String indicatorCode) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (Observation o : observations) {
            if (o.indicatorCode().equals(indicatorCode) && o.disaggregation().isEmpty() && o.period().type() == PeriodType.YEAR
                    && o.value().signum() > 0) {
                byYear.put(o.period().year(), o.value());
            }
        }
        return withPopulation(byYear);
    }

    /** The same territory with its area in km². */
    public ComparedTerritory withArea(BigDecimal km2) {
        return new ComparedTerritory(territory, indicators, observations, population, km2);
    }

    /** The population of the latest year known, if any: what {@link PeerGroup} classifies by. */
    public Optional<BigDecimal> latestPopulation() {
        return population.isEmpty() ? Optional.empty() : Optional.of(population.get(population.lastKey()));
    }

    /** The indicator with this code, if the territory has it. */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
