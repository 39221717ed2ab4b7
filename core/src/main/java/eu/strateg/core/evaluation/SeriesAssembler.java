package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Sorts a strategy's observations into series in one pass: per indicator a headline and, when present, one series
 * per disaggregation. Drops values of periods that had not ended by the as-of date and values of unknown or
 * computed indicators (a computed indicator's values come from its formula).
 */
final class SeriesAssembler {

    final SeriesData.Builder[] headline;
    final Map<SortedMap<String, String>, SeriesData.Builder>[] disaggregated;
    final int[] counts;

    @SuppressWarnings("unchecked")
    SeriesAssembler(EvaluationPlan plan, List<Observation> observations, LocalDate asOf) {
        List<Indicator> indicators = plan.indicators();
        int n = indicators.size();
        headline = new SeriesData.Builder[n];
        disaggregated = new Map[n];
        counts = new int[n];
        int[] kept = new int[observations.size()];
        int[] headlineSizes = new int[n];
        boolean[] computed = new boolean[n];
        for (int k = 0; k < n; k++) {
            computed[k] = indicators.get(k).isComputed();
        }
        // First pass: which indicator each value belongs to (−1: dropped), so builders get their exact size.
        // Observations usually come grouped by indicator and share period instances: the last look-ups are reused.
        String lastCode = null;
        int lastIndex = -1;
        Period lastPeriod = null;
        boolean lastEnded = false;
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            String code = o.indicatorCode();
            if (code != lastCode) {
                lastIndex = plan.position(code, lastIndex + 1);
                lastCode = code;
            }
            Period period = o.period();
            if (period != lastPeriod) {
                lastPeriod = period;
                lastEnded = period.hasEndedBy(asOf);
            }
            int k = lastIndex < 0 || !lastEnded || computed[lastIndex] ? -1 : lastIndex;
            kept[i] = k;
            if (k >= 0 && o.disaggregation().isEmpty()) {
                headlineSizes[k]++;
            }
        }
        for (int k = 0; k < n; k++) {
            Indicator ind = indicators.get(k);
            int extra = ind.baseline() != null && !ind.isComputed() ? 1 : 0;
            if (headlineSizes[k] + extra > 0) {
                headline[k] = SeriesData.builder(headlineSizes[k] + extra);
            }
        }
        for (int i = 0; i < observations.size(); i++) {
            int k = kept[i];
            if (k < 0) {
                continue;
            }
            Observation o = observations.get(i);
            counts[k]++;
            if (o.disaggregation().isEmpty()) {
                headline[k].add(o.period(), o.value());
            } else {
                if (disaggregated[k] == null) {
                    disaggregated[k] = new LinkedHashMap<>();
                }
                disaggregated[k].computeIfAbsent(o.disaggregation(), d -> SeriesData.builder(16)).add(o.period(), o.value());
            }
        }
        addBaselines(indicators, asOf);
    }

    /** Puts each measured indicator's declared baseline into its headline when no value exists for that period. */
    private void addBaselines(List<Indicator> indicators, LocalDate asOf) {
        for (int k = 0; k < indicators.size(); k++) {
            Indicator ind = indicators.get(k);
            if (ind.baseline() != null && !ind.isComputed() && ind.baseline().period().hasEndedBy(asOf)
                    && !headline[k].contains(ind.baseline().period())) {
                headline[k].add(ind.baseline().period(), ind.baseline().value());
            }
        }
    }
}
