package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open-sdg result of one Open SDG indicator: each series' result and the indicator's score (the mean of the
 * scored items, a group averaged first so it counts once) and status in sdg-build's words.
 *
 * @param score null when no item was scored
 * @param progressStatus {@code target_achieved}, {@code substantial_progress}, …, or {@code not_available}
 */
public record IndicatorProgress(String id, List<SeriesProgress> series, Double score, String progressStatus, Assessment assessment) {

    public IndicatorProgress {
        series = series == null ? ImmutableList.of() : ImmutableList.copyOf(series);
    }

    /** The series by key, then {@code progress_status} and {@code score}: the reference's shape. */
    public Map<String, Object> toReferenceMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (SeriesProgress s : series) {
            m.put(s.key(), s.toReferenceMap());
        }
        m.put("progress_status", progressStatus);
        m.put("score", score);
        return m;
    }
}
