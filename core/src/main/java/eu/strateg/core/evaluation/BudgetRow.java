package eu.strateg.core.evaluation;

import eu.strateg.core.project.FinancingSource;
import java.math.BigDecimal;
import java.util.Currency;

/** Planned and actual money for one year and financing source, summed over projects. */
public record BudgetRow(int year, FinancingSource source, Currency currency, BigDecimal planned, BigDecimal actual) {
}
