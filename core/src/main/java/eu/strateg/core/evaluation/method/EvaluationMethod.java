package eu.strateg.core.evaluation.method;

import eu.strateg.core.evaluation.Assessment;

/**
 * A way to judge one series of an indicator against what the strategy wants (spec/evaluation.md §1–§4). The
 * built-in ones are {@code open-sdg}, {@code eurostat}, {@code eurostat-long}, {@code linear}, {@code maintain},
 * {@code range}, {@code qualitative} and {@code context}; a user adds a method by implementing this interface and
 * registering it in {@link EvaluationMethods}, then names its id in {@code Indicator.method}.
 *
 * <p>An implementation must be thread-safe and must not throw for bad or insufficient data: it returns a
 * not-assessable {@link eu.strateg.core.evaluation.Assessment} with its reason instead. Every assessment names the
 * method ({@link #id()}) and carries its components.
 */
public interface EvaluationMethod {

    /** The id an indicator names in {@code method}: lower-case letters, digits and '-'. */
    String id();

    /**
     * Assesses one series.
     *
     * @param series the values by the as-of date, in time order (possibly empty)
     * @param input the indicator's direction, base, target and the as-of date
     */
    Assessment assess(SeriesData series, MethodInput input);
}
