/**
 * Formulas of computed indicators ({@code WASTE_T / POPULATION * 1000}, {@code [OUT-07] / [OUT-08] * 100}): the
 * grammar, how codes are written (bare when they start with a letter or {@code _} and contain only letters, digits,
 * {@code _} and {@code .}; otherwise in brackets) and exact decimal evaluation are described on
 * {@link eu.strateg.core.indicator.formula.Formula}.
 *
 * <p>Why our own parser rather than a library: the maintained expression libraries on Maven Central (EvalEx 3,
 * exp4j, Parsii, …) would be core's only dependency beyond Guava and SLF4J, which the architecture rules forbid;
 * they also bring features we must not allow (functions, variables assigned at run time, strings), and none
 * accepts our codes with {@code -} and {@code .} as variable names. The grammar here is four operators,
 * parentheses and constants; its tests cover every rule and error.
 */
package eu.strateg.core.indicator.formula;
