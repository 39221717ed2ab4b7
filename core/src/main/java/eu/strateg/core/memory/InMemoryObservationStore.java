package eu.strateg.core.memory;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Problems;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@link ObservationStore} in memory, keeping every version. Thread-safe. Ordering of results: indicator code,
 * series (disaggregation as text), period.
 */
public final class InMemoryObservationStore implements ObservationStore {

    /** Orders results the way every store must: indicator, disaggregation, period. */
    public static final Comparator<Observation> ORDER = Comparator.comparing(Observation::indicatorCode)
            .thenComparing(o -> o.disaggregation().toString())
            .thenComparing(Observation::period);

    private record Key(SeriesKey series, Period period) {
    }

    private final Clock clock;
    private final Map<StrategyId, Map<Key, List<Observation>>> data = new HashMap<>();

    public InMemoryObservationStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryObservationStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized UpsertResult upsert(StrategyId strategy, Collection<Observation> observations) {
        Problems p = new Problems();
        int i = 0;
        for (Observation o : observations) {
            if (o == null) {
                p.add("observations[" + i + "]", "must not be null");
            }
            i++;
        }
        p.throwIfAny();
        Instant now = clock.instant();
        Map<Key, List<Observation>> byKey = data.computeIfAbsent(strategy, k -> new HashMap<>());
        // Stage first so that a batch with repeated keys behaves like a series of single upserts.
        Map<Key, List<Observation>> staged = new HashMap<>();
        long inserted = 0;
        long corrected = 0;
        long unchanged = 0;
        for (Observation o : observations) {
            Observation stamped = o.recordedAt() == null ? o.withRecordedAt(now) : o;
            Key key = new Key(o.seriesKey(), o.period());
            List<Observation> versions = staged.computeIfAbsent(key, k -> new ArrayList<>(byKey.getOrDefault(k, List.of())));
            if (versions.isEmpty()) {
                inserted++;
                versions.add(stamped);
            } else if (versions.get(versions.size() - 1).sameContentAs(stamped)) {
                unchanged++;
            } else {
                corrected++;
                versions.add(stamped);
            }
        }
        byKey.putAll(staged);
        return new UpsertResult(inserted, corrected, unchanged);
    }

    @Override
    public synchronized List<Observation> find(ObservationQuery query) {
        Map<Key, List<Observation>> byKey = data.getOrDefault(query.strategy(), Map.of());
        List<Observation> out = new ArrayList<>();
        for (List<Observation> versions : byKey.values()) {
            Observation current = null;
            for (Observation v : versions) {
                if (query.asOf() == null || !v.recordedAt().isAfter(query.asOf())) {
                    if (current == null || !v.recordedAt().isBefore(current.recordedAt())) {
                        current = v;
                    }
                }
            }
            if (current != null && query.matches(current)) {
                out.add(current);
            }
        }
        out.sort(ORDER);
        return out;
    }

    @Override
    public synchronized List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
        List<Observation> versions = data.getOrDefault(strategy, Map.of()).get(new Key(series, period));
        return versions == null ? List.of() : List.copyOf(versions);
    }

    /** Strategies that have observations, for diagnostics. */
    public synchronized Map<StrategyId, Integer> sizes() {
        Map<StrategyId, Integer> out = new TreeMap<>(Comparator.comparing(StrategyId::value));
        data.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
