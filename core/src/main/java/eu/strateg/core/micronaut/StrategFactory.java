package eu.strateg.core.micronaut;

import eu.strateg.core.evaluation.Evaluator;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Optional Micronaut wiring of the core. Everything here is also constructible with plain constructors; this
 * factory only saves a container user the typing.
 *
 * <p>Storage: whatever {@link StrategyRepository} and {@link ObservationStore} beans the application defines (the
 * persistence modules' own factories, or yours); when there are none, in-memory ones. Time: a {@link Clock} bean,
 * or the UTC system clock. Evaluation: an {@link Evaluator} bean, or the {@link StandardEvaluator}.
 */
@Factory
public class StrategFactory {

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Requires(missingBeans = StrategyRepository.class)
    StrategyRepository inMemoryStrategyRepository(Clock clock) {
        return new InMemoryStrategyRepository(clock);
    }

    @Singleton
    @Requires(missingBeans = ObservationStore.class)
    ObservationStore inMemoryObservationStore(Clock clock) {
        return new InMemoryObservationStore(clock);
    }

    /** The standard evaluation with every built-in method, unless the application defines its own evaluator. */
    @Singleton
    @Requires(missingBeans = Evaluator.class)
    Evaluator standardEvaluator() {
        return new StandardEvaluator();
    }

    @Singleton
    StrategyService strategyService(StrategyRepository repository) {
        return new StrategyService(repository);
    }

    @Singleton
    ObservationService observationService(ObservationStore store, StrategyRepository repository, Clock clock) {
        return new ObservationService(store, repository, clock);
    }

    @Singleton
    @Requires(beans = Evaluator.class)
    EvaluationService evaluationService(StrategyRepository repository, ObservationStore store, Evaluator evaluator, Clock clock) {
        return new EvaluationService(repository, store, evaluator, clock);
    }

    @Singleton
    @Requires(beans = EvaluationService.class)
    ReportService reportService(StrategyRepository repository, EvaluationService evaluation, List<ReportRenderer> renderers) {
        return new ReportService(repository, evaluation, renderers);
    }
}
