package eu.strateg.examples.cli;

import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.DemoStrategy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Builds the demo strategy, saves it through the service and prints its tree. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Build an example strategy and print its tree.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StrategyService service = new StrategyService(new InMemoryStrategyRepository());
        Strategy saved = service.create(DemoStrategy.build());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (%s, %s), revision %d%n", saved.title(), saved.territory().name(), saved.territory().code(), saved.revision());
        printChildren(out, saved, null, "");
        out.printf("%d elements, %d indicators, %d projects%n", saved.elements().size(), saved.indicators().size(), saved.projects().size());
        out.flush();
        return 0;
    }

    private static void printChildren(PrintWriter out, Strategy s, String parent, String indent) {
        for (Element e : s.children(parent)) {
            out.printf("%s%s %s%s%n", indent, e.code(), e.title(), e.indicatorCodes().isEmpty() ? "" : "  " + e.indicatorCodes());
            printChildren(out, s, e.code(), indent + "  ");
        }
    }
}
