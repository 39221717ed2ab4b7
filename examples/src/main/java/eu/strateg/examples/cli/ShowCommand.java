package eu.strateg.examples.cli;

import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.service.StrategyNotFoundException;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows a stored strategy: header, tree and revision history. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a stored strategy: its tree and its revisions.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "the strategy id")
    String id;

    @Option(names = "--revision", paramLabel = "N", description = "a past revision (default: the current one)")
    Long revision;

    @Override
    public Integer call() throws Exception {
        StrategyId sid = StrategyId.of(id);
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.open(store.spec, Clock.systemDefaultZone(), spec.commandLine())) {
            Strategy st = (revision == null ? s.strategies().find(sid) : s.strategies().find(sid, revision))
                    .orElseThrow(() -> revision == null ? new StrategyNotFoundException(sid) : new StrategyNotFoundException(sid, revision));
            out.printf("%s%n%s · %s · %s · %s%n", st.title(), st.id(), st.territory().name(), st.territory().code(), st.period());
            out.printf("revision %d, %s%s%n", st.revision(), st.lifecycle().state(),
                    st.lifecycle().resolution() == null ? "" : " (" + st.lifecycle().resolution() + ", " + st.lifecycle().adoptedOn() + ")");
            print(out, st, null, "  ");
            out.println("revisions:");
            for (RevisionInfo r : s.strategies().history(sid)) {
                out.printf("  %d  %s  %s%n", r.revision(), r.savedAt(), r.state());
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Prints the subtree under {@code parent} (null: the whole tree), children in document order. The children of every
     * element are grouped once, so the tree prints in time linear in its size (asking the strategy for each element's
     * children was quadratic: 80,000 elements took half a minute).
     */
    static void print(PrintWriter out, Strategy s, String parent, String indent) {
        Map<String, List<Element>> children = new HashMap<>();
        for (Element e : s.elements()) {
            children.computeIfAbsent(e.parentCode() == null ? "" : e.parentCode(), k -> new ArrayList<>()).add(e);
        }
        print(out, children, parent == null ? "" : parent, indent);
    }

    private static void print(PrintWriter out, Map<String, List<Element>> children, String parent, String indent) {
        for (Element e : children.getOrDefault(parent, List.of())) {
            out.printf("%s%s %s%s%n", indent, e.code(), e.title(), e.indicatorCodes().isEmpty() ? "" : "  " + e.indicatorCodes());
            print(out, children, e.code(), indent + "  ");
        }
    }
}
