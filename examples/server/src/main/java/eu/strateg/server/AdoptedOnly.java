package eu.strateg.server;

import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A strategy repository (already limited to a territory scope) seen by the public: only adopted revisions exist. A
 * strategy never adopted does not exist; the "current" revision of one is its latest adopted revision, so a draft saved
 * after the adoption stays unseen. Nothing can be saved through it.
 */
final class AdoptedOnly implements StrategyRepository {

    private final StrategyRepository delegate;

    AdoptedOnly(StrategyRepository scoped) {
        this.delegate = Objects.requireNonNull(scoped, "scoped");
    }

    @Override
    public Strategy save(Strategy strategy, long expectedRevision) {
        throw new ValidationException("", "the public reads adopted strategies; it cannot save one");
    }

    @Override
    public Optional<Strategy> find(StrategyId id) {
        return delegate.findLatestAdopted(id);
    }

    @Override
    public Optional<Strategy> find(StrategyId id, long revision) {
        return delegate.find(id, revision).filter(s -> s.lifecycle().state() == LifecycleState.ADOPTED);
    }

    @Override
    public List<RevisionInfo> history(StrategyId id) {
        return delegate.history(id).stream().filter(RevisionInfo::adopted).toList();
    }

    @Override
    public List<StrategyHeader> listByTerritory(TerritoryCode territory) {
        return adopted(delegate.listByTerritory(territory));
    }

    @Override
    public List<StrategyHeader> listAll() {
        return adopted(delegate.listAll());
    }

    /** The links of the current revision when it is adopted; those of a later draft are not shown. */
    @Override
    public List<LinkedElement> findLinked(String scheme, String code) {
        return delegate.findLinked(scheme, code).stream()
                .filter(l -> find(l.strategyId()).map(s -> s.revision() == l.revision()).orElse(false)).toList();
    }

    private List<StrategyHeader> adopted(List<StrategyHeader> headers) {
        return headers.stream().map(h -> h.state() == LifecycleState.ADOPTED ? Optional.of(h) : find(h.id()).map(StrategyHeader::of))
                .flatMap(Optional::stream).toList();
    }
}
