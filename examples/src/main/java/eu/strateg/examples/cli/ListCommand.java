package eu.strateg.examples.cli;

import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.territory.TerritoryCode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the strategies of a territory in a store. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the strategies of a territory in a store.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--territory", required = true, paramLabel = "SCHEME:CODE", description = "e.g. CZ_ZUJ:586307 or PL_TERYT:1219043")
    String territory;

    @Override
    public Integer call() throws Exception {
        TerritoryCode code = TerritoryCode.parse(territory);
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open(Clock.systemDefaultZone(), spec.commandLine())) {
            List<StrategyHeader> list = s.strategies().listByTerritory(code);
            for (StrategyHeader h : list) {
                out.printf("%-30s rev %-4d %-9s %-22s %s%n", h.id(), h.revision(), h.state(), h.kind(), h.title());
            }
            out.printf("%d strateg%s in %s%n", list.size(), list.size() == 1 ? "y" : "ies", code);
        }
        out.flush();
        return 0;
    }
}
