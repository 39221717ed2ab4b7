package eu.strateg.core;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
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
import java.util.List;

/** Small valid building blocks for core tests (core cannot use the testkit, which depends on it). */
public final class Fixtures {

    public static final Territory TOWN = Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, "595209"), "Žďár nad Sázavou",
            TerritoryLevel.MUNICIPALITY);

    private Fixtures() {
    }

    public static Indicator indicator(String code) {
        return Indicator.of(code, "Indicator " + code, "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), BigDecimal.ZERO))
                .withTarget(Target.of(BigDecimal.TEN, 2030));
    }

    public static Project project(String code, String... measures) {
        return new Project(code, "Project " + code, null, List.of(measures), ProjectStatus.PREPARED, null, null,
                List.of(new BudgetLine(2024, FinancingSource.OWN, Money.of("1000", "CZK"), null)), "Odbor rozvoje", List.of());
    }

    /** 1 → 1.1 → 1.1.1 (measure, with indicator I1 and a responsible) and project P1 on the measure. */
    public static List<Element> tree() {
        return List.of(
                Element.of("1", null, ElementKind.PRIORITY_AREA, "Mobilita"),
                Element.of("1.1", "1", ElementKind.GOAL, "Bezpečná doprava"),
                Element.of("1.1.1", "1.1", ElementKind.MEASURE, "Cyklostezky").withIndicators(List.of("I1"))
                        .withDetails(null, "Odbor rozvoje"));
    }

    public static Strategy strategy(List<Element> elements, List<Indicator> indicators, List<Project> projects) {
        return new Strategy(StrategyId.of("test"), 0, TOWN, "Strategie", StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030),
                null, List.of("Oblast", "Cíl", "Opatření"), null, elements, indicators, projects);
    }

    public static Strategy valid() {
        return strategy(tree(), List.of(indicator("I1")), List.of(project("P1", "1.1.1")));
    }
}
