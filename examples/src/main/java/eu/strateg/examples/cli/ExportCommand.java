package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesWriter;
import eu.strateg.spreadsheet.StrategyWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a stored strategy (or a strategy file) out again: the strategy document as JSON, or its
 * observations as CSV or JSON Lines (those known as of {@code --as-of}, or all current ones).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a stored strategy: the document (json, xlsx) or its observations (csv, jsonl).",
                "Observations: those known as of --as-of, or all current ones without it."})
final class ExportCommand implements Callable<Integer> {

    enum Format { json, xlsx, csv, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    StrategySource source;

    @Option(names = "--format", required = true, description = "json or xlsx (the strategy: document or strategy workbook), csv or jsonl (its observations)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            OutputFile.refuseInputs(spec.commandLine(), out, source.inputs());
        } else if (format == Format.xlsx) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE.xlsx");
        }
        boolean needObservations = format == Format.csv || format == Format.jsonl;
        try (StrategySource.Opened o = source.open(spec.commandLine(), clock, List.of(), needObservations)) {
            if (out == null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                write(o, buffer);
                spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            } else {
                OutputFile.write(out, os -> write(o, os));
                spec.commandLine().getOut().printf("%s of %s (revision %d) written to %s%n", needObservations ? "observations" : "strategy",
                        o.strategy().id(), o.strategy().revision(), out);
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void write(StrategySource.Opened o, OutputStream os) throws IOException {
        switch (format) {
            case json -> StrategyJson.create().write(o.strategy(), os);
            case xlsx -> StrategyWorkbook.write(o.strategy(), os);
            case csv -> ObservationCsvWriter.writeAll(observations(o), os);
            case jsonl -> {
                try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(os)) {
                    w.writeAll(observations(o));
                }
            }
        }
    }

    private List<Observation> observations(StrategySource.Opened o) {
        return o.observations(source.asOf != null);
    }
}
