package eu.strateg.core.service;

import eu.strateg.core.evaluation.Evaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a strategy as of a date (spec/evaluation.md §6): only values recorded by the end of that day (in the
 * clock's zone) and only periods that had ended by then.
 */
public class EvaluationService {

    private final StrategyRepository strategies;
    private final ObservationStore observations;
    private final Evaluator evaluator;
    private final Clock clock;

    public EvaluationService(StrategyRepository strategies, ObservationStore observations, Evaluator evaluator, Clock clock) {
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The current revision, evaluated as of {@code asOf}. */
    public StrategyEvaluation evaluate(StrategyId id, LocalDate asOf) {
        Strategy s = strategies.find(id).orElseThrow(() -> new StrategyNotFoundException(id));
        return evaluate(s, asOf);
    }

    /** A given revision, evaluated as of {@code asOf}. */
    public StrategyEvaluation evaluate(StrategyId id, long revision, LocalDate asOf) {
        Strategy s = strategies.find(id, revision).orElseThrow(() -> new StrategyNotFoundException(id, revision));
        return evaluate(s, asOf);
    }

    /** The current revision, as of today in the clock's zone. */
    public StrategyEvaluation evaluateNow(StrategyId id) {
        return evaluate(id, LocalDate.now(clock));
    }

    StrategyEvaluation evaluate(Strategy s, LocalDate asOf) {
        return evaluator.evaluate(s, observationsKnownAt(s.id(), asOf), asOf);
    }

    /**
     * The observations as they were known at the end of {@code asOf}, a date between {@link Check#MIN_DATE} and
     * {@link Check#MAX_DATE} (anything else is a {@link eu.strateg.core.validation.ValidationException} naming {@code asOf}).
     */
    public List<Observation> observationsKnownAt(StrategyId id, LocalDate asOf) {
        Problems p = new Problems();
        Check.required(p, "asOf", asOf);
        Check.date(p, "asOf", asOf);
        p.throwIfAny();
        return observations.find(ObservationQuery.all(id).asOf(endOfDay(asOf)));
    }

    Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
    }
}
