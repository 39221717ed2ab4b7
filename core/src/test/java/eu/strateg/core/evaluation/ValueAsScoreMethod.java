package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.EvaluationMethod;
import eu.strateg.core.evaluation.method.MethodInput;
import eu.strateg.core.evaluation.method.SeriesData;

/**
 * A user's own method, as a test double that makes roll-ups easy to calculate by hand: the latest value is the
 * score; 5 means the target is achieved, otherwise the status follows the score.
 */
final class ValueAsScoreMethod implements EvaluationMethod {

    static final String ID = "value-as-score";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData series, MethodInput input) {
        if (series.isEmpty()) {
            return Assessment.notAssessable(ID, NotAssessableReason.NO_DATA, null);
        }
        double v = series.value(series.last());
        return Assessment.scored(ID, v == 5 ? Status.TARGET_ACHIEVED : Status.fromScore(v), v, null);
    }
}
