package eu.strateg.examples.cli;

import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.strategy.Strategy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that work on a strategy file and an observation file: what to read and as of when. */
final class StrategyFilesOptions {

    @Option(names = "--strategy", required = true, paramLabel = "FILE.json", description = "the strategy document")
    Path strategyFile;

    @Option(names = "--observations", required = true, paramLabel = "FILE.csv",
            description = {"observations (.csv or .jsonl); a row without recorded_at counts as known from the day after its period ended"})
    Path observationsFile;

    @Option(names = "--as-of", paramLabel = "DATE", description = "evaluate as of this date (default: today)")
    LocalDate asOf;

    /** Both files read into in-memory services (nothing is written anywhere). */
    Workspace load(Strategy strategy, PrintWriter err, Clock clock, List<ReportRenderer> renderers) {
        return Workspace.inMemory(strategy, Inputs.observations(observationsFile, Progress.onTerminal(err, "observations")), clock,
                renderers);
    }

    /** The input files, for refusing an {@code --out} that names one of them. */
    Path[] inputs() {
        return new Path[] {strategyFile, observationsFile};
    }

    Strategy strategy() {
        return Inputs.strategy(strategyFile);
    }

    /** The date given, or today in the clock's zone. */
    LocalDate asOf(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
