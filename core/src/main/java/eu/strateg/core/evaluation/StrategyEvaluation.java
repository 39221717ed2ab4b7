package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.strategy.StrategyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A strategy evaluated as of a date: every indicator, every element, the projects, and a summary. What a
 * monitoring report is made from.
 */
public record StrategyEvaluation(
        StrategyId strategyId,
        long revision,
        LocalDate asOf,
        EvaluationSummary summary,
        List<IndicatorEvaluation> indicators,
        List<ElementEvaluation> elements,
        ProjectsEvaluation projects) {

    public StrategyEvaluation {
        indicators = indicators == null ? ImmutableList.of() : ImmutableList.copyOf(indicators);
        elements = elements == null ? ImmutableList.of() : ImmutableList.copyOf(elements);
    }

    public Optional<IndicatorEvaluation> indicator(String code) {
        return indicators.stream().filter(i -> i.indicatorCode().equals(code)).findFirst();
    }

    public Optional<ElementEvaluation> element(String code) {
        return elements.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
