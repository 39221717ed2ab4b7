package eu.strateg.micronaut;

import eu.strateg.core.evaluation.Evaluator;
import eu.strateg.core.evaluation.StandardEvaluator;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The core's services as Micronaut beans. Every class is also constructible with plain constructors; this factory
 * only saves a container user the typing. Each bean here steps back when the application defines one of the same
 * type: a {@link Clock} (default: the UTC system clock), an {@link Evaluator} (default: the {@link StandardEvaluator}),
 * or any of the services. The storage comes from {@link StorageFactory}, the renderers from {@link ReportingFactory}.
 */
@Factory
public class StrategFactory {

    /** The UTC system clock, unless the application has a clock. */
    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The standard evaluation with every built-in method, unless the application defines its own evaluator. */
    @Singleton
    @Requires(missingBeans = Evaluator.class)
    Evaluator standardEvaluator() {
        return new StandardEvaluator();
    }

    @Singleton
    @Requires(missingBeans = StrategyService.class)
    StrategyService strategyService(StrategyRepository repository) {
        return new StrategyService(repository);
    }

    @Singleton
    @Requires(missingBeans = ObservationService.class)
    ObservationService observationService(ObservationStore store, StrategyRepository repository, Clock clock) {
        return new ObservationService(store, repository, clock);
    }

    @Singleton
    @Requires(missingBeans = EvaluationService.class)
    EvaluationService evaluationService(StrategyRepository repository, ObservationStore store, Evaluator evaluator, Clock clock) {
        return new EvaluationService(repository, store, evaluator, clock);
    }

    /**
     * The report service with every {@link ReportRenderer} bean; a renderer of the application replaces the bundled
     * one of the same format.
     */
    @Singleton
    @Requires(missingBeans = ReportService.class)
    ReportService reportService(StrategyRepository repository, EvaluationService evaluation, List<ReportRenderer> renderers) {
        return new ReportService(repository, evaluation, bundledFirst(renderers));
    }

    /** The bundled renderers first, so that the application's renderer of a format is the one the service keeps. */
    static List<ReportRenderer> bundledFirst(List<ReportRenderer> renderers) {
        List<ReportRenderer> ordered = new ArrayList<>();
        renderers.stream().filter(ReportingFactory::isBundled).forEach(ordered::add);
        renderers.stream().filter(r -> !ReportingFactory.isBundled(r)).forEach(ordered::add);
        return ordered;
    }
}
