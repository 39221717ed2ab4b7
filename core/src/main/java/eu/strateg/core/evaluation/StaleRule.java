package eu.strateg.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The stale-data rule (spec/evaluation.md §6 and docs/evaluation.md, "Stale data"): an indicator is stale when the
 * end of its latest period plus {@link eu.strateg.core.indicator.Periodicity#staleAfter()} is before the as-of
 * date. A stale assessment keeps its status and score and is marked stale wherever it is shown; by default it
 * counts in the roll-up like any other. With {@link #LEAVE_OUT} the roll-up treats it as not assessable
 * ({@link NotAssessableReason#STALE_DATA}), so the score rests on fresh data only; the indicator's own result is
 * unchanged.
 */
public enum StaleRule {
    /** stale assessments count in the roll-up (the default) */
    COUNT,
    /** stale assessments are left out of the roll-up */
    LEAVE_OUT;

    /** The indicator results the roll-up should see under this rule (the same list for {@link #COUNT}). */
    public List<IndicatorEvaluation> forRollup(List<IndicatorEvaluation> results) {
        if (this == COUNT) {
            return results;
        }
        List<IndicatorEvaluation> out = new ArrayList<>(results.size());
        for (IndicatorEvaluation e : results) {
            out.add(e.stale() && e.assessment().isScored() ? leftOut(e) : e);
        }
        return out;
    }

    private static IndicatorEvaluation leftOut(IndicatorEvaluation e) {
        Assessment a = Assessment.notAssessable(e.assessment().method(), NotAssessableReason.STALE_DATA, e.assessment().components());
        return new IndicatorEvaluation(e.indicatorCode(), a, e.series(), e.latestPeriod(), true, e.observationCount(), e.gaps());
    }
}
