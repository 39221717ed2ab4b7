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
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Use cases of a strategy's life: create a draft, edit it (each edit a new revision), adopt it, archive it.
 *
 * <p>Editing an adopted strategy makes the new revision a draft again (an amendment, aktualizace / aktualizacja,
 * that the council has to adopt); the adopted revision stays loadable.
 */
public class StrategyService {

    private final StrategyRepository repository;

    public StrategyService(StrategyRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Saves a new strategy as revision 1. A strategy with the same id already stored is a conflict. */
    public Strategy create(Strategy draft) {
        return repository.save(draft.withRevision(0), 0);
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
        List<Problem> problems = StrategyRules.forAdoption(base);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return repository.save(base.withLifecycle(Lifecycle.adopted(date, resolution)), expectedRevision);
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
