package eu.strateg.core.project;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;

/**
 * One line of a project's budget: money for one year from one financing source, planned and (once known)
 * actually spent. Amounts are never negative and both are in the same currency.
 */
public record BudgetLine(int year, FinancingSource source, Money planned, Money actual) {

    public BudgetLine {
        Problems p = new Problems();
        if (year < 1900 || year > 2200) {
            p.add("year", "budget year %d is outside 1900–2200", year);
        }
        Check.required(p, "source", source);
        Check.required(p, "planned", planned);
        if (planned != null) {
            Check.nonNegative(p, "planned.amount", planned.amount());
        }
        if (actual != null) {
            Check.nonNegative(p, "actual.amount", actual.amount());
            if (planned != null && !planned.currency().equals(actual.currency())) {
                p.add("actual.currency", "actual amount is in %s but planned is in %s", actual.currency(), planned.currency());
            }
        }
        p.throwIfAny();
    }
}
