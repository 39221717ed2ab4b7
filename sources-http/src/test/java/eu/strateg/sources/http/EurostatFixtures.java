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

/** Fixture answers of a Eurostat-like server and a Kraj Vysočina strategy that asks for two datasets. */
final class EurostatFixtures {

    static final String POPULATION = "demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR&geo=CZ063&format=JSON&lang=EN";
    static final String GDP = "nama_10r_3gdp?unit=MIO_EUR&geo=CZ063&format=JSON&lang=EN";

    private EurostatFixtures() {
    }

    static FixtureServer serve(FixtureServer server) {
        return server.onFixture(POPULATION, "/eurostat/demo_r_pjanaggr3-CZ063.json").onFixture(GDP, "/eurostat/nama_10r_3gdp-CZ063.json");
    }

    static Strategy vysocina(TerritoryCode code, String populationSource) {
        Territory kraj = new Territory(code, "Kraj Vysočina", TerritoryLevel.REGION, null);
        return new Strategy(StrategyId.of("vysocina-2030"), 0, kraj, "Strategie rozvoje Kraje Vysočina 2021–2030",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Oblast", "Cíl"), null,
                List.of(Element.of("1", null, ElementKind.PRIORITY_AREA, "Konkurenceschopný kraj"),
                        Element.of("1.1", "1", ElementKind.GOAL, "Silná ekonomika").withIndicators(List.of("OBYV", "HDP", "PODNIKY"))),
                List.of(Indicator.of("OBYV", "Počet obyvatel k 1. 1.", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                                .withDetails(null, populationSource, null, 0),
                        Indicator.of("HDP", "HDP v běžných cenách", "mil. EUR", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                                .withDetails(null, "eurostat:nama_10r_3gdp?unit=MIO_EUR", null, 1),
                        Indicator.of("PODNIKY", "Nově založené podniky", "počet", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                                .withDetails(null, "Krajský úřad, odbor regionálního rozvoje", null, 0)),
                List.of());
    }

    static Strategy vysocina() {
        return vysocina(TerritoryCode.of(CodeScheme.NUTS, "CZ063"), "eurostat:demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR");
    }
}
