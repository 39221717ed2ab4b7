package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Puts a strategy document and/or observations into a store. A strategy already stored gets a new revision
 * (nothing is overwritten); observations are upserted (a re-import changes nothing, corrections keep history).
 * With both, the import is all or nothing: on H2 and PostgreSQL the revision and the observations are one transaction
 * (a failure or a kill stores neither); the JSON file store has no transactions, so the observations are checked
 * against the new revision before it is saved (a kill between the two commits leaves the revision without the
 * observations; repeating the import completes it).
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a strategy document and/or observations into a store.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--strategy", paramLabel = "FILE.json", description = "a strategy document to save (new strategy or next revision)")
    Path strategyFile;

    @Option(names = "--observations", paramLabel = "FILE.csv", description = "observations (.csv or .jsonl) to record")
    Path observationsFile;

    @Option(names = "--id", paramLabel = "ID", description = "the strategy the observations belong to (default: the imported document's id)")
    String id;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        if (strategyFile == null && observationsFile == null) {
            throw new ParameterException(spec.commandLine(), "give --strategy, --observations or both");
        }
        if (observationsFile != null && strategyFile == null && id == null) {
            throw new ParameterException(spec.commandLine(), "--observations needs --id (or --strategy) to know the strategy");
        }
        PrintWriter out = spec.commandLine().getOut();
        Strategy document = strategyFile == null ? null : Inputs.strategy(strategyFile);
        List<Observation> observations = observationsFile == null ? List.of()
                : Inputs.observations(observationsFile, Progress.onTerminal(spec.commandLine().getErr(), "observations read"));
        try (Store s = Store.open(store.spec, clock, spec.commandLine())) {
            Workspace w = new Workspace(s.strategies(), s.observations(), clock, List.of());
            StrategyId target = id != null ? StrategyId.of(id) : document.id();
            if (document != null && !observations.isEmpty() && !s.isTransactional() && target.equals(document.id())) {
                // no transaction in this store: check the observations against the new revision before saving anything
                Workspace.inMemory(document, observations, clock, List.of());
            }
            Strategy[] saved = new Strategy[1];
            UpsertResult[] recorded = new UpsertResult[1];
            s.atomically(() -> {
                saved[0] = document == null ? null : save(s.strategies(), w, document);
                recorded[0] = observations.isEmpty() ? null : w.observations.record(target, observations);
            });
            if (saved[0] != null) {
                out.printf("strategy %s saved as revision %d in %s%n", saved[0].id(), saved[0].revision(), s.spec());
            }
            if (recorded[0] != null) {
                UpsertResult r = recorded[0];
                out.printf("observations of %s: %d new, %d corrected, %d unchanged%n", target, r.inserted(), r.corrected(), r.unchanged());
            }
        }
        out.flush();
        return 0;
    }

    private static Strategy save(StrategyRepository repository, Workspace w, Strategy document) {
        Optional<Strategy> current = repository.find(document.id());
        if (current.isEmpty()) {
            return w.strategies.create(document);
        }
        return repository.save(document.withRevision(current.get().revision()), current.get().revision());
    }
}
