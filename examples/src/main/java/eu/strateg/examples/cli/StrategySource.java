package eu.strateg.examples.cli;

import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.service.StrategyNotFoundException;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where the commands that evaluate, report and export take their strategy from: either files ({@code --strategy FILE.json
 * --observations FILE.csv}) or a store ({@code [--store SPEC] STRATEGY-ID [--revision N]}); and as of when.
 */
final class StrategySource {

    @Option(names = "--strategy", paramLabel = "FILE.json", description = "the strategy document (instead of a stored strategy)")
    Path strategyFile;

    @Option(names = "--observations", paramLabel = "FILE.csv",
            description = {"observations (.csv or .jsonl) for the strategy file; a row without recorded_at counts as known from the day "
                    + "after its period ended"})
    Path observationsFile;

    @Mixin
    StoreOption store;

    @Mixin
    CsvOptions csv;

    @Parameters(arity = "0..1", paramLabel = "STRATEGY-ID", description = "a stored strategy (instead of files)")
    String id;

    @Option(names = "--revision", paramLabel = "N", description = "a revision of the stored strategy (default: the one in force on the --as-of date, else the latest)")
    Long revision;

    @Option(names = "--as-of", paramLabel = "DATE", description = "evaluate as of this date (default: today)")
    LocalDate asOf;

    /**
     * Opens the source: the store with the strategy found in it, or the files read into memory. {@code needObservations}: whether
     * the files mode needs {@code --observations}. The result must be closed (it closes the store).
     */
    Opened open(CommandLine cmd, Clock clock, List<ReportRenderer> renderers, boolean needObservations) {
        if (id != null) {
            if (strategyFile != null || observationsFile != null) {
                throw new CommandLine.ParameterException(cmd, "give either STRATEGY-ID (a stored strategy) or --strategy/--observations files, not both");
            }
            StrategyId sid = StrategyId.of(id);
            Store s = store.open(clock, cmd);
            try {
                Workspace w = new Workspace(s.strategies(), s.observations(), clock, renderers);
                // without --revision: the revision in force on the date, the one the evaluation and the report use
                Strategy st = revision == null ? w.evaluation.inForce(sid, asOf(clock)).strategy()
                        : s.strategies().find(sid, revision).orElseThrow(() -> new StrategyNotFoundException(sid, revision));
                return new Opened(st, revision, w, asOf(clock), s);
            } catch (RuntimeException e) {
                closeQuietly(s, e);
                throw e;
            }
        }
        if (strategyFile == null) {
            throw new CommandLine.ParameterException(cmd, "give a STRATEGY-ID (with --store) or --strategy FILE.json"
                    + (needObservations ? " --observations FILE.csv" : ""));
        }
        if (store.given() || revision != null) {
            throw new CommandLine.ParameterException(cmd, "--store and --revision need a STRATEGY-ID; with --strategy files give neither");
        }
        if (needObservations && observationsFile == null) {
            throw new CommandLine.ParameterException(cmd, "--strategy needs --observations FILE.csv");
        }
        Strategy document = Inputs.strategy(strategyFile);
        Workspace w;
        if (observationsFile == null) {
            w = Workspace.inMemory(document, List.of(), clock, renderers);
        } else {
            Inputs.ObservationFile read = Inputs.observations(observationsFile, csv.dialect(cmd), Progress.onTerminal(cmd.getErr(), "observations"));
            try {
                w = Workspace.inMemory(document, read.observations(), clock, renderers);
            } catch (ValidationException e) {
                throw read.located(e);
            }
        }
        return new Opened(w.strategies.current(document.id()), null, w, asOf(clock), () -> { });
    }

    /** The input files given, for refusing an {@code --out} that names one of them. */
    Path[] inputs() {
        return new Path[] {strategyFile, observationsFile};
    }

    /** The {@code --as-of} date, or today. */
    LocalDate asOf(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    private static void closeQuietly(AutoCloseable c, RuntimeException cause) {
        try {
            c.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    /** A strategy ready to be evaluated: its services, the revision asked for (null: current) and the date. */
    record Opened(Strategy strategy, Long revision, Workspace workspace, LocalDate date, AutoCloseable resource) implements AutoCloseable {

        StrategyEvaluation evaluate() {
            return revision == null ? workspace.evaluation.evaluate(strategy.id(), date)
                    : workspace.evaluation.evaluate(strategy.id(), revision, date);
        }

        StrategyEvaluation render(ReportFormat format, Locale locale, OutputStream out) throws IOException {
            return revision == null ? workspace.reports.render(strategy.id(), date, format, locale, out)
                    : workspace.reports.render(strategy.id(), revision, date, format, locale, out);
        }

        /** The observations known at the end of {@code asOf}, or all current ones when no date was given. */
        List<Observation> observations(boolean dateGiven) {
            return dateGiven ? workspace.evaluation.observationsKnownAt(strategy.id(), date)
                    : workspace.observations.find(ObservationQuery.all(strategy.id()));
        }

        @Override
        public void close() throws Exception {
            resource.close();
        }
    }
}
