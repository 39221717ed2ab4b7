package eu.strateg.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;

/**
 * The money of a strategy's projects in one currency, as of a date (spec/evaluation.md §5, "budgets as of a
 * date"). Amounts are never null (zero when nothing is there).
 *
 * @param planned the whole plan: every budget line, of every year
 * @param plannedDue the plan due by the as-of date: lines of the years that have ended by then
 * @param actual spending known on the as-of date: actual amounts of the years that have ended by then (a year's
 *     spending is known from the day after it ends, as an observation of that year would be)
 * @param absorptionDue {@code actual / plannedDue}; null when nothing was due
 * @param absorptionTotal {@code actual / planned}; null when nothing was planned
 */
public record BudgetTotals(Currency currency, BigDecimal planned, BigDecimal plannedDue, BigDecimal actual, Double absorptionDue,
        Double absorptionTotal) {

    public BudgetTotals {
        Objects.requireNonNull(currency, "currency");
        planned = planned == null ? BigDecimal.ZERO : planned;
        plannedDue = plannedDue == null ? BigDecimal.ZERO : plannedDue;
        actual = actual == null ? BigDecimal.ZERO : actual;
    }

    /** The totals of one currency with both absorptions computed from the amounts. */
    public static BudgetTotals of(Currency currency, BigDecimal planned, BigDecimal plannedDue, BigDecimal actual) {
        return new BudgetTotals(currency, planned, plannedDue, actual, share(actual, plannedDue), share(actual, planned));
    }

    /** {@code part / whole}, or null when the whole is zero. */
    public static Double share(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return null;
        }
        return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }
}
