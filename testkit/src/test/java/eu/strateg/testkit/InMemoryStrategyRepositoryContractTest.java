package eu.strateg.testkit;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import java.time.Clock;

class InMemoryStrategyRepositoryContractTest extends StrategyRepositoryContract {

    @Override
    protected Storage newStorage(Clock clock) {
        return new Storage(new InMemoryStrategyRepository(clock), new InMemoryObservationStore(clock));
    }
}
