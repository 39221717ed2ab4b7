package eu.strateg.core.comparison;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableMap;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
 * @param statuses the status of each of its indicators (by its own code) in its strategy's evaluation as of the
 *     request's {@link ComparisonRequest#statusAsOf}; may be empty
 * @param annualValues headline annual values given without observations ({@link #ofAnnualValues}): by indicator code,
 *     the value of each year; compared like the headline annual observations (a year given both ways is two values for
 *     one year); may be empty
 */
public record ComparedTerritory(Territory territory, List<Indicator> indicators, List<Observation> observations,
        SortedMap<Integer, BigDecimal> population, BigDecimal areaKm2, Map<String, Status> statuses,
        Map<String, SortedMap<Integer, BigDecimal>> annualValues) {

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
        statuses = statuses == null ? ImmutableMap.of() : ImmutableMap.copyOf(statuses);
        if (areaKm2 != null && areaKm2.signum() <= 0) {
            p.add("areaKm2", "must be a positive area in km², was %s", areaKm2.toPlainString());
        }
        annualValues = annualValues(p, annualValues);
        p.throwIfAny();
    }

    /** Without annual values given apart from the observations. */
    public ComparedTerritory(Territory territory, List<Indicator> indicators, List<Observation> observations,
            SortedMap<Integer, BigDecimal> population, BigDecimal areaKm2, Map<String, Status> statuses) {
        this(territory, indicators, observations, population, areaKm2, statuses, null);
    }

    /** Without statuses. */
    public ComparedTerritory(Territory territory, List<Indicator> indicators, List<Observation> observations,
            SortedMap<Integer, BigDecimal> population, BigDecimal areaKm2) {
        this(territory, indicators, observations, population, areaKm2, null, null);
    }

    /** Immutable copies (each year's map an {@link ImmutableSortedMap}, so navigable); no null code, year or value. */
    private static Map<String, SortedMap<Integer, BigDecimal>> annualValues(Problems p,
            Map<String, ? extends SortedMap<Integer, BigDecimal>> byCode) {
        if (byCode == null || byCode.isEmpty()) {
            return ImmutableMap.of();
        }
        ImmutableMap.Builder<String, SortedMap<Integer, BigDecimal>> out = ImmutableMap.builderWithExpectedSize(byCode.size());
        byCode.forEach((code, byYear) -> {
            // an immutable copy made here before (the with… methods) holds no null: not checked again
            if (code == null || byYear == null || !(byYear instanceof ImmutableSortedMap) && hasNull(byYear)) {
                p.add("annualValues." + code, "needs an indicator code and a value for each year, was %s", byYear);
            } else {
                out.put(code, ImmutableSortedMap.copyOfSorted(byYear));
            }
        });
        return out.buildOrThrow();
    }

    private static boolean hasNull(SortedMap<Integer, BigDecimal> byYear) {
        for (Map.Entry<Integer, BigDecimal> e : byYear.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                return true;
            }
        }
        return false;
    }

    /** A strategy's territory with the strategy's indicators and the given observations; no population or area yet. */
    public static ComparedTerritory of(Strategy strategy, List<Observation> observations) {
        return new ComparedTerritory(strategy.territory(), strategy.indicators(), observations, null, null);
    }

    /**
     * A strategy's territory with the strategy's indicators and headline annual values instead of observations (what
     * {@link eu.strateg.core.port.ObservationStore#forEachAnnualValue} reads); no population or area yet.
     *
     * @param byCodeAndYear by indicator code, the value of each year
     */
    public static ComparedTerritory ofAnnualValues(Strategy strategy, Map<String, ? extends SortedMap<Integer, BigDecimal>> byCodeAndYear) {
        Map<String, SortedMap<Integer, BigDecimal>> values = byCodeAndYear == null ? null : new LinkedHashMap<>(byCodeAndYear);
        return new ComparedTerritory(strategy.territory(), strategy.indicators(), List.of(), null, null, null, values);
    }

    /** The same territory with the status of each of its indicators (by its own code). */
    public ComparedTerritory withStatuses(Map<String, Status> byIndicatorCode) {
        return new ComparedTerritory(territory, indicators, observations, population, areaKm2, byIndicatorCode, annualValues);
    }

    /**
     * The same territory with the statuses of its strategy's evaluation: each indicator's overall assessment. Give the
     * evaluation's as-of date to {@link ComparisonRequest#withStatusAsOf}.
     */
    public ComparedTerritory withEvaluation(StrategyEvaluation evaluation) {
        Map<String, Status> byCode = new LinkedHashMap<>();
        for (IndicatorEvaluation e : evaluation.indicators()) {
            byCode.put(e.indicatorCode(), e.assessment().status());
        }
        return withStatuses(byCode);
    }

    /**
     * The same territory with the statuses of its strategy's scores ({@link eu.strateg.core.evaluation.EvaluationPlan#scores}):
     * for the same values and date, those {@link #withEvaluation} gives, without building the explanation.
     */
    public ComparedTerritory withScores(StrategyScores scores) {
        Map<String, Status> byCode = new LinkedHashMap<>();
        for (int i = 0; i < scores.indicatorCount(); i++) {
            byCode.put(scores.indicatorCode(i), scores.indicatorStatus(i));
        }
        return withStatuses(byCode);
    }

    /** The same territory with its population by year. */
    public ComparedTerritory withPopulation(Map<Integer, BigDecimal> inhabitantsByYear) {
        return new ComparedTerritory(territory, indicators, observations, ImmutableSortedMap.copyOf(inhabitantsByYear), areaKm2, statuses,
                annualValues);
    }

    /**
     * The same territory with its population read from its own observations of an indicator (e.g. {@code POP}, the
     * number of inhabitants): the headline annual value of each year (from its observations and its annual values);
     * non-positive values are left out.
     */
    public ComparedTerritory withPopulationFrom(String indicatorCode) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        annualValues.getOrDefault(indicatorCode, ImmutableSortedMap.of()).forEach((year, value) -> {
            if (value.signum() > 0) {
                byYear.put(year, value);
            }
        });
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
        return new ComparedTerritory(territory, indicators, observations, population, km2, statuses, annualValues);
    }

    /** The population of the latest year known, if any: what {@link PeerGroup} classifies by. */
    public Optional<BigDecimal> latestPopulation() {
        return population.isEmpty() ? Optional.empty() : Optional.of(population.get(population.lastKey()));
    }

    /** The status of its indicator with this code, null when none was given. */
    public Status status(String code) {
        return statuses.get(code);
    }

    /** The indicator with this code, if the territory has it. */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
