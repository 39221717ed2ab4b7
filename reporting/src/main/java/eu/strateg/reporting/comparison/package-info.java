/**
 * Renderings of a comparison across territories ({@link eu.strateg.core.comparison.Comparison}): CSV and JSON for
 * programs and spreadsheets, HTML for people; labels in Czech, Polish or English from the report message bundles.
 */
package eu.strateg.reporting.comparison;
