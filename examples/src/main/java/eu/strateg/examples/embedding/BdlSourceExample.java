package eu.strateg.examples.embedding;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Importing indicator values through a custom {@link eu.strateg.core.port.IndicatorSource}: the Niepołomice example
 * strategy takes its BDL indicators ({@code source = bdl:<variable>}) from files saved from the BDL API of
 * Statistics Poland.
 *
 * <p>Run: {@code java -cp examples/target/strateg.jar eu.strateg.examples.embedding.BdlSourceExample [DIR]}; without
 * a directory it uses the illustrative files shipped in {@code examples/bdl/}.
 */
public final class BdlSourceExample {

    /** The illustrative BDL files shipped as resources. */
    static final List<String> BUNDLED = List.of("by-unit-011212019043.json", "by-variable-79214.json");

    private BdlSourceExample() {
    }

    public static void main(String[] args) {
        run(args.length > 0 ? Path.of(args[0]) : bundledFiles(), System.out);
    }

    /** Imports the BDL files of {@code directory} into a new Niepołomice strategy and prints the latest values. */
    public static void run(Path directory, PrintStream out) {
        Clock clock = Clock.systemUTC();
        var strategies = new InMemoryStrategyRepository(clock);
        var observations = new InMemoryObservationStore(clock);
        var strategyService = new StrategyService(strategies);
        var observationService = new ObservationService(observations, strategies, clock);

        Strategy strategy = strategyService.create(ExampleData.niepolomice());
        UpsertResult imported = observationService.importFrom(BdlFileIndicatorSource.inDirectory(directory, clock), strategy.id());
        out.println("imported " + imported.inserted() + " values");

        ObservationQuery latest = ObservationQuery.all(strategy.id()).indicators(Set.of("LUDNOSC", "BEZROBOCIE"))
                .between(Period.year(2023), Period.year(2024));
        for (Observation o : observationService.find(latest)) {
            out.println(o.indicatorCode() + " " + o.period() + " = " + o.value().toPlainString() + " [" + o.source() + "]");
        }
    }

    /** Copies the shipped illustrative BDL files into a new temporary directory. */
    static Path bundledFiles() {
        try {
            Path dir = Files.createTempDirectory("strateg-bdl");
            for (String name : BUNDLED) {
                try (InputStream in = BdlSourceExample.class.getResourceAsStream("/examples/bdl/" + name)) {
                    if (in == null) {
                        throw new IOException("resource /examples/bdl/" + name + " is missing from the class path");
                    }
                    Files.copy(in, dir.resolve(name));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
