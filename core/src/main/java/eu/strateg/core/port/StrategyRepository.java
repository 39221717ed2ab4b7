package eu.strateg.core.port;

import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where strategies are kept, every revision of them (driven port). Implementations: in memory (core), JSON files
 * (persistence-json), PostgreSQL and H2 (persistence-jdbc), or your own; {@code StrategyRepositoryContract} in the
 * testkit is what each must pass.
 *
 * <p>Nothing is ever deleted or overwritten: each save adds a revision, and every revision stays loadable, so a
 * report as of any past date can be reproduced.
 */
public interface StrategyRepository {

    /**
     * Saves a new revision with optimistic locking. {@code expectedRevision} is the revision the caller's copy was
     * loaded at (0 for a strategy never saved); if the stored current revision differs, nothing is written and
     * {@link RevisionConflictException} is thrown. Otherwise the strategy is stored as revision
     * {@code expectedRevision + 1}, atomically, and returned with that revision.
     */
    Strategy save(Strategy strategy, long expectedRevision);

    /** The current (latest) revision. */
    Optional<Strategy> find(StrategyId id);

    /**
     * The current revisions of many strategies at once (a comparison of all municipalities): for each id given, in that
     * order, what {@link #find(StrategyId)} gives; unknown ids (and ids outside a scope) are left out, an id given twice
     * comes once. The default loops over {@link #find(StrategyId)}; adapters read them all in a few queries.
     */
    default List<Strategy> findCurrent(Collection<StrategyId> ids) {
        List<Strategy> out = new ArrayList<>();
        for (StrategyId id : new LinkedHashSet<>(ids)) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    /** A given revision. */
    Optional<Strategy> find(StrategyId id, long revision);

    /** Every revision, oldest first; empty when the strategy is unknown. */
    List<RevisionInfo> history(StrategyId id);

    /** The current revision of every strategy of a territory, ordered by id. */
    List<StrategyHeader> listByTerritory(TerritoryCode territory);

    /** The current revision of every strategy in the store (of every territory), ordered by id: e.g. for a comparison of all. */
    List<StrategyHeader> listAll();

    /**
     * Elements of the current revisions of all strategies that link to an external reference, e.g. every measure
     * that serves {@code sdg/11.2} or {@code strategy:kraj-vysocina-2030/2.1}. Ordered by strategy id, then element
     * position.
     */
    List<LinkedElement> findLinked(String scheme, String code);

    /** The latest revision whose lifecycle is ADOPTED, if any. */
    default Optional<Strategy> findLatestAdopted(StrategyId id) {
        List<RevisionInfo> h = history(id);
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).adopted()) {
                return find(id, h.get(i).revision());
            }
        }
        return Optional.empty();
    }

    /** Convenience: the element's link as a {@link Link} lookup. */
    default List<LinkedElement> findLinked(Link link) {
        return findLinked(link.scheme(), link.code());
    }
}
