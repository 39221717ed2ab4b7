package eu.strateg.examples.cli;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyRules;
import eu.strateg.core.validation.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a strategy document: exit 0 when valid, 1 with every problem on its own line (path: message). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a strategy JSON document.", "Exit 0 when valid; 1 with one problem per line, each with its path."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.json", description = "the strategy document")
    Path file;

    @Override
    public Integer call() {
        Strategy s = Inputs.strategy(file);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: valid – %s (%s), %d elements, %d indicators, %d projects%n", file, s.id(), s.title(), s.elements().size(),
                s.indicators().size(), s.projects().size());
        List<Problem> notReady = StrategyRules.forAdoption(s);
        if (!notReady.isEmpty()) {
            out.printf("not yet ready for adoption (%d):%n", notReady.size());
            notReady.forEach(p -> out.println("  " + p));
        }
        out.flush();
        return 0;
    }
}
