package eu.strateg.core.port;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * An {@link ObservationStore} limited to a {@link TerritoryScope}: a strategy's observations are visible and writable
 * only while the strategy exists and its current revision is in scope. Made by {@link TerritoryScope#observations}.
 */
final class TerritoryScopedObservationStore implements ObservationStore {

    private final ObservationStore delegate;
    private final StrategyRepository strategies;
    private final TerritoryScope scope;

    TerritoryScopedObservationStore(ObservationStore delegate, StrategyRepository strategies, TerritoryScope scope) {
        this.delegate = delegate;
        this.strategies = strategies;
        this.scope = scope;
    }

    private boolean visible(StrategyId id) {
        return scope.visible(strategies, id).isPresent();
    }

    @Override
    public UpsertResult upsert(StrategyId strategy, Collection<Observation> observations) {
        if (!visible(strategy)) {
            throw scope.outside("the observations of strategy", strategy);
        }
        return delegate.upsert(strategy, observations);
    }

    @Override
    public List<Observation> find(ObservationQuery query) {
        return visible(query.strategy()) ? delegate.find(query) : List.of();
    }

    @Override
    public void forEach(ObservationQuery query, Consumer<Observation> sink) {
        if (visible(query.strategy())) {
            delegate.forEach(query, sink);
        }
    }

    @Override
    public List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
        return visible(strategy) ? delegate.history(strategy, series, period) : List.of();
    }

    @Override
    public long count(StrategyId strategy) {
        return visible(strategy) ? delegate.count(strategy) : 0;
    }
}
