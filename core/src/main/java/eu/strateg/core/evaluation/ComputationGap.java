package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.period.Period;
import java.util.List;

/**
 * A period a computed indicator's formula could not be evaluated for, and why: an input had no value
 * ({@link NotAssessableReason#MISSING_FORMULA_INPUT}, naming the inputs) or the formula divided by zero
 * ({@link NotAssessableReason#UNDEFINED_PROGRESS}, no inputs named).
 */
public record ComputationGap(Period period, NotAssessableReason reason, List<String> missingInputs) {

    public ComputationGap {
        missingInputs = missingInputs == null ? ImmutableList.of() : ImmutableList.copyOf(missingInputs);
    }
}
