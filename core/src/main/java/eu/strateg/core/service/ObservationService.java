package eu.strateg.core.service;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Plausibility;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use cases of measured data: record observations (checked against the strategy), correct them (the old value
 * stays as history), import them from an {@link IndicatorSource}, read them. One call records at most
 * {@link #DEFAULT_MAX_OBSERVATIONS_PER_IMPORT} observations (configurable with {@link #withMaxObservationsPerImport}).
 */
public class ObservationService {

    /** The default cap on observations recorded at once: two million (a region's whole history is far less). */
    public static final int DEFAULT_MAX_OBSERVATIONS_PER_IMPORT = 2_000_000;

    private final ObservationStore store;
    private final StrategyRepository strategies;
    private final Clock clock;
    private final int maxPerImport;

    public ObservationService(ObservationStore store, StrategyRepository strategies, Clock clock) {
        this(store, strategies, clock, DEFAULT_MAX_OBSERVATIONS_PER_IMPORT);
    }

    private ObservationService(ObservationStore store, StrategyRepository strategies, Clock clock, int maxPerImport) {
        this.store = Objects.requireNonNull(store, "store");
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxPerImport = maxPerImport;
    }

    /** The same service refusing to record more than {@code max} observations in one call. */
    public ObservationService withMaxObservationsPerImport(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("the limit must be positive: " + max);
        }
        return new ObservationService(store, strategies, clock, max);
    }

    /**
     * Records observations of a strategy's indicators. Every observation is checked first (indicator defined and
     * measured, not computed; the value plausible for it, see {@link Plausibility}); all problems are reported with
     * their position ({@code observations[3].indicator}) and nothing is stored when there is any. Values without a
     * recorded-at time follow the known-from rule of the store ({@link eu.strateg.core.observation.UpsertPlan}): a
     * first value is known from the day after its period ended, a correction from now.
     */
    public UpsertResult record(StrategyId id, Collection<Observation> observations) {
        return record(id, observations, null);
    }

    /**
     * Like {@link #record(StrategyId, Collection)}, but values without a recorded-at time are dated
     * {@code recordedAt} (when not null): the moment they became known, e.g. a correction announced on a given day.
     */
    public UpsertResult record(StrategyId id, Collection<Observation> observations, Instant recordedAt) {
        if (observations.size() > maxPerImport) {
            throw ValidationException.of("observations", "%d observations in one import; at most %d are allowed (split the import or "
                    + "raise the limit)", observations.size(), maxPerImport);
        }
        Strategy strategy = strategies.find(id).orElseThrow(() -> new StrategyNotFoundException(id));
        Map<String, Indicator> indicators = strategy.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        Problems p = new Problems();
        List<Observation> checked = new ArrayList<>(observations.size());
        int i = 0;
        for (Observation o : observations) {
            String path = Paths.keyed("observations", i++);
            if (o == null) {
                p.add(path, "must not be null");
                continue;
            }
            Indicator ind = indicators.get(o.indicatorCode());
            if (ind == null) {
                p.add(path + ".indicator", "indicator %s is not defined in strategy %s", o.indicatorCode(), id);
            } else if (ind.isComputed()) {
                p.add(path + ".indicator", "indicator %s is computed from its formula; its values cannot be recorded", o.indicatorCode());
            } else {
                Plausibility.checkValue(p, path, ind, o.value(), o.period());
            }
            checked.add(o.recordedAt() == null && recordedAt != null ? o.withRecordedAt(recordedAt) : o);
        }
        p.throwIfAny();
        return store.upsert(id, checked);
    }

    /** Records one corrected value; the value it replaces stays readable as of earlier times. */
    public UpsertResult correct(StrategyId id, Observation corrected) {
        return record(id, List.of(corrected));
    }

    /**
     * Pulls observations from a source and records them; the source's provenance fills in missing sources. Undated
     * values follow the same known-from rule as files (a first value is history, known from the day after its
     * period ended), so a report as of a past date is the same whether the data came from a file or a source.
     */
    public UpsertResult importFrom(IndicatorSource source, StrategyId id) {
        Strategy strategy = strategies.find(id).orElseThrow(() -> new StrategyNotFoundException(id));
        IndicatorSource.Batch batch = source.fetch(strategy);
        List<Observation> withProvenance = batch.observations().stream()
                .map(o -> o.source() == null ? o.withSource(batch.provenance(), o.note()) : o)
                .toList();
        return record(id, withProvenance);
    }

    public List<Observation> find(ObservationQuery query) {
        return store.find(query);
    }
}
