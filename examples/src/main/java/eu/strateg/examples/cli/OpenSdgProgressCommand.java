package eu.strateg.examples.cli;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.opensdg.IndicatorProgress;
import eu.strateg.persistence.json.opensdg.OpenSdgProgress;
import eu.strateg.persistence.json.opensdg.OpenSdgReader;
import eu.strateg.persistence.json.opensdg.ProgressJsonWriter;
import eu.strateg.persistence.json.opensdg.ProgressYamlWriter;
import eu.strateg.persistence.json.opensdg.Translations;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Sdg-build's progress step: evaluates every indicator of an Open SDG data repository with
 * {@code auto_progress_calculation: true} by the {@code open-sdg} method, after translating its data into the
 * chosen language (the sdg-translations folders given, then the repository's {@code translations/}, which wins),
 * and writes {@code indicator_calculation_components.yml} (YAML, sdg-build's layout) or the same structure as
 * JSON. Indicators are read, calculated and written one at a time; problems are warnings on standard error.
 */
@Command(name = "opensdg-progress", mixinStandardHelpOptions = true,
        description = "Progress statuses of an Open SDG data repository (indicator-config/ or meta/, data/, translations/), "
                + "as sdg-build's indicator_calculation_components (JSON or YAML).")
final class OpenSdgProgressCommand implements Callable<Integer> {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    enum Format { json, yaml }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the data repository directory")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result here instead of standard output")
    Path out;

    @Option(names = "--format", paramLabel = "json|yaml", description = "json (default) or yaml: indicator_calculation_components.yml "
            + "exactly as sdg-build writes it")
    Format format = Format.json;

    @Option(names = "--language", paramLabel = "LANG", description = "translate data and metadata into this language first (default: en)")
    String language = "en";

    @Option(names = "--translations", paramLabel = "DIR", arity = "1..*",
            description = "sdg-translations folders (with <LANG>/*.yml), read before the repository's translations/")
    List<Path> translations = new ArrayList<>();

    @Option(names = "--metadata-out", paramLabel = "DIR", description = "also write <id>.yml with the progress_status of each indicator")
    Path metadataOut;

    @Override
    public Integer call() throws IOException {
        check();
        List<Path> folders = new ArrayList<>(translations);
        Path own = dir.resolve("translations");
        if (Files.isDirectory(own)) {
            folders.add(own);
        }
        OpenSdgReader reader = OpenSdgReader.open(dir, Translations.load(language, folders));
        PrintWriter err = spec.commandLine().getErr();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            run(reader, stdout, err);
            stdout.flush();
        } else {
            OutputFile.write(out, os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                run(reader, w, err);
                w.flush();
            });
        }
        err.flush();
        return 0;
    }

    private void check() {
        if (!Files.isDirectory(dir)) {
            throw new ValidationException(dir.toString(), Files.exists(dir) ? "is not a directory" : "no such directory");
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw new ValidationException("--language", "'" + language + "' is not a language code such as en or fr");
        }
        for (Path t : translations) {
            if (!Files.isDirectory(t)) {
                throw new ValidationException(t.toString(), "is not a directory of translations (--translations)");
            }
        }
        if (out != null) {
            OutputFile.refuseInputs(spec.commandLine(), out, new Path[0], dir);
        }
        if (metadataOut != null && !Files.isDirectory(metadataOut)) {
            throw new ValidationException(metadataOut.toString(), "is not a directory (--metadata-out)");
        }
        if (metadataOut != null && metadataOut.toAbsolutePath().normalize().startsWith(dir.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                    "--metadata-out %s lies inside the repository %s: writing there could replace its files; choose a folder elsewhere",
                    metadataOut, dir));
        }
    }

    private void run(OpenSdgReader reader, Writer w, PrintWriter err) throws IOException {
        Sink sink = format == Format.yaml ? new Sink(new ProgressYamlWriter(w), null) : new Sink(null, new ProgressJsonWriter(w));
        try {
            OpenSdgProgress.stream(reader, sink::write, (Problem p) -> err.println("warning: " + p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.finish();
    }

    /** The chosen writer, and the metadata files. */
    private final class Sink {
        private final ProgressYamlWriter yaml;
        private final ProgressJsonWriter json;

        Sink(ProgressYamlWriter yaml, ProgressJsonWriter json) {
            this.yaml = yaml;
            this.json = json;
        }

        void write(IndicatorProgress i) {
            try {
                if (yaml != null) {
                    yaml.write(i);
                } else {
                    json.write(i);
                }
                if (metadataOut != null) {
                    byte[] status = ("progress_status: " + i.progressStatus() + "\n").getBytes(StandardCharsets.UTF_8);
                    OutputFile.write(metadataOut.resolve(i.id() + ".yml"), os -> os.write(status));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            if (yaml != null) {
                yaml.finish();
            } else {
                json.finish();
            }
        }
    }
}
