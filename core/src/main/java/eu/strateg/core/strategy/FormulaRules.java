package eu.strateg.core.strategy;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.validation.Problems;
import java.util.List;
import java.util.Map;

/**
 * Checks computed indicators' formulas against the strategy: every referenced code is defined, and no formula
 * depends on itself. Filled in by the evaluation's formula parser.
 */
final class FormulaRules {

    private FormulaRules() {
    }

    static void check(Problems p, List<Indicator> indicators, Map<String, Indicator> byCode) {
        // The formula grammar lives with the evaluation (issue 3); until it lands, formulas are only checked locally.
    }
}
