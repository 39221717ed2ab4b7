package eu.strateg.core.memory;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.observation.ObservationVersions;
import eu.strateg.core.observation.UpsertPlan;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@link ObservationStore} in memory, keeping every version. Thread-safe. Ordering of results: indicator code,
 * series (disaggregation as text), period. The upsert decision is {@link UpsertPlan}'s and the value as of a time
 * {@link ObservationVersions#inForce}'s, as in every store (the temporal model of the observation package).
 */
public final class InMemoryObservationStore implements ObservationStore {

    /** Orders results the way every store must: indicator, disaggregation, period. */
    public static final Comparator<Observation> ORDER = Comparator.comparing(Observation::indicatorCode)
            .thenComparing(o -> o.disaggregation().toString())
            .thenComparing(Observation::period);

    /** History order: by recorded-at time, which no two versions of one series and period share. */
    public static final Comparator<Observation> BY_RECORDED_AT = Comparator.comparing(Observation::recordedAt);

    private final Clock clock;
    private final Map<StrategyId, Map<UpsertPlan.Key, List<Observation>>> data = new HashMap<>();

    public InMemoryObservationStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryObservationStore() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized UpsertResult upsert(StrategyId strategy, Collection<Observation> observations) {
        Map<UpsertPlan.Key, List<Observation>> byKey = data.computeIfAbsent(strategy, k -> new HashMap<>());
        UpsertPlan plan = UpsertPlan.of(observations, k -> byKey.getOrDefault(k, List.of()), clock.instant(), clock.getZone());
        for (Observation v : plan.toStore()) {
            byKey.computeIfAbsent(UpsertPlan.Key.of(v), k -> new ArrayList<>(2)).add(v);
        }
        return plan.result();
    }

    @Override
    public synchronized List<Observation> find(ObservationQuery query) {
        Map<UpsertPlan.Key, List<Observation>> byKey = data.getOrDefault(query.strategy(), Map.of());
        List<Observation> out = new ArrayList<>();
        for (List<Observation> versions : byKey.values()) {
            Observation current = ObservationVersions.inForce(versions, query.asOf());
            if (current != null && query.matches(current)) {
                out.add(current);
            }
        }
        out.sort(ORDER);
        return out;
    }

    @Override
    public synchronized List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
        List<Observation> versions = data.getOrDefault(strategy, Map.of()).get(new UpsertPlan.Key(series, period));
        return versions == null ? List.of() : versions.stream().sorted(BY_RECORDED_AT).toList();
    }

    /** Strategies that have observations, for diagnostics. */
    public synchronized Map<StrategyId, Integer> sizes() {
        Map<StrategyId, Integer> out = new TreeMap<>(Comparator.comparing(StrategyId::value));
        data.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }
}
