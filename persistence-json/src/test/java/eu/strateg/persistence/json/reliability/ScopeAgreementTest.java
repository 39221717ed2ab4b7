package eu.strateg.persistence.json.reliability;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.testkit.reliability.ScopeAgreement;
import eu.strateg.testkit.reliability.ScopeIsolation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13.10 on the in-memory and file adapters seen through core's {@link TerritoryScope}: see {@link ScopeAgreement}. */
class ScopeAgreementTest {

    @TempDir
    Path root;

    private static void check(StrategyRepository all, ObservationStore store) {
        ScopeAgreement.populate(all, store);
        ScopeAgreement.check(territories -> {
            TerritoryScope scope = TerritoryScope.of(territories);
            return new ScopeIsolation.Scoped(scope.strategies(all), scope.observations(store, all));
        });
    }

    @Test
    void inMemory() {
        check(new InMemoryStrategyRepository(), new InMemoryObservationStore());
    }

    @Test
    void files() {
        check(new FileStrategyRepository(root), new FileObservationStore(root));
    }
}
