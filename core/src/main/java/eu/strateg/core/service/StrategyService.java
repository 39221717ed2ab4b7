package eu.strateg.core.service;

import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyRules;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Use cases of a strategy's life: create a draft, edit it (each edit a new revision), adopt it, archive it.
 *
 * <p>Editing an adopted strategy makes the new revision a draft again (an amendment, aktualizace / aktualizacja,
 * that the council has to adopt); the adopted revision stays loadable and stays the one in force
 * ({@link RevisionInForce}) until the amendment is adopted. Every door that can mark a revision adopted (create,
 * import, adopt) applies the same adoption checks.
 */
public class StrategyService {

    private final StrategyRepository repository;

    public StrategyService(StrategyRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /**
     * Saves a new strategy as revision 1. A strategy with the same id already stored is a conflict. A document that
     * says it is adopted must pass the adoption checks ({@link StrategyRules#forAdoption}), as {@link #adopt} does.
     */
    public Strategy create(Strategy draft) {
        requireAdoptable(draft, null);
        return repository.save(draft.withRevision(0), 0);
    }

    /**
     * Takes a whole strategy document (an import): a new strategy is created; a document identical to the current
     * revision (revision number aside) changes nothing; otherwise it is saved as the next revision. A document that
     * says it is adopted passes the same adoption checks as {@link #adopt}; a draft document (an amendment) is saved
     * as a draft and never changes which revision is in force ({@link RevisionInForce}).
     */
    public ImportResult importDocument(Strategy document) {
        Optional<Strategy> current = repository.find(document.id());
        if (current.isEmpty()) {
            return new ImportResult(create(document), true);
        }
        Strategy base = current.get();
        if (document.withRevision(base.revision()).equals(base)) {
            return new ImportResult(base, false);
        }
        requireAdoptable(document, base);
        return new ImportResult(repository.save(document.withRevision(base.revision()), base.revision()), true);
    }

    /** What {@link #importDocument} did: the revision now current, and whether it was saved by this import. */
    public record ImportResult(Strategy strategy, boolean saved) {
    }

    /**
     * The adoption checks, for a revision that claims an adoption its base does not have: complete for adoption, and
     * not adopted before the adoption in force on that date's predecessor (adoptions follow one another in time).
     */
    private void requireAdoptable(Strategy s, Strategy base) {
        Lifecycle l = s.lifecycle();
        if (l.state() != LifecycleState.ADOPTED || base != null && l.equals(base.lifecycle()) && sameContent(s, base)) {
            return;
        }
        List<Problem> problems = new ArrayList<>(StrategyRules.forAdoption(s));
        if (base != null) {
            Optional<Strategy> previous = repository.findLatestAdopted(s.id());
            if (previous.isPresent() && l.equals(previous.get().lifecycle()) && !sameContent(s, previous.get())) {
                problems.add(new Problem("lifecycle", String.format("revision %d was adopted on %s (%s) with other content; an amended "
                        + "document is a draft until the council adopts it (leave out its adoption, or give the new one)",
                        previous.get().revision(), l.adoptedOn(), l.resolution())));
            } else if (previous.isPresent() && l.adoptedOn().isBefore(previous.get().lifecycle().adoptedOn())) {
                problems.add(new Problem("lifecycle.adoptedOn", String.format("adopted on %s, before revision %d was adopted on %s",
                        l.adoptedOn(), previous.get().revision(), previous.get().lifecycle().adoptedOn())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean sameContent(Strategy a, Strategy b) {
        return a.withRevision(0).withLifecycle(Lifecycle.DRAFT).equals(b.withRevision(0).withLifecycle(Lifecycle.DRAFT));
    }

    /**
     * Applies {@code change} to the revision the caller saw and saves the result as the next revision. If someone
     * saved in between, {@link eu.strateg.core.port.RevisionConflictException} and nothing changes.
     */
    public Strategy edit(StrategyId id, long expectedRevision, UnaryOperator<Strategy> change) {
        Strategy base = repository.find(id, expectedRevision).orElseThrow(() -> expectedRevision == 0
                ? new StrategyNotFoundException(id) : new StrategyNotFoundException(id, expectedRevision));
        Strategy changed = change.apply(base);
        if (!changed.id().equals(id)) {
            throw new ValidationException("id", "an edit cannot change the strategy id (" + id + " → " + changed.id() + ")");
        }
        if (base.lifecycle().state() == LifecycleState.ADOPTED && changed.lifecycle().equals(base.lifecycle())) {
            changed = changed.withLifecycle(Lifecycle.DRAFT);
        }
        return repository.save(changed, expectedRevision);
    }

    /**
     * Adopts the strategy at {@code expectedRevision}: checks {@link StrategyRules#forAdoption} (all problems
     * reported, nothing saved when any) and saves a new revision marked adopted on {@code date} by
     * {@code resolution}.
     */
    public Strategy adopt(StrategyId id, long expectedRevision, LocalDate date, String resolution) {
        Strategy base = load(id, expectedRevision);
        Strategy adopted = base.withLifecycle(Lifecycle.adopted(date, resolution));
        requireAdoptable(adopted, base.withLifecycle(Lifecycle.DRAFT));
        return repository.save(adopted, expectedRevision);
    }

    /** The revision in force on {@code date}, or the documented fallback ({@link RevisionInForce}). */
    public RevisionInForce inForce(StrategyId id, LocalDate date) {
        return RevisionInForce.find(repository, id, date);
    }

    /** Archives the strategy (kept readable, no longer in force). */
    public Strategy archive(StrategyId id, long expectedRevision, LocalDate date) {
        Strategy base = load(id, expectedRevision);
        if (base.lifecycle().state() == LifecycleState.ARCHIVED) {
            throw new ValidationException("lifecycle.state", "strategy " + id + " is already archived");
        }
        Lifecycle archived = base.lifecycle().state() == LifecycleState.ADOPTED ? base.lifecycle().archived(date)
                : new Lifecycle(LifecycleState.ARCHIVED, null, null, date);
        return repository.save(base.withLifecycle(archived), expectedRevision);
    }

    public Strategy current(StrategyId id) {
        return repository.find(id).orElseThrow(() -> new StrategyNotFoundException(id));
    }

    public Strategy load(StrategyId id, long revision) {
        return repository.find(id, revision).orElseThrow(() -> new StrategyNotFoundException(id, revision));
    }

    public List<RevisionInfo> history(StrategyId id) {
        return repository.history(id);
    }

    public List<StrategyHeader> list(TerritoryCode territory) {
        return repository.listByTerritory(territory);
    }
}
