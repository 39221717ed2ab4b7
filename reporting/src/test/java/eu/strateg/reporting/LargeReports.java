package eu.strateg.reporting;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A synthetic strategy of {@code n} indicators (five per measure, ten measures per goal, ten goals per area), each
 * with a baseline, a milestone, a target and eight yearly values, evaluated by hand with made-up linear components.
 * Used to prove that a large report streams.
 */
public final class LargeReports {

    private LargeReports() {
    }

    public static ReportInput of(int n, Locale locale) {
        return of(n, locale, null);
    }

    /**
     * With {@code description} on every indicator: one shared string, so it adds to the document's size but
     * hardly to the heap (for the streaming test).
     */
    static ReportInput of(int n, Locale locale, String description) {
        List<Element> elements = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Observation> obs = new ArrayList<>();
        List<IndicatorEvaluation> evals = new ArrayList<>();
        List<ElementEvaluation> elementEvals = new ArrayList<>();
        int measures = (n + 4) / 5;
        for (int m = 0; m < measures; m++) {
            String area = String.valueOf(m / 100 + 1);
            String goal = area + "." + (m / 10 % 10 + 1);
            String measure = goal + "." + (m % 10 + 1);
            if (m % 100 == 0) {
                elements.add(Element.of(area, null, ElementKind.PRIORITY_AREA, "Oblast " + area + " – Žďár nad Sázavou"));
                elementEvals.add(new ElementEvaluation(area, 1.0, Status.NEEDS_ACCELERATION, 1, 1, List.of()));
            }
            if (m % 10 == 0) {
                elements.add(Element.of(goal, area, ElementKind.GOAL, "Cíl " + goal + ": čistší ovzduší a méně odpadu"));
                elementEvals.add(new ElementEvaluation(goal, 1.0, Status.NEEDS_ACCELERATION, 1, 1, List.of()));
            }
            List<String> codes = new ArrayList<>();
            for (int k = 0; k < 5 && m * 5 + k < n; k++) {
                String code = "IND-" + (m * 5 + k);
                codes.add(code);
                indicators.add(Indicator.of(code, "Ukazatel " + code + " – délka cyklostezek a třídění odpadu", "km", IndicatorType.OUTPUT,
                                Direction.INCREASE, Periodicity.ANNUAL)
                        .withBaseline(Baseline.of(Period.year(2016), new BigDecimal("10"))).withTarget(Target.of(new BigDecimal("50"), 2030))
                        .withMilestones(List.of(new Milestone(2025, new BigDecimal("35")))).withMethod("linear")
                        .withDetails(description, null, null, 1));
                for (int y = 0; y < 8; y++) {
                    obs.add(Observation.of(code, Period.year(2017 + y), BigDecimal.valueOf(11 + 2L * y + k)));
                }
                Components c = Components.builder().base(Period.year(2016), new BigDecimal("10")).current(Period.year(2024), BigDecimal.valueOf(25 + k))
                        .target(new BigDecimal("50"), null, 2030).expectedValue(32.2).ratio(0.68).thresholds(ExampleReports.WITH_TARGET).build();
                evals.add(new IndicatorEvaluation(code, Assessment.scored("linear", Status.NEEDS_ACCELERATION, 0.57, c), List.of(),
                        Period.year(2024), false, 8));
            }
            elements.add(Element.of(measure, goal, ElementKind.MEASURE, "Opatření " + measure).withIndicators(codes));
            elementEvals.add(new ElementEvaluation(measure, 0.57, Status.NEEDS_ACCELERATION, codes.size(), codes.size(), List.of()));
        }
        Territory town = new Territory(ExampleStrategies.ZDAR, "Žďár nad Sázavou", TerritoryLevel.MUNICIPALITY, null);
        Strategy s = new Strategy(StrategyId.of("large"), 1, town, "Velká strategie " + n, StrategyKind.DEVELOPMENT_STRATEGY,
                StrategyPeriod.of(2021, 2030), null, List.of("Oblast", "Cíl", "Opatření"), null, elements, indicators, List.of());
        StrategyEvaluation ev = new StrategyEvaluation(s.id(), 1, ExampleReports.AS_OF,
                new EvaluationSummary(0.57, Status.NEEDS_ACCELERATION, Map.of(Status.NEEDS_ACCELERATION, n), n, n, n), evals, elementEvals,
                new ProjectsEvaluation(Map.of(), List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, null));
        return new ReportInput(s, ev, obs, locale);
    }
}
