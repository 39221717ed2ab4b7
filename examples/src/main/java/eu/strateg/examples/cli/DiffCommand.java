package eu.strateg.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.RevisionDiff;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What changed between two stored revisions of a strategy: elements, indicators, targets, projects, budget lines. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changed between two revisions of a stored strategy (added / removed / changed, old and new values).")
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "STRATEGY", description = "the strategy id")
    String id;

    @Parameters(index = "1", paramLabel = "REV1", description = "the older revision")
    long from;

    @Parameters(index = "2", paramLabel = "REV2", description = "the newer revision")
    long to;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        StrategyId sid = StrategyId.of(id);
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open(Clock.systemDefaultZone(), spec.commandLine())) {
            StrategyService service = new StrategyService(s.strategies());
            Strategy a = service.load(sid, from);
            Strategy b = service.load(sid, to);
            List<RevisionDiff.Change> changes = RevisionDiff.between(a, b);
            if (format == Format.json) {
                out.println(json(sid, a, b, changes));
            } else {
                out.printf("%s: revision %d (%s) → revision %d (%s), %d changes%n", sid, from, a.lifecycle().state(), to,
                        b.lifecycle().state(), changes.size());
                changes.forEach(c -> out.println("  " + c));
            }
        }
        out.flush();
        return 0;
    }

    private static String json(StrategyId id, Strategy a, Strategy b, List<RevisionDiff.Change> changes) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("strategy", id.value());
        doc.put("from", Map.of("revision", a.revision(), "state", a.lifecycle().state().name()));
        doc.put("to", Map.of("revision", b.revision(), "state", b.lifecycle().state().name()));
        doc.put("changes", changes.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("path", c.path());
            m.put("before", c.before());
            m.put("after", c.after());
            return m;
        }).toList());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
    }
}
