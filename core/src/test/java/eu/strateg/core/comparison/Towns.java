package eu.strateg.core.comparison;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Invented towns for comparison tests, built up indicator by indicator. */
final class Towns {

    static final Indicator WASTE = Indicator.of("WASTE", "Směsný odpad na obyvatele", "kg/obyv.", IndicatorType.RESULT,
            Direction.DECREASE, Periodicity.ANNUAL);
    static final Indicator FIRMS = Indicator.of("FIRMS", "Nové firmy", "firem", IndicatorType.RESULT, Direction.INCREASE,
            Periodicity.ANNUAL);
    static final Indicator CYCLE = Indicator.of("CYCLE", "Cyklostezky", "km", IndicatorType.OUTPUT, Direction.INCREASE,
            Periodicity.ANNUAL);

    private final Territory territory;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private Map<Integer, BigDecimal> population = Map.of();
    private BigDecimal area;

    private Towns(Territory territory) {
        this.territory = territory;
    }

    static Towns town(String zuj, String name) {
        return new Towns(Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, zuj), name, TerritoryLevel.MUNICIPALITY));
    }

    static Towns of(Territory t) {
        return new Towns(t);
    }

    /** Defines the indicator and gives it values: year, value, year, value, … */
    Towns with(Indicator indicator, Object... yearValue) {
        indicators.add(indicator);
        for (int i = 0; i < yearValue.length; i += 2) {
            observations.add(Observation.of(indicator.code(), String.valueOf(yearValue[i]), String.valueOf(yearValue[i + 1])));
        }
        return this;
    }

    Towns population(int year, String inhabitants) {
        population = Map.of(year, new BigDecimal(inhabitants));
        return this;
    }

    Towns population(Map<Integer, BigDecimal> byYear) {
        population = byYear;
        return this;
    }

    Towns area(String km2) {
        area = new BigDecimal(km2);
        return this;
    }

    ComparedTerritory build() {
        return new ComparedTerritory(territory, indicators, observations, null, area).withPopulation(population);
    }

    /** The same town with its values given as annual values ({@link ComparedTerritory#annualValues}), not observations. */
    ComparedTerritory buildAnnual() {
        Map<String, java.util.SortedMap<Integer, BigDecimal>> annual = new java.util.HashMap<>();
        for (Observation o : observations) {
            annual.computeIfAbsent(o.indicatorCode(), c -> new java.util.TreeMap<>()).put(o.period().year(), o.value());
        }
        return new ComparedTerritory(territory, indicators, List.of(), null, area, null, annual).withPopulation(population);
    }

    static TerritoryCode zuj(String code) {
        return TerritoryCode.of(CodeScheme.CZ_ZUJ, code);
    }
}
