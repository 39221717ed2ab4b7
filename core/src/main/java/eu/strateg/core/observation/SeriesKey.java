package eu.strateg.core.observation;

import com.google.common.collect.ImmutableSortedMap;
import eu.strateg.core.validation.Problems;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/** One series of an indicator: the indicator code and a disaggregation (empty = headline). */
public record SeriesKey(String indicatorCode, SortedMap<String, String> disaggregation) {

    /**
     * The longest disaggregation, written as {@code {district=Sever, sex=F}}: 500 characters. Every store keeps that
     * much (the JDBC stores index it, escaped, in 1,000), so all stores accept the same series.
     */
    public static final int MAX_DISAGGREGATION_CHARS = 500;

    public SeriesKey {
        disaggregation = disaggregation == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(disaggregation);
    }

    /** Records a problem under {@code path} when {@code disaggregation} is longer than {@link #MAX_DISAGGREGATION_CHARS} as text. */
    public static void checkLength(Problems p, String path, Map<String, String> disaggregation) {
        if (disaggregation.isEmpty()) {
            return;
        }
        long chars = 2;
        for (Map.Entry<String, String> e : disaggregation.entrySet()) {
            chars += e.getKey().length() + 1 + e.getValue().length() + 2;
        }
        chars -= 2;
        if (chars > MAX_DISAGGREGATION_CHARS) {
            p.add(path, "is %d characters long as text ({name=value, …}); at most %d are allowed", chars, MAX_DISAGGREGATION_CHARS);
        }
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
