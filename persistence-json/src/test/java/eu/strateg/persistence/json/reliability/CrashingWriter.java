package eu.strateg.persistence.json.reliability;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.testkit.ExampleStrategies;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link FileRepositoryCrashTest}: saves revision after revision of one strategy, each followed by
 * a batch of observations, into a file repository and store, and reports each completed step on standard output
 * ({@code strategy N}, {@code observations N}) until it is killed. Revision N and batch N have content derived from N
 * alone, so the parent can check everything that was stored.
 */
public final class CrashingWriter {

    static final StrategyId ID = StrategyId.of("crash-2030");
    static final List<String> PARTS = List.of("a", "b", "c");
    static final int YEARS = 20;

    private CrashingWriter() {
    }

    /** Revision {@code n} as the child saves it (before the repository sets its revision). */
    static Strategy revision(long n) {
        // a long vision makes each document about 20 kB, so a kill often lands inside a write
        return ExampleStrategies.smallTown(ID.value()).withTitle("Revision " + n).withVision(("Revize " + n + ". ").repeat(1500));
    }

    /** Batch {@code n}: one value per part for year 2000 + n % 20, all equal to n. */
    static List<Observation> batch(long n) {
        return PARTS.stream().map(p -> Observation.of("CYC-KM", String.valueOf(2000 + n % YEARS), String.valueOf(n))
                .withDisaggregation(Map.of("part", p))).toList();
    }

    /** Arguments: the root folder; with {@code once}, one step and a normal exit (to warm up). */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        FileStrategyRepository repository = new FileStrategyRepository(root);
        FileObservationStore store = new FileObservationStore(root);
        PrintStream out = System.out;
        long n = repository.find(ID).map(Strategy::revision).orElse(0L);
        long lastBatch = store.find(ObservationQuery.all(ID)).stream().mapToLong(o -> o.value().longValueExact()).max().orElse(0);
        if (lastBatch < n) {
            // the last child died between the revision and its batch: complete the step
            store.upsert(ID, batch(n));
        }
        out.println("ready " + n);
        out.flush();
        do {
            n = repository.save(revision(n + 1), n).revision();
            out.println("strategy " + n);
            out.flush();
            store.upsert(ID, batch(n));
            out.println("observations " + n);
            out.flush();
        } while (args.length < 2);
    }
}
