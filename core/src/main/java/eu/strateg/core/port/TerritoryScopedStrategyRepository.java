package eu.strateg.core.port;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import java.util.List;
import java.util.Optional;

/** A {@link StrategyRepository} limited to a {@link TerritoryScope}; made by {@link TerritoryScope#strategies}. */
final class TerritoryScopedStrategyRepository implements StrategyRepository {

    private final StrategyRepository delegate;
    private final TerritoryScope scope;

    TerritoryScopedStrategyRepository(StrategyRepository delegate, TerritoryScope scope) {
        this.delegate = delegate;
        this.scope = scope;
    }

    /**
     * Refused: a strategy of a territory outside the scope, and any save under an id that belongs to such a territory,
     * answered as if that strategy did not exist (a revision conflict with revision 0), or, for a new strategy, with
     * {@link TerritoryScope#idNotAvailable}.
     */
    @Override
    public Strategy save(Strategy strategy, long expectedRevision) {
        if (!scope.allows(strategy.territory().code())) {
            throw scope.outside("territory", strategy.territory().code());
        }
        Optional<Strategy> existing = delegate.find(strategy.id());
        if (existing.isPresent() && !scope.allows(existing.get().territory().code())) {
            if (expectedRevision == 0) {
                throw TerritoryScope.idNotAvailable(strategy.id());
            }
            throw new RevisionConflictException(strategy.id(), expectedRevision, 0);
        }
        return delegate.save(strategy, expectedRevision);
    }

    @Override
    public Optional<Strategy> find(StrategyId id) {
        return scope.visible(delegate, id);
    }

    @Override
    public Optional<Strategy> find(StrategyId id, long revision) {
        if (scope.visible(delegate, id).isEmpty()) {
            return Optional.empty();
        }
        return delegate.find(id, revision).filter(s -> scope.allows(s.territory().code()));
    }

    /**
     * The revisions whose own territory is in scope (a strategy moved between territories keeps revisions of the old
     * one, which stay hidden). Loads each revision to tell: scoped histories cost more than plain ones.
     */
    @Override
    public List<RevisionInfo> history(StrategyId id) {
        if (scope.visible(delegate, id).isEmpty()) {
            return List.of();
        }
        return delegate.history(id).stream()
                .filter(r -> delegate.find(id, r.revision()).map(s -> scope.allows(s.territory().code())).orElse(false))
                .toList();
    }

    @Override
    public List<StrategyHeader> listByTerritory(TerritoryCode territory) {
        return scope.allows(territory) ? delegate.listByTerritory(territory) : List.of();
    }

    @Override
    public List<StrategyHeader> listAll() {
        return delegate.listAll().stream().filter(h -> scope.allows(h.territory())).toList();
    }

    @Override
    public List<LinkedElement> findLinked(String scheme, String code) {
        return delegate.findLinked(scheme, code).stream().filter(l -> scope.allows(l.territory())).toList();
    }
}
