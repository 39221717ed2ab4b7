package eu.strateg.examples.embedding;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.DemoStrategy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Embedding Strategy with plain constructors and no container: the sample the README shows. */
public final class PlainJavaExample {

    private PlainJavaExample() {
    }

    public static void main(String[] args) {
        // README:begin
        Clock clock = Clock.systemUTC();
        var strategies = new InMemoryStrategyRepository(clock);        // or a JDBC / JSON-file adapter
        var observations = new InMemoryObservationStore(clock);
        var strategyService = new StrategyService(strategies);
        var observationService = new ObservationService(observations, strategies, clock);

        Strategy draft = strategyService.create(DemoStrategy.build());  // revision 1
        Strategy adopted = strategyService.adopt(draft.id(), draft.revision(),
                LocalDate.of(2021, 6, 21), "Usnesení ZM č. 12/2021");    // revision 2

        observationService.record(adopted.id(), List.of(
                Observation.of("CYC-KM", "2022", "2.4"),
                Observation.of("CYC-KM", "2023", "4.1"),
                Observation.of("WASTE-KG", "2023", "198.7")));

        for (Observation o : observationService.find(ObservationQuery.all(adopted.id()))) {
            System.out.println(o.indicatorCode() + " " + o.period() + " = " + o.value());
        }
        // README:end
    }
}
