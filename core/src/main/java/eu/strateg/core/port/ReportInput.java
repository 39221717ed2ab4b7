package eu.strateg.core.port;

import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import java.util.List;
import java.util.Locale;

/**
 * Everything a report is made of: the strategy at the evaluated revision, its evaluation, the observations the
 * evaluation used (for charts and tables), and the language.
 */
public record ReportInput(Strategy strategy, StrategyEvaluation evaluation, List<Observation> observations, Locale locale) {

    public ReportInput {
        observations = List.copyOf(observations);
    }
}
