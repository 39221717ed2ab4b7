package eu.strateg.examples.data;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.List;

/** A small strategy built in code for the demo (illustrative content; the territory code is real). */
public final class DemoStrategy {

    private DemoStrategy() {
    }

    public static Strategy build() {
        Territory town = new Territory(TerritoryCode.of(CodeScheme.CZ_ZUJ, "595209"), "Žďár nad Sázavou", TerritoryLevel.MUNICIPALITY,
                TerritoryCode.of(CodeScheme.NUTS, "CZ063"));
        List<Element> elements = List.of(
                Element.of("1", null, ElementKind.PRIORITY_AREA, "Doprava a mobilita"),
                Element.of("1.1", "1", ElementKind.GOAL, "Udržitelná doprava").withLinks(List.of(Link.sdg("11.2", null))),
                Element.of("1.1.1", "1.1", ElementKind.MEASURE, "Výstavba cyklostezek").withIndicators(List.of("CYC-KM"))
                        .withDetails(null, "Odbor rozvoje a územního plánování"),
                Element.of("2", null, ElementKind.PRIORITY_AREA, "Životní prostředí"),
                Element.of("2.1", "2", ElementKind.GOAL, "Méně odpadu"),
                Element.of("2.1.1", "2.1", ElementKind.MEASURE, "Třídění odpadu").withIndicators(List.of("WASTE-KG"))
                        .withDetails(null, "Technické služby města"));
        List<Indicator> indicators = List.of(
                Indicator.of("CYC-KM", "Délka cyklostezek", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                        .withBaseline(Baseline.of(Period.year(2020), BigDecimal.ZERO)).withTarget(Target.of(new BigDecimal("12.5"), 2030)),
                Indicator.of("WASTE-KG", "Směsný odpad na obyvatele", "kg/obyv.", IndicatorType.RESULT, Direction.DECREASE,
                        Periodicity.ANNUAL).withBaseline(Baseline.of(Period.year(2019), new BigDecimal("215.4")))
                        .withTarget(Target.of(new BigDecimal("160"), 2030)));
        return new Strategy(StrategyId.of("zdar-demo"), 0, town, "Strategie rozvoje města Žďár nad Sázavou 2021–2030 (ilustrativní)",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Prioritní oblast", "Cíl", "Opatření"),
                null, elements, indicators, List.of());
    }
}
