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
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation of the file adapters and of core's in-memory adapters (the reference), both seen through core's
 * {@link TerritoryScope}: whatever a caller scoped to some territories does, it sees, changes and counts nothing of
 * another territory (see {@link ScopeIsolation}).
 */
class ScopeIsolationPropertiesTest {

    enum Adapter {
        IN_MEMORY, FILE
    }

    private record Ports(StrategyRepository strategies, ObservationStore observations) {
    }

    private static final Map<Adapter, Ports> PORTS = new EnumMap<>(Adapter.class);

    @BeforeAll
    static void populate() throws IOException {
        Path root = Files.createTempDirectory("strateg-scope-");
        PORTS.put(Adapter.IN_MEMORY, new Ports(new InMemoryStrategyRepository(), new InMemoryObservationStore()));
        PORTS.put(Adapter.FILE, new Ports(new FileStrategyRepository(root), new FileObservationStore(root)));
        PORTS.values().forEach(p -> ScopeIsolation.populate(p.strategies(), p.observations()));
    }

    private record Case(Adapter adapter, Set<TerritoryCode> territories, List<ScopeIsolation.Op> ops) {
    }

    @Test
    void aScopedRepositoryAndStoreNeverReturnChangeOrCountAnotherTerritorysData() {
        Gen<Adapter> adapters = Gen.of(Adapter.class);
        Gen<Set<TerritoryCode>> scopes = ScopeIsolation.scopes();
        Gen<List<ScopeIsolation.Op>> operations = ScopeIsolation.operations(12);
        Property.forAll(300, r -> new Case(adapters.next(r), scopes.next(r), operations.next(r)), c -> check(c.adapter(), c.territories(), c.ops()));
    }

    private static void check(Adapter adapter, Set<TerritoryCode> territories, List<ScopeIsolation.Op> ops) {
        Ports all = PORTS.get(adapter);
        TerritoryScope scope = TerritoryScope.of(territories);
        ScopeIsolation.Scoped scoped = new ScopeIsolation.Scoped(scope.strategies(all.strategies()),
                scope.observations(all.observations(), all.strategies()));

        ScopeIsolation.check(all.strategies(), all.observations(), scoped, territories, ops);
    }
}
