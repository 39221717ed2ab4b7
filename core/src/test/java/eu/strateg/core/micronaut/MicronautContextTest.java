package eu.strateg.core.micronaut;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.Fixtures;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same services from a Micronaut container: the optional wiring works, with in-memory storage by default. */
class MicronautContextTest {

    @Test
    void servicesComeFromAnApplicationContextWithInMemoryStorageByDefault() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            StrategyService strategies = ctx.getBean(StrategyService.class);
            ObservationService observations = ctx.getBean(ObservationService.class);

            Strategy saved = strategies.create(Fixtures.valid());
            observations.record(saved.id(), List.of(Observation.of("I1", "2023", "4.5")));

            assertThat(ctx.getBean(StrategyRepository.class)).isInstanceOf(InMemoryStrategyRepository.class);
            assertThat(ctx.getBean(StrategyRepository.class).find(saved.id())).contains(saved);
            assertThat(ctx.getBean(StrategyService.class)).isSameAs(strategies);
        }
    }

    @Test
    void aRepositoryBeanOfTheApplicationReplacesTheInMemoryDefault() {
        InMemoryStrategyRepository mine = new InMemoryStrategyRepository();
        try (ApplicationContext ctx = ApplicationContext.builder().singletons(mine).start()) {
            ctx.getBean(StrategyService.class).create(Fixtures.valid());

            assertThat(ctx.getBean(StrategyRepository.class)).isSameAs(mine);
            assertThat(mine.find(Fixtures.valid().id())).isPresent();
        }
    }
}
