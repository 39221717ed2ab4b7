package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever a caller asks of a repository and store scoped to some territories, with whatever ids: every answer
 * concerns only those territories, and the rows of every other territory are exactly as they were.
 */
class ScopePropertyTest {

    private static final List<TerritoryCode> TERRITORIES = List.of(ExampleStrategies.ZDAR, ExampleStrategies.VYSOCINA,
            ExampleStrategies.LODZ, TerritoryCode.of(CodeScheme.CZ_ZUJ, "500011"));
    /** Two strategies per territory, and one id nobody saved. */
    private static final List<StrategyId> IDS = new ArrayList<>();
    private static final Map<Engine, TestDatabases.Opened> DATABASES = new EnumMap<>(Engine.class);

    enum Kind {
        FIND, FIND_REVISION, HISTORY, LATEST_ADOPTED, LIST, LINKED, SAVE, OBS_FIND, OBS_AS_OF, OBS_HISTORY, OBS_COUNT, OBS_FOR_EACH, OBS_UPSERT
    }

    /** One call through the scoped ports: what, on which id, with which territory, at which revision. */
    record Op(Kind kind, int id, int territory, boolean actualRevision) {
    }

    @BeforeAll
    static void populate() {
        for (int t = 0; t < TERRITORIES.size(); t++) {
            IDS.add(StrategyId.of("s" + t + "a"));
            IDS.add(StrategyId.of("s" + t + "b"));
        }
        IDS.add(StrategyId.of("nobody"));
        for (Engine engine : Engine.values()) {
            TestDatabases.Opened db = TestDatabases.open(engine);
            DATABASES.put(engine, db);
            for (int i = 0; i < IDS.size() - 1; i++) {
                db.jdbc().strategies().save(strategy(IDS.get(i), i / 2), 0);
                db.jdbc().observations().upsert(IDS.get(i), List.of(Observation.of("CYC-KM", "2021", String.valueOf(i))));
            }
        }
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(TestDatabases.Opened::close);
    }

    private record Case(Engine engine, Set<TerritoryCode> scope, List<Op> ops) {
    }

    @Test
    void aScopedRepositoryAndStoreNeverTouchAnotherTerritory() {
        Gen<Engine> engines = Gen.of(Engine.class);
        Gen<Set<TerritoryCode>> scopes = Gen.of(TERRITORIES).set(TERRITORIES.size());
        Gen<List<Op>> operations = operations();
        Property.forAll(20, r -> new Case(engines.next(r), scopes.next(r), operations.next(r)), c -> neverTouchAnother(c.engine(), c.scope(), c.ops()));
    }

    private static void neverTouchAnother(Engine engine, Set<TerritoryCode> scope, List<Op> ops) {
        StrategJdbc all = DATABASES.get(engine).jdbc();
        StrategJdbc scoped = all.scopedTo(scope);
        Map<StrategyId, String> before = outsideScope(all, scope);

        for (Op op : ops) {
            run(op, all, scoped, scope);
        }

        assertThat(outsideScope(all, scope)).isEqualTo(before);
    }

    private static void run(Op op, StrategJdbc all, StrategJdbc scoped, Set<TerritoryCode> scope) {
        StrategyId id = IDS.get(op.id());
        JdbcStrategyRepository repository = scoped.strategies();
        JdbcObservationStore store = scoped.observations();
        boolean visible = currentTerritory(all, id).map(scope::contains).orElse(false);
        switch (op.kind()) {
            case FIND -> assertWithin(repository.find(id), scope);
            case FIND_REVISION -> assertWithin(repository.find(id, 1), scope);
            case HISTORY -> {
                for (RevisionInfo r : repository.history(id)) {
                    assertWithin(all.strategies().find(id, r.revision()), scope);
                }
            }
            case LATEST_ADOPTED -> assertWithin(repository.findLatestAdopted(id), scope);
            case LIST -> {
                List<StrategyHeader> headers = repository.listByTerritory(TERRITORIES.get(op.territory()));
                assertThat(headers).allSatisfy(h -> assertThat(scope).contains(h.territory()));
            }
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

    /** Tries the most dangerous save: a strategy of the chosen territory under the id, at its real current revision. */
    private static void save(Op op, StrategJdbc all, JdbcStrategyRepository repository, StrategyId id) {
        long expected = op.actualRevision() ? all.strategies().find(id).map(Strategy::revision).orElse(0L) : 0;
        try {
            repository.save(strategy(id, op.territory()), expected);
        } catch (ValidationException | RevisionConflictException e) {
            // refused: the property checks below that nothing outside the scope changed
        }
    }

    private static void assertWithin(Optional<Strategy> found, Set<TerritoryCode> scope) {
        found.ifPresent(s -> assertThat(scope).contains(s.territory().code()));
    }

    private static Optional<TerritoryCode> currentTerritory(StrategJdbc all, StrategyId id) {
        return all.strategies().find(id).map(s -> s.territory().code());
    }

    /**
     * What is stored of the strategies outside the scope, as text: the history, the current revision and every
     * observation version.
     * An id never saved holds nothing to protect (a scoped save may create it inside the scope; one outside would show).
     */
    private static Map<StrategyId, String> outsideScope(StrategJdbc all, Set<TerritoryCode> scope) {
        Map<StrategyId, String> out = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (StrategyId id : IDS) {
            Optional<TerritoryCode> territory = currentTerritory(all, id);
            if (territory.isPresent() && scope.contains(territory.get())) {
                continue;
            }
            List<RevisionInfo> history = all.strategies().history(id);
            if (history.isEmpty()) {
                continue;
            }
            // Revisions are never rewritten: a write shows as a new revision in the history or a changed current one.
            StringBuilder sb = new StringBuilder().append(history).append(all.strategies().find(id).orElseThrow());
            sb.append(all.observations().history(id, SeriesKey.headline("CYC-KM"), Period.year(2021)));
            out.put(id, sb.toString());
        }
        return out;
    }

    private static Strategy strategy(StrategyId id, int territory) {
        Strategy base = ExampleStrategies.smallTown(id.value());
        Territory t = Territory.of(TERRITORIES.get(territory), "Území " + territory, TerritoryLevel.MUNICIPALITY);
        return new Strategy(id, 0, t, base.title(), base.kind(), base.period(), base.lifecycle(), base.levelNames(), base.vision(),
                base.elements(), base.indicators(), base.projects());
    }

    private static Gen<List<Op>> operations() {
        Gen<Kind> kinds = Gen.of(Kind.class);
        Gen<Integer> ids = Gen.ints(0, 8);
        Gen<Integer> territories = Gen.ints(0, TERRITORIES.size() - 1);
        Gen<Op> op = r -> new Op(kinds.next(r), ids.next(r), territories.next(r), r.nextBoolean());
        return op.list(1, 8);
    }
}
