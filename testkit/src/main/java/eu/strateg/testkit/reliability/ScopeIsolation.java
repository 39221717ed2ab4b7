package eu.strateg.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.property.Gen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A check of tenant isolation any scoped adapter can be put through: with two strategies in each of four territories,
 * a sequence of calls through a repository and store scoped to some of them (reads, lists, links, counts, saves of
 * every territory under every id, upserts) must answer only about the scope, and leave everything outside it exactly
 * as it was. Properties generate the scopes and call sequences ({@link Op}).
 */
public final class ScopeIsolation {

    /** The territories of the data set. */
    public static final List<TerritoryCode> TERRITORIES = List.of(ExampleStrategies.ZDAR, ExampleStrategies.VYSOCINA,
            ExampleStrategies.LODZ, TerritoryCode.of(CodeScheme.CZ_ZUJ, "500011"));
    /** Two strategies per territory, then an id nobody saved. */
    public static final List<StrategyId> IDS = ids();

    private ScopeIsolation() {
    }

    /** A scoped view of the same data. */
    public record Scoped(StrategyRepository strategies, ObservationStore observations) {
    }

    /** What a call does. */
    public enum Kind {
        FIND, FIND_REVISION, HISTORY, LATEST_ADOPTED, LIST, LINKED, SAVE, OBS_FIND, OBS_AS_OF, OBS_HISTORY, OBS_COUNT, OBS_FOR_EACH, OBS_UPSERT
    }

    /** One call through the scoped ports: what, on which id (index into {@link #IDS}), with which territory, at which revision. */
    public record Op(Kind kind, int id, int territory, boolean actualRevision) {
    }

    /**
     * Scopes to try: any subset of {@link #TERRITORIES}, the empty one included.
     *
     * @return the generator
     */
    public static Gen<Set<TerritoryCode>> scopes() {
        return Gen.of(TERRITORIES).set(TERRITORIES.size());
    }

    /**
     * Call sequences to try: one to {@code maxCalls} calls of any kind, id, territory and revision.
     *
     * @param maxCalls the longest sequence
     * @return the generator
     */
    public static Gen<List<Op>> operations(int maxCalls) {
        Gen<Kind> kinds = Gen.of(Kind.class);
        Gen<Integer> ids = Gen.ints(0, IDS.size() - 1);
        Gen<Integer> territories = Gen.ints(0, TERRITORIES.size() - 1);
        Gen<Op> op = r -> new Op(kinds.next(r), ids.next(r), territories.next(r), r.nextBoolean());
        return op.list(1, maxCalls);
    }

    private static List<StrategyId> ids() {
        List<StrategyId> out = new ArrayList<>();
        for (int t = 0; t < TERRITORIES.size(); t++) {
            out.add(StrategyId.of("s" + t + "a"));
            out.add(StrategyId.of("s" + t + "b"));
        }
        out.add(StrategyId.of("nobody"));
        return List.copyOf(out);
    }

    /** Saves the data set (two strategies per territory, one observation each) through the unscoped ports. */
    public static void populate(StrategyRepository all, ObservationStore store) {
        for (int i = 0; i < IDS.size() - 1; i++) {
            all.save(strategy(IDS.get(i), i / 2), 0);
            store.upsert(IDS.get(i), List.of(Observation.of("CYC-KM", "2021", String.valueOf(i))));
        }
    }

    /** Runs the calls through {@code scoped} and checks every answer, then that nothing outside the scope changed. */
    public static void check(StrategyRepository all, ObservationStore allStore, Scoped scoped, Set<TerritoryCode> scope, List<Op> ops) {
        Map<String, String> before = outside(all, allStore, scope);
        for (Op op : ops) {
            run(op, all, scoped, scope);
        }
        assertThat(outside(all, allStore, scope)).isEqualTo(before);
    }

    private static void run(Op op, StrategyRepository all, Scoped scoped, Set<TerritoryCode> scope) {
        StrategyId id = IDS.get(op.id());
        StrategyRepository repository = scoped.strategies();
        ObservationStore store = scoped.observations();
        boolean visible = all.find(id).map(s -> scope.contains(s.territory().code())).orElse(false);
        switch (op.kind()) {
            case FIND -> assertWithin(repository.find(id), scope);
            case FIND_REVISION -> assertWithin(repository.find(id, 1), scope);
            case HISTORY -> {
                for (RevisionInfo r : repository.history(id)) {
                    assertWithin(all.find(id, r.revision()), scope);
                }
                assertThat(repository.history(id).isEmpty() || visible).isTrue();
            }
            case LATEST_ADOPTED -> assertWithin(repository.findLatestAdopted(id), scope);
            case LIST -> assertThat(repository.listByTerritory(TERRITORIES.get(op.territory())))
                    .allSatisfy(h -> assertThat(scope).contains(h.territory())).extracting(StrategyHeader::id).doesNotHaveDuplicates();
            case LINKED -> assertThat(repository.findLinked("sdg", "11.2")).extracting(LinkedElement::territory)
                    .allSatisfy(t -> assertThat(scope).contains(t));
            case SAVE -> save(op, all, repository, id);
            case OBS_FIND -> assertThat(store.find(ObservationQuery.all(id)).isEmpty() || visible).isTrue();
            case OBS_AS_OF -> assertThat(store.find(ObservationQuery.all(id).asOf(Instant.now())).isEmpty() || visible).isTrue();
            case OBS_HISTORY -> assertThat(store.history(id, SeriesKey.headline("CYC-KM"), Period.year(2021)).isEmpty() || visible).isTrue();
            case OBS_COUNT -> assertThat(store.count(id) == 0 || visible).isTrue();
            case OBS_FOR_EACH -> {
                List<Observation> seen = new ArrayList<>();
                store.forEach(ObservationQuery.all(id), seen::add);
                assertThat(seen.isEmpty() || visible).isTrue();
            }
            case OBS_UPSERT -> {
                try {
                    store.upsert(id, List.of(Observation.of("CYC-KM", "2021", String.valueOf(op.territory() + 100))));
                    assertThat(visible).as("an upsert succeeded for %s", id).isTrue();
                } catch (ValidationException e) {
                    assertThat(visible).isFalse();
                }
            }
        }
    }

    /** The most dangerous save: a strategy of the chosen territory under the id, at its real current revision. */
    private static void save(Op op, StrategyRepository all, StrategyRepository repository, StrategyId id) {
        long expected = op.actualRevision() ? all.find(id).map(Strategy::revision).orElse(0L) : 0;
        try {
            repository.save(strategy(id, op.territory()), expected);
        } catch (ValidationException | RevisionConflictException e) {
            // refused: the check afterwards shows that nothing outside the scope changed
        }
    }

    private static void assertWithin(Optional<Strategy> found, Set<TerritoryCode> scope) {
        found.ifPresent(s -> assertThat(scope).contains(s.territory().code()));
    }

    /** What is stored of the strategies outside the scope: history, current revision and observation versions, as text. */
    private static Map<String, String> outside(StrategyRepository all, ObservationStore store, Set<TerritoryCode> scope) {
        Map<String, String> out = new TreeMap<>();
        for (StrategyId id : IDS) {
            Optional<Strategy> current = all.find(id);
            if (current.isEmpty() || scope.contains(current.get().territory().code())) {
                continue;
            }
            out.put(id.value(), all.history(id) + "\n" + current.get() + "\n"
                    + store.history(id, SeriesKey.headline("CYC-KM"), Period.year(2021)));
        }
        return out;
    }

    /** The example strategy under {@code id} in territory number {@code territory}. */
    public static Strategy strategy(StrategyId id, int territory) {
        Strategy base = ExampleStrategies.smallTown(id.value());
        Territory t = Territory.of(TERRITORIES.get(territory), "Území " + territory, TerritoryLevel.MUNICIPALITY);
        return new Strategy(id, 0, t, base.title(), base.kind(), base.period(), base.lifecycle(), base.levelNames(), base.vision(),
                base.elements(), base.indicators(), base.projects());
    }
}
