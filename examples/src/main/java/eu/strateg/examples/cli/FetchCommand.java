package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.sources.http.BdlIndicatorSource;
import eu.strateg.sources.http.CsuOpenDataIndicatorSource;
import eu.strateg.sources.http.EurostatIndicatorSource;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Fills a stored strategy's indicators that declare a statistics source ({@code bdl:<variable>} from GUS Bank Danych
 * Lokalnych, {@code eurostat:<dataset>?…} from Eurostat, {@code csu:<dataset>?…} from ČSÚ open data) with the values the
 * services publish for its territory.
 * Everything is fetched first; then all values are recorded at once (one transaction where the store has them), each
 * with its provenance in {@code source}. A service that answers badly stops the command before anything is recorded.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fill a stored strategy's indicators that declare a statistics source (bdl:<variable>, eurostat:<dataset>?...,",
                "csu:<dataset>?...) with the values GUS BDL, Eurostat and ČSÚ open data publish for its territory."})
final class FetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "ID", description = "the stored strategy")
    String id;

    @Option(names = "--bdl-url", paramLabel = "URL", description = "the GUS BDL API (default: ${DEFAULT-VALUE})",
            defaultValue = "https://bdl.stat.gov.pl/api/v1/")
    URI bdlUrl;

    @Option(names = "--bdl-key", paramLabel = "KEY", description = "a BDL API key, sent as X-ClientId (default: the environment variable"
            + " STRATEG_BDL_KEY; anonymous without it)", defaultValue = "${env:STRATEG_BDL_KEY}")
    String bdlKey;

    @Option(names = "--eurostat-url", paramLabel = "URL", description = "Eurostat's data API (default: ${DEFAULT-VALUE})",
            defaultValue = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/")
    URI eurostatUrl;

    @Option(names = "--csu-url", paramLabel = "URL", description = "where ČSÚ open datasets are published as <URL><dataset>.csv"
            + " (default: ${DEFAULT-VALUE}; check a dataset's metadata for its CSV address)", defaultValue = "https://data.csu.gov.cz/opendata/sady/")
    URI csuUrl;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<IndicatorSource> sources;
        try {
            sources = List.of(
                    BdlIndicatorSource.builder().baseUrl(bdlUrl).apiKey(bdlKey == null || bdlKey.isBlank() ? null : bdlKey).clock(clock).build(),
                    EurostatIndicatorSource.builder().baseUrl(eurostatUrl).clock(clock).build(),
                    CsuOpenDataIndicatorSource.builder().baseUrl(csuUrl).clock(clock).build());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        try (Store s = store.open(clock, spec.commandLine())) {
            Workspace w = new Workspace(s.strategies(), s.observations(), clock, List.of());
            StrategyId target = StrategyId.of(id);
            Strategy strategy = w.strategies.current(target);
            Map<String, IndicatorSource.Batch> batches = new LinkedHashMap<>();
            for (IndicatorSource source : sources) {
                batches.put(source.name(), source.fetch(strategy));
            }
            List<Observation> all = new ArrayList<>();
            batches.values().forEach(b -> b.observations().forEach(o -> all.add(o.source() == null ? o.withSource(b.provenance(), o.note()) : o)));
            UpsertResult[] recorded = new UpsertResult[1];
            if (!all.isEmpty()) {
                s.atomically(() -> recorded[0] = w.observations.record(target, all));
            }
            batches.forEach((name, b) -> out.printf("%s: %s%n", name, b.observations().isEmpty() ? "no values (" + b.provenance() + ")"
                    : b.observations().size() + " values of " + String.join(", ", b.observations().stream().map(Observation::indicatorCode).distinct().toList())
                            + " from " + b.provenance()));
            UpsertResult r = recorded[0] != null ? recorded[0] : new UpsertResult(0, 0, 0);
            out.printf("observations of %s: %d new, %d corrected, %d unchanged%n", target, r.inserted(), r.corrected(), r.unchanged());
        }
        out.flush();
        return 0;
    }
}
