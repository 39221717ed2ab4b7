package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.ExampleStrategies;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link H2CrashTest}: opens the embedded H2 store exactly as the CLI does
 * ({@link StrategJdbc#h2}), then saves revision after revision of one strategy, each followed by an import of a batch
 * of observations (for even revisions both in one transaction, {@link StrategJdbc#inOneTransaction}, as the CLI's
 * {@code import --strategy … --observations …} does), and reports each completed step on standard output ({@code strategy N}, {@code observations N})
 * until it is killed. Revision N and batch N have content derived from N alone, so the parent can check everything
 * that was acknowledged.
 */
public final class H2CrashingWriter {

    static final StrategyId ID = StrategyId.of("crash-2030");
    /** Disaggregation parts of a batch: one value per part, so a batch is an import of this many rows. */
    static final int PARTS = 40;
    static final int YEARS = 20;

    private H2CrashingWriter() {
    }

    /** Revision {@code n} as the child saves it (before the repository sets its revision). */
    static Strategy revision(long n) {
        // a long vision makes each revision about 20 kB, so a kill often lands inside a write
        return ExampleStrategies.smallTown(ID.value()).withTitle("Revision " + n).withVision(("Revize " + n + ". ").repeat(1500));
    }

    /** Batch {@code n}: one value per part for year 2000 + n % 20, all equal to n, with a note. */
    static List<Observation> batch(long n) {
        List<Observation> out = new ArrayList<>(PARTS);
        for (int p = 0; p < PARTS; p++) {
            out.add(Observation.of("CYC-KM", String.valueOf(2000 + n % YEARS), String.valueOf(n))
                    .withDisaggregation(Map.of("part", "p" + p)).withSource("crash test", "batch " + n + " part " + p));
        }
        return out;
    }

    /** Arguments: the store's folder; with {@code once}, one step and a normal exit (to warm up). */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (StrategJdbc db = StrategJdbc.h2(dir)) {
            PrintStream out = System.out;
            long n = db.strategies().find(ID).map(Strategy::revision).orElse(0L);
            long lastBatch = db.observations().find(ObservationQuery.all(ID)).stream()
                    .mapToLong(o -> o.value().longValueExact()).max().orElse(0);
            if (lastBatch < n) {
                // the last child died between the revision and its batch: complete the step
                db.observations().upsert(ID, batch(n));
            }
            out.println("ready " + n);
            out.flush();
            do {
                long next = n + 1;
                if (next % 2 == 0) {
                    // as `import --strategy … --observations …` does: the revision and its import in one transaction
                    long expected = n;
                    db.inOneTransaction(() -> db.observations().upsert(ID, batch(db.strategies().save(revision(next), expected).revision())));
                    out.println("strategy " + next);
                    out.println("observations " + next);
                    out.flush();
                } else {
                    db.strategies().save(revision(next), n);
                    out.println("strategy " + next);
                    out.flush();
                    db.observations().upsert(ID, batch(next));
                    out.println("observations " + next);
                    out.flush();
                }
                n = next;
            } while (args.length < 2);
        }
    }
}
