package eu.strateg.core.observation;

import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Problems;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds rows of one input (a file, a batch) that contradict each other: two different values for one series and
 * period with the same recorded-at time, or both without one. Such an input has no single meaning (which of the two
 * is the truth?), so it is an error naming both rows, never "the last one wins". Identical repeated rows are fine.
 * Not thread-safe; use one per input.
 */
public final class DuplicateRows {

    private record Key(SeriesKey series, Period period, Instant recordedAt) {
    }

    private record Row(String where, Observation observation) {
    }

    private final Problems problems;
    private final Map<Key, Row> seen = new HashMap<>();

    /** Reports conflicts into {@code problems}. */
    public DuplicateRows(Problems problems) {
        this.problems = problems;
    }

    /**
     * Takes the next row, {@code where} naming it for a person ({@code line 7}, {@code observations[3]}); a conflict
     * with an earlier row is added as a problem at {@code where}, naming the earlier row too.
     */
    public void add(String where, Observation o) {
        Key key = new Key(o.seriesKey(), o.period(), ObservationVersions.normalise(o.recordedAt()));
        Row first = seen.putIfAbsent(key, new Row(where, o));
        if (first != null && !first.observation().sameContentAs(o)) {
            String when = o.recordedAt() == null ? "both without a recorded-at time" : "both recorded at " + key.recordedAt();
            problems.add(where, "%s %s: %s here contradicts %s in %s (%s); one input gives a series and period one value per "
                    + "recorded-at time", o.seriesKey(), o.period(), describe(o), describe(first.observation()), first.where(), when);
        }
    }

    private static String describe(Observation o) {
        StringBuilder s = new StringBuilder(o.value().toPlainString()).append(' ').append(o.status());
        if (o.source() != null) {
            s.append(", source '").append(o.source()).append('\'');
        }
        if (o.note() != null) {
            s.append(", note '").append(o.note()).append('\'');
        }
        return s.toString();
    }
}
