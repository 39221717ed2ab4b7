/**
 * Evaluation methods (spec/evaluation.md §1–§4): the {@link eu.strateg.core.evaluation.method.EvaluationMethod}
 * interface a user implements to add a method, the {@link eu.strateg.core.evaluation.method.EvaluationMethods}
 * registry with the default method of each kind of indicator, and the built-in methods: {@code open-sdg}
 * (Statistics Canada / Open SDG progress measure, matching sdg-build 2.4.0), {@code eurostat} and
 * {@code eurostat-long} (EU SDG monitoring report, classic thresholds), {@code linear} (trajectory through the
 * milestones), {@code maintain}, {@code range}, {@code qualitative} and {@code context}.
 *
 * <p>Methods read a {@link eu.strateg.core.evaluation.method.SeriesData} (primitive arrays, converted once per
 * series) and compute in double precision, as the published methods do; exact decimals are kept only for the
 * components they report.
 */
package eu.strateg.core.evaluation.method;
