package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.EvaluationMethods;
import eu.strateg.core.evaluation.rollup.ElementRollup;
import eu.strateg.core.evaluation.rollup.ScoreMean;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation of spec/evaluation.md: each indicator with its method (the indicator's own, or the default for
 * its direction, see {@link EvaluationMethods}), the roll-up to elements and the strategy (§5), the projects
 * apart, and a summary.
 *
 * <ul>
 *   <li>Series: the headline (no disaggregation) and each disaggregation are assessed. The indicator's assessment
 *       is its headline's; when it has only disaggregated values, the mean of theirs ({@link ScoreMean}).</li>
 *   <li>Baseline: when the headline has no value for the baseline period, the declared baseline value is put
 *       there, so the trajectory starts where the strategy says; a measured value for that period wins.</li>
 *   <li>As of (§6): values of periods that had not ended by the as-of date are ignored (the caller passes only
 *       values recorded by then: {@code EvaluationService} reads them so).</li>
 *   <li>Staleness (§6): the latest value is stale when the end of its period plus
 *       {@link eu.strateg.core.indicator.Periodicity#staleAfter()} is before the as-of date.</li>
 *   <li>Computed indicators: their formula is evaluated per period over the inputs' headline series (values
 *       recorded for them directly are ignored); periods that could not be computed are listed as gaps, and when
 *       none could, the indicator is not assessable with {@code MISSING_FORMULA_INPUT}.</li>
 *   <li>Summary: over the indicators that are not context indicators: distribution of statuses, how many are
 *       scored, how many have fresh data (a value that is not stale).</li>
 * </ul>
 * Each call compiles the strategy into an {@link EvaluationPlan} and runs it; to evaluate one strategy many times
 * (other dates, other values) or to get only the scores, use {@link #plan} and keep the plan. Thread-safe; one
 * instance serves any number of strategies.
 */
public final class StandardEvaluator implements Evaluator {

    /** The method id of roll-up assessments (elements, strategy, indicators with several series). */
    public static final String ROLLUP = ElementRollup.ROLLUP;

    private final EvaluationMethods methods;
    private final StaleRule staleRule;

    /** With the standard methods. */
    public StandardEvaluator() {
        this(EvaluationMethods.standard());
    }

    public StandardEvaluator(EvaluationMethods methods) {
        this(methods, StaleRule.COUNT);
    }

    private StandardEvaluator(EvaluationMethods methods, StaleRule staleRule) {
        this.methods = Objects.requireNonNull(methods, "methods");
        this.staleRule = Objects.requireNonNull(staleRule, "staleRule");
    }

    public EvaluationMethods methods() {
        return methods;
    }

    /**
     * The same evaluator with another {@link StaleRule} for the roll-up: {@code StaleRule.LEAVE_OUT} leaves stale
     * assessments out of the element and strategy scores (a strategy's choice; the default counts them).
     */
    public StandardEvaluator withStaleRule(StaleRule rule) {
        return new StandardEvaluator(methods, rule);
    }

    public StaleRule staleRule() {
        return staleRule;
    }

    /** The strategy compiled for evaluation: compile once to evaluate a strategy many times. */
    public EvaluationPlan plan(Strategy strategy) {
        return EvaluationPlan.compile(strategy, methods, staleRule);
    }

    @Override
    public StrategyEvaluation evaluate(Strategy strategy, List<Observation> observations, LocalDate asOf) {
        return plan(strategy).evaluate(observations, asOf);
    }

    /**
     * The same for values given as columns: the result equals that of {@code evaluate(strategy,
     * values.toObservations(), asOf)}, without building an observation per value.
     */
    @Override
    public StrategyEvaluation evaluate(Strategy strategy, ValueColumns values, LocalDate asOf) {
        return plan(strategy).evaluate(values, asOf);
    }
}
