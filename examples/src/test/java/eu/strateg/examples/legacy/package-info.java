/**
 * A copy of the evaluator as it was before the compiled evaluation plan (issue 20): {@code StandardEvaluator},
 * its series assembly, the roll-up and the built-in methods, renamed {@code Legacy…}. Kept only so that
 * {@code PlanDifferentialTest} can compare the old and the new evaluator on the same strategies; not used
 * anywhere else. Do not change it except to keep it compiling.
 */
package eu.strateg.examples.legacy;
