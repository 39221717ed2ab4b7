package eu.strateg.sources.http;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.util.List;

/**
 * Fixture CSVs in ČSÚ's open-data shape (invented values) and a Kyjov strategy (ZÚJ 586307) asking for two datasets:
 * 130149 by year ({@code rok}) with two indicators told apart by {@code vuk}, 250169 by {@code casref_do}.
 */
final class CsuFixtures {

    static final String POPULATION = "130149.csv";
    static final String UNEMPLOYMENT = "250169.csv";

    private CsuFixtures() {
    }

    static FixtureServer serve(FixtureServer server) {
        return server.onFixture(POPULATION, "/csu/130149.csv").onFixture(UNEMPLOYMENT, "/csu/250169.csv");
    }

    static Strategy kyjov(TerritoryCode code) {
        Territory town = new Territory(code, "Kyjov", TerritoryLevel.MUNICIPALITY, null);
        return new Strategy(StrategyId.of("kyjov-2030"), 0, town, "Strategie rozvoje města Kyjova 2021–2030",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Oblast", "Cíl"), null,
                List.of(Element.of("1", null, ElementKind.PRIORITY_AREA, "Obyvatelé"),
                        Element.of("1.1", "1", ElementKind.GOAL, "Město pro život").withIndicators(List.of("OBYV", "NAROZ", "NEZAM", "SPOK"))),
                List.of(Indicator.of("OBYV", "Počet obyvatel k 31. 12.", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                                .withDetails(null, "csu:130149?vuk=DEM0004", null, 0),
                        Indicator.of("NAROZ", "Živě narození", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                                .withDetails(null, "csu:130149?vuk=DEM0007", null, 0),
                        Indicator.of("NEZAM", "Podíl nezaměstnaných osob", "%", IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL)
                                .withDetails(null, "csu:250169?stapro_kod=7430", null, 2),
                        Indicator.of("SPOK", "Spokojenost obyvatel", "%", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                                .withDetails(null, "Anketa města", null, 0)),
                List.of());
    }

    static Strategy kyjov() {
        return kyjov(TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307"));
    }
}
