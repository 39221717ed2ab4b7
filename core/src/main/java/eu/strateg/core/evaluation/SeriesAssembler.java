package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
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
    SeriesAssembler(List<Indicator> indicators, Map<String, Integer> index, List<Observation> observations, LocalDate asOf) {
        int n = indicators.size();
        headline = new SeriesData.Builder[n];
        disaggregated = new Map[n];
        counts = new int[n];
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            Integer k = index.get(o.indicatorCode());
            if (k == null || !o.period().hasEndedBy(asOf) || indicators.get(k).isComputed()) {
                continue;
            }
            counts[k]++;
            if (o.disaggregation().isEmpty()) {
                SeriesData.Builder b = headline[k];
                if (b == null) {
                    b = SeriesData.builder(16);
                    headline[k] = b;
                }
                b.add(o.period(), o.value());
            } else {
                if (disaggregated[k] == null) {
                    disaggregated[k] = new LinkedHashMap<>();
                }
                disaggregated[k].computeIfAbsent(o.disaggregation(), d -> SeriesData.builder(16)).add(o.period(), o.value());
            }
        }
        for (int k = 0; k < n; k++) {
            Indicator ind = indicators.get(k);
            if (ind.baseline() != null && !ind.isComputed() && ind.baseline().period().hasEndedBy(asOf)) {
                SeriesData.Builder b = headline[k];
                if (b == null) {
                    b = SeriesData.builder(4);
                    headline[k] = b;
                }
                if (!b.contains(ind.baseline().period())) {
                    b.add(ind.baseline().period(), ind.baseline().value());
                }
            }
        }
    }
}
