package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
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
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a strategy document and/or observations into a store.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--strategy", paramLabel = "FILE.json", description = "a strategy document (.json) or strategy workbook (.xlsx) to save (new strategy or next revision)")
    Path strategyFile;

    @Option(names = "--observations", paramLabel = "FILE.csv", description = "observations (.csv, .jsonl, or a filled data-entry workbook .xlsx) to record")
    Path observationsFile;

    @Mixin
    CsvOptions csv;

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
        boolean workbook = observationsFile != null && Inputs.isWorkbook(observationsFile);
        Inputs.ObservationFile read = observationsFile == null || workbook ? null
                : Inputs.observations(observationsFile, csv.dialect(spec.commandLine()), Progress.onTerminal(spec.commandLine().getErr(), "observations read"));
        try (Store s = store.open(clock, spec.commandLine())) {
            Workspace w = new Workspace(s.strategies(), s.observations(), clock, List.of());
            StrategyId target = id != null ? StrategyId.of(id) : document.id();
            if (workbook) {
                // the values are checked against the strategy they are for: the document given, else the stored one
                Strategy of = document != null && document.id().equals(target) ? document : w.strategies.current(target);
                read = Inputs.workbookValues(observationsFile, of);
            }
            if (document != null) {
                Strategy saved = save(s.strategies(), w, document);
                out.printf("strategy %s saved as revision %d in %s%n", saved.id(), saved.revision(), s.spec());
            }
            if (read != null && read.readAs() != null) {
                out.printf("%s read with %s%n", observationsFile, read.readAs());
            }
            if (read != null) {
                UpsertResult r = read.observations().isEmpty() ? new UpsertResult(0, 0, 0) : record(w, target, read);
                out.printf("observations of %s: %d new, %d corrected, %d unchanged%n", target, r.inserted(), r.corrected(), r.unchanged());
            }
        }
        out.flush();
        return 0;
    }

    private static UpsertResult record(Workspace w, StrategyId target, Inputs.ObservationFile read) {
        try {
            return w.observations.record(target, read.observations());
        } catch (ValidationException e) {
            throw read.located(e);
        }
    }

    private static Strategy save(StrategyRepository repository, Workspace w, Strategy document) {
        Optional<Strategy> current = repository.find(document.id());
        if (current.isEmpty()) {
            return w.strategies.create(document);
        }
        return repository.save(document.withRevision(current.get().revision()), current.get().revision());
    }
}
