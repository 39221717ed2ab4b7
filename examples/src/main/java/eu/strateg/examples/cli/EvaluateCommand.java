package eu.strateg.examples.cli;

import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.StandardRenderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Evaluates a strategy file with an observation file as of a date; prints a table, JSON or CSV. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a strategy document with its observations.")
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    StrategyFilesOptions files;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            OutputFile.refuseInputs(spec.commandLine(), out, files.inputs());
        }
        Strategy strategy = files.strategy();
        Workspace w = files.load(strategy, spec.commandLine().getErr(), clock, StandardRenderers.all());
        LocalDate date = files.asOf(clock);
        if (format == Format.table) {
            StrategyEvaluation e = w.evaluation.evaluate(strategy.id(), date);
            if (out == null) {
                EvaluationTable.print(spec.commandLine().getOut(), strategy, e);
            } else {
                OutputFile.write(out, os -> {
                    PrintWriter pw = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
                    EvaluationTable.print(pw, strategy, e);
                    pw.flush();
                    if (pw.checkError()) {
                        throw new IOException("writing " + out + " failed");
                    }
                });
            }
            return 0;
        }
        ReportFormat rf = format == Format.json ? ReportFormat.JSON : ReportFormat.CSV;
        if (out == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            w.reports.render(strategy.id(), date, rf, Locale.ENGLISH, buffer);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(out, os -> w.reports.render(strategy.id(), date, rf, Locale.ENGLISH, os));
        }
        return 0;
    }
}
