package eu.strateg.persistence.json.reliability;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.testkit.reliability.ScopeIsolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Tenant isolation of the file adapters and of core's in-memory adapters (the reference), both seen through core's
 * {@link TerritoryScope}: whatever a caller scoped to some territories does, it sees, changes and counts nothing of
 * another territory (see {@link ScopeIsolation}).
 */
class ScopeIsolationProperties {

    enum Adapter {
        IN_MEMORY, FILE
    }

    private record Ports(StrategyRepository strategies, ObservationStore observations) {
    }

    private static final Map<Adapter, Ports> PORTS = new EnumMap<>(Adapter.class);

    @BeforeContainer
    static void populate() throws IOException {
        Path root = Files.createTempDirectory("strateg-scope-");
        PORTS.put(Adapter.IN_MEMORY, new Ports(new InMemoryStrategyRepository(), new InMemoryObservationStore()));
        PORTS.put(Adapter.FILE, new Ports(new FileStrategyRepository(root), new FileObservationStore(root)));
        PORTS.values().forEach(p -> ScopeIsolation.populate(p.strategies(), p.observations()));
    }

    @Property(tries = 300)
    void aScopedRepositoryAndStoreNeverReturnChangeOrCountAnotherTerritorysData(@ForAll Adapter adapter,
            @ForAll("scopes") Set<TerritoryCode> territories, @ForAll("operations") List<ScopeIsolation.Op> ops) {
        Ports all = PORTS.get(adapter);
        TerritoryScope scope = TerritoryScope.of(territories);
        ScopeIsolation.Scoped scoped = new ScopeIsolation.Scoped(scope.strategies(all.strategies()),
                scope.observations(all.observations(), all.strategies()));

        ScopeIsolation.check(all.strategies(), all.observations(), scoped, territories, ops);
    }

    @Provide
    Arbitrary<Set<TerritoryCode>> scopes() {
        return Arbitraries.of(ScopeIsolation.TERRITORIES).set().ofMaxSize(ScopeIsolation.TERRITORIES.size());
    }

    @Provide
    Arbitrary<List<ScopeIsolation.Op>> operations() {
        return Combinators.combine(Arbitraries.of(ScopeIsolation.Kind.class), Arbitraries.integers().between(0, ScopeIsolation.IDS.size() - 1),
                Arbitraries.integers().between(0, ScopeIsolation.TERRITORIES.size() - 1), Arbitraries.of(true, false))
                .as(ScopeIsolation.Op::new).list().ofMinSize(1).ofMaxSize(12);
    }
}
