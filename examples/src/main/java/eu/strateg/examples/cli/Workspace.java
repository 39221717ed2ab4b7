package eu.strateg.examples.cli;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import java.time.Clock;
import java.util.List;

/** The application services over one pair of storage ports, as the commands use them. */
final class Workspace {

    final StrategyService strategies;
    final ObservationService observations;
    final EvaluationService evaluation;
    final ReportService reports;

    Workspace(StrategyRepository repository, ObservationStore store, Clock clock, List<ReportRenderer> renderers) {
        this.strategies = new StrategyService(repository);
        this.observations = new ObservationService(store, repository, clock);
        this.evaluation = new EvaluationService(repository, store, new StandardEvaluator(), clock);
        this.reports = new ReportService(repository, evaluation, renderers);
    }

    /**
     * A strategy file and its observations, loaded into memory (nothing is written anywhere), by the same rules as an
     * import into a store (core's temporal model): a row without a recorded-at time is a first value, known from the
     * day after its period ended, so an evaluation as of a past date sees what could have been known then; rows with
     * a recorded-at time keep it (corrections stay visible). Evaluating the files equals evaluating a store they were
     * imported into.
     */
    static Workspace inMemory(Strategy strategy, List<Observation> observations, Clock clock, List<ReportRenderer> renderers) {
        Workspace w = new Workspace(new InMemoryStrategyRepository(clock), new InMemoryObservationStore(clock), clock, renderers);
        w.strategies.create(strategy);
        w.observations.record(strategy.id(), observations);
        return w;
    }
}
