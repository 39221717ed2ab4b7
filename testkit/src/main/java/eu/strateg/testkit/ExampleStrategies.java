package eu.strateg.testkit;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Small, valid strategies for tests (illustrative: the structure follows real municipal strategies, the numbers
 * are invented). Every part of the model appears at least once.
 */
public final class ExampleStrategies {

    /** Žďár nad Sázavou, ZÚJ 595209 (a real code; the strategy content is illustrative). */
    public static final TerritoryCode ZDAR = TerritoryCode.of(CodeScheme.CZ_ZUJ, "595209");
    /** Kraj Vysočina, NUTS 3 CZ063. */
    public static final TerritoryCode VYSOCINA = TerritoryCode.of(CodeScheme.NUTS, "CZ063");
    /** Łódź, TERYT 1061011 (a real code; content illustrative). */
    public static final TerritoryCode LODZ = TerritoryCode.of(CodeScheme.PL_TERYT, "1061011");

    private ExampleStrategies() {
    }

    /**
     * A small Czech town's development strategy 2021–2030: two priority areas, goals, measures and an activity;
     * four indicators (an output counted from zero with a milestone, a decreasing result, a context indicator, a
     * range), two projects with budgets, links to an SDG target and to a regional strategy.
     */
    public static Strategy smallTown(String id) {
        Territory town = new Territory(ZDAR, "Žďár nad Sázavou", TerritoryLevel.MUNICIPALITY, VYSOCINA);
        List<Element> elements = List.of(
                Element.of("1", null, ElementKind.PRIORITY_AREA, "Doprava a mobilita"),
                Element.of("1.1", "1", ElementKind.GOAL, "Bezpečná a udržitelná doprava")
                        .withLinks(List.of(Link.sdg("11.2", "Udržitelné dopravní systémy"))),
                Element.of("1.1.1", "1.1", ElementKind.MEASURE, "Výstavba cyklostezek")
                        .withDetails("Nové cyklostezky mezi sídlišti a centrem", "Odbor rozvoje")
                        .withIndicators(List.of("CYC-KM"))
                        .withLinks(List.of(new Link("strategy:kraj-vysocina-2030", "2.1", "Regionální cíl 2.1 Doprava"))),
                Element.of("1.1.1.1", "1.1.1", ElementKind.ACTIVITY, "Cyklostezka Jamská"),
                Element.of("2", null, ElementKind.PRIORITY_AREA, "Životní prostředí")
                        .withWeight(new BigDecimal("2")),
                Element.of("2.1", "2", ElementKind.GOAL, "Čisté ovzduší a méně odpadu")
                        .withIndicators(List.of("POP", "PM10")),
                Element.of("2.1.1", "2.1", ElementKind.MEASURE, "Třídění odpadu")
                        .withDetails(null, "Technické služby")
                        .withIndicators(List.of("WASTE-KG")));
        List<Indicator> indicators = List.of(
                Indicator.of("CYC-KM", "Délka cyklostezek", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                        .withBaseline(Baseline.of(Period.year(2020), BigDecimal.ZERO))
                        .withTarget(Target.of(new BigDecimal("12.5"), 2030))
                        .withMilestones(List.of(new Milestone(2025, new BigDecimal("5"))))
                        .withMethod("linear"),
                Indicator.of("WASTE-KG", "Směsný komunální odpad na obyvatele", "kg/obyv.", IndicatorType.RESULT, Direction.DECREASE,
                                Periodicity.ANNUAL)
                        .withBaseline(Baseline.of(Period.year(2019), new BigDecimal("215.4")))
                        .withTarget(Target.of(new BigDecimal("160"), 2030)),
                Indicator.of("POP", "Počet obyvatel", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                        .withDetails("Stav k 1. 1.", "ČSÚ", null, 0),
                Indicator.of("PM10", "Průměrná roční koncentrace PM10", "µg/m³", IndicatorType.IMPACT, Direction.RANGE, Periodicity.ANNUAL)
                        .withBaseline(Baseline.of(Period.year(2020), new BigDecimal("21.3")))
                        .withTarget(Target.range(new BigDecimal("0"), new BigDecimal("20"), 2030)));
        List<Project> projects = List.of(
                new Project("P-01", "Cyklostezka Jamská – Stalingrad", "Úsek 2,4 km", List.of("1.1.1"), ProjectStatus.IN_PROGRESS,
                        Schedule.of(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 10, 31)),
                        Schedule.of(LocalDate.of(2023, 5, 2), null),
                        List.of(new BudgetLine(2023, FinancingSource.OWN, Money.of("1500000", "CZK"), Money.of("1320000.50", "CZK")),
                                new BudgetLine(2024, FinancingSource.EU, Money.of("4200000", "CZK"), Money.of("3900000", "CZK"))),
                        "Odbor rozvoje", List.of("CYC-KM")),
                new Project("P-02", "Sběrný dvůr Klafar", null, List.of("2.1.1"), ProjectStatus.IDEA, null, null, List.of(), null, List.of()));
        return new Strategy(StrategyId.of(id), 0, town, "Strategie rozvoje města Žďár nad Sázavou 2021–2030",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null,
                List.of("Prioritní oblast", "Cíl", "Opatření", "Aktivita"), "Město, kde se dobře žije", elements, indicators, projects);
    }

    public static Strategy smallTown() {
        return smallTown("zdar-2030");
    }

    /** A Polish gmina's strategy with one goal and one indicator, in another territory. */
    public static Strategy gmina(String id) {
        Territory lodz = new Territory(LODZ, "Łódź", TerritoryLevel.MUNICIPALITY, null);
        return new Strategy(StrategyId.of(id), 0, lodz, "Strategia Rozwoju Miasta Łódź 2030+", StrategyKind.DEVELOPMENT_STRATEGY,
                StrategyPeriod.of(2021, 2030), null, List.of("Obszar", "Cel", "Kierunek działań"), null,
                List.of(Element.of("A", null, ElementKind.PRIORITY_AREA, "Gospodarka"),
                        Element.of("A.1", "A", ElementKind.GOAL, "Więcej miejsc pracy").withIndicators(List.of("UNEMP"))
                                .withLinks(List.of(Link.sdg("11.2", "Transport")))),
                List.of(Indicator.of("UNEMP", "Stopa bezrobocia rejestrowanego", "%", IndicatorType.RESULT, Direction.DECREASE,
                                Periodicity.ANNUAL)
                        .withBaseline(Baseline.of(Period.year(2020), new BigDecimal("5.1")))
                        .withTarget(Target.of(new BigDecimal("3.5"), 2030))),
                List.of());
    }
}
