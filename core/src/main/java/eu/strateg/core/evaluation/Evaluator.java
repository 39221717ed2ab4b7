package eu.strateg.core.evaluation;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import java.time.LocalDate;
import java.util.List;

/**
 * Evaluates a strategy with its observations as of a date. The observations given are all that were known at
 * the as-of time (the caller reads them from a store with that as-of); the evaluator itself ignores periods
 * that had not ended by {@code asOf}.
 */
public interface Evaluator {

    StrategyEvaluation evaluate(Strategy strategy, List<Observation> observations, LocalDate asOf);

    /** The same with the values as columns (see {@link ValueColumns}); by default through their observations. */
    default StrategyEvaluation evaluate(Strategy strategy, ValueColumns values, LocalDate asOf) {
        return evaluate(strategy, values.toObservations(), asOf);
    }
}
