package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
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
final class LegacySeriesAssembler {

    final SeriesData.Builder[] headline;
    final Map<SortedMap<String, String>, SeriesData.Builder>[] disaggregated;
    final int[] counts;

    @SuppressWarnings("unchecked")
    LegacySeriesAssembler(List<Indicator> indicators, LegacyCodeIndex index, List<Observation> observations, LocalDate asOf) {
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
                lastIndex = index.find(code, lastIndex + 1);
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

    /** The same from columns: each cell with a value is a headline value (exact decimal: see {@link ValueColumns}). */
    @SuppressWarnings("unchecked")
    LegacySeriesAssembler(List<Indicator> indicators, LegacyCodeIndex index, ValueColumns columns, LocalDate asOf) {
        int n = indicators.size();
        headline = new SeriesData.Builder[n];
        disaggregated = new Map[n];
        counts = new int[n];
        int width = columns.periodCount();
        Period[] periods = new Period[width];
        boolean[] ended = new boolean[width];
        for (int c = 0; c < width; c++) {
            periods[c] = columns.period(c);
            ended[c] = periods[c].hasEndedBy(asOf);
        }
        boolean[] done = new boolean[n];
        for (int r = 0; r < columns.indicatorCount(); r++) {
            int k = index.find(columns.indicatorCode(r), r);
            if (k < 0 || indicators.get(k).isComputed()) {
                continue;
            }
            done[k] = true;
            counts[k] = rowSize(columns, r, ended);
            headline[k] = fromRow(indicators.get(k), columns, r, counts[k], periods, ended, asOf);
        }
        for (int k = 0; k < n; k++) {
            Indicator ind = indicators.get(k);
            if (!done[k] && ind.baseline() != null && !ind.isComputed() && ind.baseline().period().hasEndedBy(asOf)) {
                headline[k] = SeriesData.builder(1).add(ind.baseline().period(), ind.baseline().value());
            }
        }
    }

    /** How many values of ended periods row {@code r} has. */
    private static int rowSize(ValueColumns columns, int r, boolean[] ended) {
        int size = 0;
        for (int c = 0; c < ended.length; c++) {
            size += ended[c] && !Double.isNaN(columns.value(r, c)) ? 1 : 0;
        }
        return size;
    }

    /**
     * A builder with one row's {@code size} values of ended periods and, when no value exists for its period, the
     * declared baseline in time order (so the builder is exactly sized and needs no sorting for sorted columns);
     * null when there is nothing.
     */
    private static SeriesData.Builder fromRow(Indicator ind, ValueColumns columns, int r, int size, Period[] periods, boolean[] ended,
            LocalDate asOf) {
        Period base = ind.baseline() != null && ind.baseline().period().hasEndedBy(asOf) ? ind.baseline().period() : null;
        for (int c = 0; base != null && c < periods.length; c++) {
            if (ended[c] && !Double.isNaN(columns.value(r, c)) && periods[c].equals(base)) {
                base = null;
            }
        }
        if (size == 0 && base == null) {
            return null;
        }
        SeriesData.Builder b = SeriesData.builder(size + (base == null ? 0 : 1));
        double baseTime = base == null ? 0 : SeriesData.timeOf(base);
        for (int c = 0; c < periods.length; c++) {
            double v = columns.value(r, c);
            if (ended[c] && !Double.isNaN(v)) {
                if (base != null && baseTime < SeriesData.timeOf(periods[c])) {
                    b.add(base, ind.baseline().value());
                    base = null;
                }
                // −0.0 becomes 0.0, as through its exact decimal (a BigDecimal has no negative zero)
                b.add(periods[c], v == 0 ? 0.0 : v, null);
            }
        }
        if (base != null) {
            b.add(base, ind.baseline().value());
        }
        return b;
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
