package eu.strateg.core.observation;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** One series of an indicator: the indicator code and a disaggregation (empty = headline). */
public record SeriesKey(String indicatorCode, SortedMap<String, String> disaggregation) {

    public SeriesKey {
        disaggregation = disaggregation == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(disaggregation);
    }

    public static SeriesKey headline(String indicatorCode) {
        return new SeriesKey(indicatorCode, ImmutableSortedMap.of());
    }

    public boolean isHeadline() {
        return disaggregation.isEmpty();
    }

    /** {@code OUT-07} or {@code OUT-07{district=Sever,sex=F}}. */
    @Override
    public String toString() {
        if (disaggregation.isEmpty()) {
            return indicatorCode;
        }
        return indicatorCode + disaggregation.entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
