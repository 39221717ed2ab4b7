package eu.strateg.core.port;

import com.google.common.collect.ImmutableSet;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The territories one user of a shared store may see (a town's officials see their town; a region's, its towns):
 * wraps any {@link StrategyRepository} and {@link ObservationStore} so that nothing of another territory is
 * returned, changed or counted. A strategy belongs to the territory of its current revision; its observations belong
 * to it, and of its revisions only those of a territory in scope are visible. For a strategy outside the scope every
 * call answers as if it did not exist (empty, zero, a conflict with revision 0), except that a new strategy cannot be
 * saved under its id ({@link #idNotAvailable}). Adapters with a scope of their own (the JDBC one filters in SQL, with
 * the same rule) do not need this; the file and in-memory adapters do.
 */
public final class TerritoryScope {

    private final ImmutableSet<TerritoryCode> territories;

    private TerritoryScope(Set<TerritoryCode> territories) {
        this.territories = ImmutableSet.copyOf(territories);
    }

    /** A scope of the given territories (it may be empty: then nothing is visible). */
    public static TerritoryScope of(Set<TerritoryCode> territories) {
        if (territories == null || territories.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("territories", "a scope needs a set of territories without null (it may be empty)");
        }
        return new TerritoryScope(territories);
    }

    public Set<TerritoryCode> territories() {
        return territories;
    }

    public boolean allows(TerritoryCode code) {
        return territories.contains(code);
    }

    /** {@code repository} seen through this scope. */
    public StrategyRepository strategies(StrategyRepository repository) {
        return new TerritoryScopedStrategyRepository(Objects.requireNonNull(repository, "repository"), this);
    }

    /**
     * {@code store} seen through this scope; {@code repository} (unscoped, over the same data) tells which territory a
     * strategy id belongs to.
     */
    public ObservationStore observations(ObservationStore store, StrategyRepository repository) {
        return new TerritoryScopedObservationStore(Objects.requireNonNull(store, "store"), Objects.requireNonNull(repository, "repository"),
                this);
    }

    /** The strategy if it exists and its current revision is in scope. */
    Optional<Strategy> visible(StrategyRepository repository, StrategyId id) {
        return repository.find(id).filter(s -> allows(s.territory().code()));
    }

    /**
     * The refusal of a save of a new strategy under an id that a strategy outside the scope already holds. Ids are one
     * namespace per store, so the refusal itself tells that the id is in use somewhere; it tells nothing else (not the
     * territory, the revision or the title), and every scoped adapter words it the same.
     */
    public static ValidationException idNotAvailable(StrategyId id) {
        return ValidationException.of("id", "the strategy id %s is not available: choose another id", id);
    }

    ValidationException outside(String what, Object subject) {
        return ValidationException.of("territory", "%s %s is outside this scope %s", what, subject, territories);
    }

    @Override
    public String toString() {
        return territories.toString();
    }
}
