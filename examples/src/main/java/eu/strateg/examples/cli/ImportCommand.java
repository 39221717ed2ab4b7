package eu.strateg.examples.cli;

import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Puts a strategy document and/or observations into a store. A strategy already stored gets a new revision
 * (nothing is overwritten) unless the document equals its current revision; a document marked adopted passes the
 * same checks as {@code adopt}. Observations are upserted by core's temporal model (a re-import changes nothing,
 * corrections keep history, an undated first value is known from the day after its period ended).
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

    @Option(names = "--strategy", paramLabel = "FILE.json", description = "a strategy document (.json) or strategy workbook (.xlsx) to save (new strategy or next revision)")
    Path strategyFile;

    @Option(names = "--observations", paramLabel = "FILE.csv", description = "observations (.csv, .jsonl, or a filled data-entry workbook .xlsx) to record")
    Path observationsFile;

    @Mixin
    CsvOptions csv;

    @Option(names = "--id", paramLabel = "ID", description = "the strategy the observations belong to (default: the imported document's id)")
    String id;

    @Option(names = "--recorded-at", paramLabel = "INSTANT", description = {"when the undated rows became known, e.g. "
            + "2025-03-01T08:00:00Z (default: a first value counts from the day after its period ended, a correction from now)"})
    Instant recordedAt;

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
            if (read != null && read.readAs() != null) {
                out.printf("%s read with %s%n", observationsFile, read.readAs());
            }
            Inputs.ObservationFile values = read == null || read.observations().isEmpty() ? null : read;
            if (document != null && values != null && !s.isTransactional() && target.equals(document.id())) {
                // no transaction in this store: check the observations against the new revision before saving anything
                try {
                    Workspace.inMemory(document, values.observations(), clock, List.of());
                } catch (ValidationException e) {
                    throw values.located(e);
                }
            }
            StrategyService.ImportResult[] saved = new StrategyService.ImportResult[1];
            UpsertResult[] recorded = new UpsertResult[1];
            s.atomically(() -> {
                saved[0] = document == null ? null : w.strategies.importDocument(document);
                recorded[0] = values == null ? null : record(w, target, values, recordedAt);
            });
            if (saved[0] != null) {
                StrategyService.ImportResult r = saved[0];
                if (r.saved()) {
                    out.printf("strategy %s saved as revision %d in %s%n", r.strategy().id(), r.strategy().revision(), s.spec());
                } else {
                    out.printf("strategy %s unchanged: the document equals revision %d in %s%n", r.strategy().id(),
                            r.strategy().revision(), s.spec());
                }
            }
            if (read != null) {
                UpsertResult r = recorded[0] != null ? recorded[0] : new UpsertResult(0, 0, 0);
                out.printf("observations of %s: %d new, %d corrected, %d unchanged%n", target, r.inserted(), r.corrected(), r.unchanged());
            }
        }
        out.flush();
        return 0;
    }

    private static UpsertResult record(Workspace w, StrategyId target, Inputs.ObservationFile read, Instant recordedAt) {
        try {
            return w.observations.record(target, read.observations(), recordedAt);
        } catch (ValidationException e) {
            throw read.located(e);
        }
    }
}
