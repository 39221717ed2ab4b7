package eu.strateg.examples.cli;

import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Marks a stored strategy as adopted by the council, after checking it is complete. */
@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = "Adopt a stored strategy (checks completeness first; saves a new revision marked adopted).")
final class AdoptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "the strategy id")
    String id;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "the date of the council's resolution")
    LocalDate date;

    @Option(names = "--resolution", required = true, paramLabel = "TEXT", description = "the resolution, e.g. \"Usnesení ZM č. 12/2021\"")
    String resolution;

    @Option(names = "--revision", paramLabel = "N", description = "the revision you reviewed (default: the current one)")
    Long revision;

    @Override
    public Integer call() throws Exception {
        StrategyId sid = StrategyId.of(id);
        try (Store s = store.open(Clock.systemDefaultZone(), spec.commandLine())) {
            StrategyService service = new StrategyService(s.strategies());
            long expected = revision != null ? revision : service.current(sid).revision();
            Strategy adopted = service.adopt(sid, expected, date, resolution);
            spec.commandLine().getOut().printf("%s adopted on %s (%s) as revision %d%n", sid, date, resolution, adopted.revision());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
