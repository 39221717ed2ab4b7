package eu.strateg.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.opensdg.OpenSdgProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Evaluates every indicator of an Open SDG data repository with {@code auto_progress_calculation: true} by the
 * {@code open-sdg} method and writes JSON with the structure and keys of sdg-build's
 * {@code indicator_calculation_components.yml}.
 */
@Command(name = "opensdg-progress", mixinStandardHelpOptions = true,
        description = "Progress statuses of an Open SDG data repository (indicator-config/ or meta/, data/), as JSON.")
final class OpenSdgProgressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the data repository directory")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON here instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ValidationException(dir.toString(), Files.exists(dir) ? "is not a directory" : "no such directory");
        }
        if (out != null) {
            OutputFile.refuseInputs(spec.commandLine(), out, new Path[0], dir);
        }
        OpenSdgProgress progress = OpenSdgProgress.calculate(dir);
        for (Problem p : progress.problems()) {
            spec.commandLine().getErr().println("warning: " + p);
        }
        spec.commandLine().getErr().flush();
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (out == null) {
            spec.commandLine().getOut().println(mapper.writeValueAsString(progress.toReferenceMap()));
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(out, os -> mapper.writeValue(os, progress.toReferenceMap()));
        }
        return 0;
    }
}
