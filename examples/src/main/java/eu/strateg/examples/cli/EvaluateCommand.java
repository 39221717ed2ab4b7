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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Evaluates a stored strategy, or a strategy file with an observation file, as of a date; prints a table, JSON or CSV. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a stored strategy (STRATEGY-ID, --store) or a strategy document with its observations (--strategy, --observations)."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Mixin
    StrategySource source;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            OutputFile.refuseInputs(spec.commandLine(), out, source.inputs());
        }
        try (StrategySource.Opened o = source.open(spec.commandLine(), clock, StandardRenderers.all(), true)) {
            if (format == Format.table) {
                print(o.strategy(), o.evaluate());
            } else {
                render(o, format == Format.json ? ReportFormat.JSON : ReportFormat.CSV);
            }
        }
        return 0;
    }

    private void print(Strategy strategy, StrategyEvaluation e) throws IOException {
        if (out == null) {
            EvaluationTable.print(spec.commandLine().getOut(), strategy, e);
            return;
        }
        OutputFile.write(out, os -> {
            PrintWriter pw = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            EvaluationTable.print(pw, strategy, e);
            pw.flush();
            if (pw.checkError()) {
                throw new IOException("writing " + out + " failed");
            }
        });
    }

    private void render(StrategySource.Opened o, ReportFormat rf) throws IOException {
        if (out == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            o.render(rf, Locale.ENGLISH, buffer);
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(out, os -> o.render(rf, Locale.ENGLISH, os));
        }
    }
}
