/**
 * Comparison across territories (srovnání obcí / porównanie gmin): several territories' values of indicators they
 * share, year by year, with ranks, the group's median and quartiles, values normalised per 1,000 inhabitants or per
 * km², and every gap listed instead of being compared silently.
 *
 * <p>The entry point is {@link eu.strateg.core.comparison.Comparisons#compare}; a peer group (same level, same
 * population size class) is chosen with {@link eu.strateg.core.comparison.PeerGroup#of}. Everything is exact
 * decimal arithmetic ({@link java.math.BigDecimal}); the only rounding is the division of a normalisation, to
 * {@link eu.strateg.core.comparison.Normalisation#MATH} (16 significant digits, as formulas use).
 */
package eu.strateg.core.comparison;
