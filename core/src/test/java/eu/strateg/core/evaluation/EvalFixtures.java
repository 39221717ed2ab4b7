package eu.strateg.core.evaluation;

import eu.strateg.core.Fixtures;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import java.math.BigDecimal;
import java.util.List;

/** Building blocks of the evaluator tests. */
final class EvalFixtures {

    private EvalFixtures() {
    }

    /** An indicator scored by {@link ValueAsScoreMethod}. */
    static Indicator scored(String code) {
        return Indicator.of(code, "Indicator " + code, "points", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                .withMethod(ValueAsScoreMethod.ID);
    }

    static Indicator scored(String code, String weight) {
        return scored(code).withWeight(new BigDecimal(weight));
    }

    static Element element(String code, String parent, ElementKind kind, String weight, String... indicators) {
        return Element.of(code, parent, kind, "Element " + code).withWeight(new BigDecimal(weight)).withIndicators(List.of(indicators));
    }

    static Observation value(String code, String period, String value) {
        return Observation.of(code, period, value);
    }

    static Strategy strategy(List<Element> elements, List<Indicator> indicators, List<Project> projects) {
        return Fixtures.strategy(elements, indicators, projects);
    }

    static StandardEvaluator evaluator() {
        return new StandardEvaluator(eu.strateg.core.evaluation.method.EvaluationMethods.standard().with(new ValueAsScoreMethod()));
    }
}
