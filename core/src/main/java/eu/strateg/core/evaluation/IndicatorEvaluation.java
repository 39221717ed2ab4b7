package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.period.Period;
import java.util.List;

/**
 * The evaluation of one indicator as of a date.
 *
 * @param assessment the indicator's overall assessment (its headline, or the mean of its series)
 * @param series the assessment of each series that was evaluated
 * @param latestPeriod the latest period with a value by the as-of date (null when none)
 * @param stale true when the latest value is older than the periodicity allows (spec §6)
 * @param observationCount how many values (all series) were used
 * @param gaps for a computed indicator, the periods its formula could not be evaluated for, with the reason
 */
public record IndicatorEvaluation(
        String indicatorCode,
        Assessment assessment,
        List<SeriesEvaluation> series,
        Period latestPeriod,
        boolean stale,
        int observationCount,
        List<ComputationGap> gaps) {

    public IndicatorEvaluation {
        series = series == null ? ImmutableList.of() : ImmutableList.copyOf(series);
        gaps = gaps == null ? ImmutableList.of() : ImmutableList.copyOf(gaps);
    }

    /** An evaluation without formula gaps (a measured indicator). */
    public IndicatorEvaluation(String indicatorCode, Assessment assessment, List<SeriesEvaluation> series, Period latestPeriod,
            boolean stale, int observationCount) {
        this(indicatorCode, assessment, series, latestPeriod, stale, observationCount, List.of());
    }
}
