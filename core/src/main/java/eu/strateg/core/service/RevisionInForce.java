package eu.strateg.core.service;

import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The revision of a strategy in force on a date (platná verze / wersja obowiązująca): of the revisions adopted on or
 * before that date, the one adopted last (the highest revision on the same day), unless the strategy was archived
 * (by a later revision) on or before the date. Drafts, amendments included, are never in force: an amendment changes nothing until the council adopts
 * it, and then from its own adoption date.
 *
 * <p>Fallback, when no revision was in force on the date (none adopted yet, or archived): the latest revision, with
 * {@link #inForce()} false, so that a draft can still be evaluated; evaluations and reports then say that it is not a
 * revision in force.
 *
 * @param strategy the revision to use
 * @param inForce true when it is the revision in force on {@code date}; false for the fallback
 */
public record RevisionInForce(Strategy strategy, LocalDate date, boolean inForce) {

    /** Finds the revision in force on {@code date}, or the fallback. */
    static RevisionInForce find(StrategyRepository repository, StrategyId id, LocalDate date) {
        List<RevisionInfo> history = repository.history(id);
        if (history.isEmpty()) {
            throw new StrategyNotFoundException(id);
        }
        Strategy best = null;
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).state() != LifecycleState.ADOPTED) {
                continue;
            }
            Optional<Strategy> r = repository.find(id, history.get(i).revision());
            Lifecycle l = r.map(Strategy::lifecycle).orElse(Lifecycle.DRAFT);
            if (l.adoptedOn() == null || l.adoptedOn().isAfter(date)) {
                continue;
            }
            if (best == null || l.adoptedOn().isAfter(best.lifecycle().adoptedOn())) {
                best = r.get();
            }
        }
        if (best != null && !archivedBy(repository, id, history, best, date)) {
            return new RevisionInForce(best, date, true);
        }
        Strategy latest = repository.find(id).orElseThrow(() -> new StrategyNotFoundException(id));
        return new RevisionInForce(latest, date, false);
    }

    /** Whether the strategy was archived (by a revision after {@code adopted}) on or before the date. */
    private static boolean archivedBy(StrategyRepository repository, StrategyId id, List<RevisionInfo> history, Strategy adopted,
            LocalDate date) {
        for (RevisionInfo info : history) {
            if (info.state() == LifecycleState.ARCHIVED && info.revision() >= adopted.revision()) {
                Lifecycle l = repository.find(id, info.revision()).map(Strategy::lifecycle).orElse(Lifecycle.DRAFT);
                if (l.archivedOn() != null && !l.archivedOn().isAfter(date)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For a person: "revision 4, adopted on 2023-06-20 (Usnesení …), in force on 2023-12-31" or why it is a fallback. */
    public String describe() {
        Lifecycle l = strategy.lifecycle();
        if (inForce) {
            return String.format("revision %d, adopted on %s (%s), in force on %s", strategy.revision(), l.adoptedOn(), l.resolution(), date);
        }
        return String.format("no revision was in force on %s; revision %d (%s, the latest) is used", date, strategy.revision(),
                l.state().name().toLowerCase(java.util.Locale.ROOT));
    }
}
