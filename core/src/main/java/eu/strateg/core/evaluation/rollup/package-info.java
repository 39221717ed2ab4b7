/**
 * Roll-ups (spec/evaluation.md §5): the mean of scored children ({@link eu.strateg.core.evaluation.rollup.ScoreMean}),
 * elements and the strategy ({@link eu.strateg.core.evaluation.rollup.ElementRollup}), and the project stack with
 * its budget ({@link eu.strateg.core.evaluation.rollup.ProjectRollup}).
 */
package eu.strateg.core.evaluation.rollup;
