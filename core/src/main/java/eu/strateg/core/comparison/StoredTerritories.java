package eu.strateg.core.comparison;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The territories of a comparison read from a store (územní srovnání z úložiště / porównanie z magazynu danych), all at
 * once: the current revisions of every candidate strategy with one {@link StrategyRepository#findCurrent}; without an
 * as-of date, the headline annual values of the compared codes of the chosen ones with one
 * {@link ObservationStore#forEachAnnualValue} (no observation built); with one, all their values with one
 * {@link ObservationStore#forEachStrategy} and each chosen strategy evaluated from those same values (compiled and
 * scored once; the status of each indicator is that of {@link StandardEvaluator#evaluate}). What {@code strateg
 * compare} does, as a library.
 *
 * <p>Each territory is compared through its first strategy (in the order given, e.g. by id) that has the first
 * indicator, else its first strategy. Its population is the headline annual values of the population indicator, its
 * area the latest positive headline value of the area indicator, both by the territory's own (mapped) code.
 *
 * @param strategies where the strategies are
 * @param observations where their values are
 * @param mapping the territories' codes for the common ids; null means {@link IndicatorMapping#none()}
 * @param populationIndicator the indicator (or common id) of inhabitants per year; null for none
 * @param areaIndicator the indicator (or common id) of the area in km²; null for none
 * @param statusAsOf the date each territory's strategy is evaluated as of, for its statuses; null for no statuses
 */
public record StoredTerritories(StrategyRepository strategies, ObservationStore observations, IndicatorMapping mapping,
        String populationIndicator, String areaIndicator, LocalDate statusAsOf) {

    public StoredTerritories {
        Objects.requireNonNull(strategies, "strategies");
        Objects.requireNonNull(observations, "observations");
        mapping = mapping == null ? IndicatorMapping.none() : mapping;
    }

    /** From these ports, no mapping, population, area or statuses yet. */
    public static StoredTerritories of(StrategyRepository strategies, ObservationStore observations) {
        return new StoredTerritories(strategies, observations, null, null, null, null);
    }

    public StoredTerritories withMapping(IndicatorMapping m) {
        return new StoredTerritories(strategies, observations, m, populationIndicator, areaIndicator, statusAsOf);
    }

    public StoredTerritories withPopulationIndicator(String id) {
        return new StoredTerritories(strategies, observations, mapping, id, areaIndicator, statusAsOf);
    }

    public StoredTerritories withAreaIndicator(String id) {
        return new StoredTerritories(strategies, observations, mapping, populationIndicator, id, statusAsOf);
    }

    public StoredTerritories withStatusAsOf(LocalDate asOf) {
        return new StoredTerritories(strategies, observations, mapping, populationIndicator, areaIndicator, asOf);
    }

    /**
     * The territories, in the order given, for a comparison of {@code indicatorIds}.
     *
     * @param candidates each territory's strategies to choose from (e.g. {@link StrategyRepository#listAll} grouped by
     *     territory, in id order)
     * @throws eu.strateg.core.validation.ValidationException naming each territory none of whose strategies is in the
     *     store, when there is no indicator
     */
    public List<ComparedTerritory> read(Map<TerritoryCode, List<StrategyId>> candidates, List<String> indicatorIds) {
        Problems p = new Problems();
        if (indicatorIds == null || indicatorIds.isEmpty()) {
            p.add("indicators", "a comparison needs at least one indicator").throwIfAny();
        }
        List<StrategyId> all = new ArrayList<>();
        candidates.values().forEach(all::addAll);
        Map<StrategyId, Strategy> byId = new HashMap<>();
        for (Strategy s : strategies.findCurrent(all)) {
            byId.put(s.id(), s);
        }
        Map<TerritoryCode, Strategy> chosen = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        candidates.forEach((territory, ids) -> {
            Strategy s = choose(territory, ids, byId, indicatorIds.get(0));
            if (s == null) {
                p.add(territory.toString(), "none of its strategies %s is in the store", ids);
                return;
            }
            chosen.put(territory, s);
            codes.addAll(wanted(territory, indicatorIds));
        });
        p.throwIfAny();
        List<StrategyId> ids = chosen.values().stream().map(Strategy::id).toList();
        if (statusAsOf == null) {
            return withoutStatuses(chosen, indicatorIds, ids, codes);
        }
        // the evaluation needs every value of a strategy (a computed indicator reads others); the comparison only its own
        Map<StrategyId, List<Observation>> values = new HashMap<>();
        observations.forEachStrategy(ids, Set.of(), values::put);
        StandardEvaluator evaluator = new StandardEvaluator();
        List<ComparedTerritory> out = new ArrayList<>(chosen.size());
        chosen.forEach((territory, s) -> out.add(territory(territory, s, values.getOrDefault(s.id(), List.of()),
                wanted(territory, indicatorIds), evaluator)));
        return out;
    }

    /**
     * Without statuses no observation is needed: the headline annual values of the wanted codes with one
     * {@link ObservationStore#forEachAnnualValue}, and, for the area (whose latest value may be of any period), the
     * observations of its codes only.
     */
    private List<ComparedTerritory> withoutStatuses(Map<TerritoryCode, Strategy> chosen, List<String> indicatorIds, List<StrategyId> ids,
            Set<String> codes) {
        AnnualValues annual = new AnnualValues();
        observations.forEachAnnualValue(ids, codes, annual);
        Map<StrategyId, List<Observation>> areas = new HashMap<>();
        if (areaIndicator != null) {
            Set<String> areaCodes = new HashSet<>();
            chosen.keySet().forEach(territory -> areaCodes.add(mapping.localCode(territory, areaIndicator)));
            observations.forEachStrategy(ids, areaCodes, areas::put);
        }
        List<ComparedTerritory> out = new ArrayList<>(chosen.size());
        chosen.forEach((territory, s) -> out.add(withPopulationAndArea(
                ComparedTerritory.ofAnnualValues(s, annual.of(s.id(), wanted(territory, indicatorIds))), territory,
                areas.getOrDefault(s.id(), List.of()))));
        return out;
    }

    private ComparedTerritory territory(TerritoryCode code, Strategy s, List<Observation> values, Set<String> wanted,
            StandardEvaluator evaluator) {
        List<Observation> own = new ArrayList<>();
        for (Observation o : values) {
            if (wanted.contains(o.indicatorCode())) {
                own.add(o);
            }
        }
        return withPopulationAndArea(ComparedTerritory.of(s, own), code, own).withScores(evaluator.plan(s).scores(values, statusAsOf));
    }

    /**
     * The territory with its population (from its own values of the population indicator) and its area (the latest
     * value of the area indicator among {@code areaValues}).
     */
    private ComparedTerritory withPopulationAndArea(ComparedTerritory t, TerritoryCode code, List<Observation> areaValues) {
        if (populationIndicator != null) {
            t = t.withPopulationFrom(mapping.localCode(code, populationIndicator));
        }
        BigDecimal km2 = areaIndicator == null ? null : latest(areaValues, mapping.localCode(code, areaIndicator));
        return km2 == null ? t : t.withArea(km2);
    }

    /** The territory's first strategy with the first indicator, else its first strategy in the store; null when none is. */
    private Strategy choose(TerritoryCode territory, List<StrategyId> ids, Map<StrategyId, Strategy> byId, String firstId) {
        String first = mapping.localCode(territory, firstId);
        Strategy chosen = null;
        for (StrategyId id : ids) {
            Strategy s = byId.get(id);
            if (s != null && (chosen == null || chosen.indicator(first).isEmpty() && s.indicator(first).isPresent())) {
                chosen = s;
            }
        }
        return chosen;
    }

    /** The territory's own codes of the compared indicators, its population and its area. */
    private Set<String> wanted(TerritoryCode territory, List<String> indicatorIds) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : indicatorIds) {
            out.add(mapping.localCode(territory, id));
        }
        if (populationIndicator != null) {
            out.add(mapping.localCode(territory, populationIndicator));
        }
        if (areaIndicator != null) {
            out.add(mapping.localCode(territory, areaIndicator));
        }
        return out;
    }

    /** The latest positive headline value of an indicator, if any. */
    private static BigDecimal latest(List<Observation> observations, String code) {
        Observation latest = null;
        for (Observation o : observations) {
            if (o.indicatorCode().equals(code) && o.disaggregation().isEmpty() && o.value().signum() > 0
                    && (latest == null || o.period().isAfter(latest.period()))) {
                latest = o;
            }
        }
        return latest == null ? null : latest.value();
    }
}
