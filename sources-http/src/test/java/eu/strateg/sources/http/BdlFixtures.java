package eu.strateg.sources.http;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The fixture answers of a BDL-like server and a small Niepołomice strategy that asks for two BDL variables. */
final class BdlFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    static final String UNITS_LEVEL_2 = "units?level=2&format=json&page=0&page-size=100";
    static final String GMINY_0 = "units?parent-id=011200000000&level=6&format=json&page=0&page-size=100";
    static final String GMINY_1 = "units?parent-id=011200000000&level=6&format=json&page=1&page-size=100";
    static final String DATA_0 = "data/by-unit/011212019043?var-id=72305&var-id=79214&format=json&page=0&page-size=100";
    static final String DATA_1 = "data/by-unit/011212019043?var-id=72305&var-id=79214&format=json&page=1&page-size=100";

    /** No retry waits longer than a test should notice; no minimum interval; a cache of an hour. */
    static final HttpSettings SETTINGS = HttpSettings.defaults()
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
            .withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(30))
            .withThrottling(Duration.ofMinutes(1), Duration.ZERO);

    private BdlFixtures() {
    }

    /** Every fixture answer of a healthy service. */
    static FixtureServer serve(FixtureServer server) {
        return server.onFixture(UNITS_LEVEL_2, "/bdl/units-level-2.json")
                .onFixture(GMINY_0, "/bdl/units-malopolskie-gminy-0.json")
                .onFixture(GMINY_1, "/bdl/units-malopolskie-gminy-1.json")
                .onFixture(DATA_0, "/bdl/by-unit-niepolomice-0.json")
                .onFixture(DATA_1, "/bdl/by-unit-niepolomice-1.json");
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Niepołomice (TERYT 1219043): population from bdl:72305, unemployment from bdl:79214, a green-area indicator of its own. */
    static Strategy niepolomice(TerritoryCode code) {
        Territory gmina = new Territory(code, "Niepołomice", TerritoryLevel.MUNICIPALITY, null);
        return new Strategy(StrategyId.of("niepolomice-2030"), 0, gmina, "Strategia Rozwoju Gminy Niepołomice 2030",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Obszar", "Cel"), null,
                List.of(Element.of("A", null, ElementKind.PRIORITY_AREA, "Mieszkańcy"),
                        Element.of("A.1", "A", ElementKind.GOAL, "Praca i zieleń blisko domu")
                                .withIndicators(List.of("LUDNOSC", "BEZROBOCIE", "ZIELEN"))),
                List.of(Indicator.of("LUDNOSC", "Ludność ogółem", "osoby", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                                .withDetails(null, "bdl:72305", null, 0),
                        Indicator.of("BEZROBOCIE", "Udział bezrobotnych w ludności w wieku produkcyjnym", "%", IndicatorType.RESULT,
                                        Direction.DECREASE, Periodicity.ANNUAL)
                                .withDetails(null, "bdl:79214", null, 1)
                                .withBaseline(Baseline.of(Period.year(2021), new BigDecimal("3.4")))
                                .withTarget(Target.of(new BigDecimal("2.5"), 2030)),
                        Indicator.of("ZIELEN", "Powierzchnia parków", "ha", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                                .withDetails(null, "Referat Ochrony Środowiska", null, 1)),
                List.of());
    }

    static Strategy niepolomice() {
        return niepolomice(TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"));
    }
}
