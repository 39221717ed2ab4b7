package eu.strateg.testkit.reliability;

import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs fuzz targets as {@link Property properties}: the tries come from the system property {@code strateg.fuzz.tries}
 * (10,000 in the normal build, more with {@code -Pfuzz}), and what was tried, with the outcomes the target counted
 * through {@link #count}, is recorded in {@code target/reliability/figures.txt} (the source of docs/RELIABILITY.md).
 */
public final class FuzzFigures {

    /** Tries when the property is not set (e.g. run from an IDE). */
    public static final int DEFAULT_TRIES = 10_000;

    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();

    private FuzzFigures() {
    }

    /**
     * The tries a fuzz target runs.
     *
     * @return {@code strateg.fuzz.tries}, or {@link #DEFAULT_TRIES}
     */
    public static int tries() {
        return Integer.getInteger("strateg.fuzz.tries", DEFAULT_TRIES);
    }

    /**
     * Counts one outcome of the running target.
     *
     * @param outcome e.g. {@code "read"} or {@code "rejected"}
     */
    public static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    /**
     * Runs a fuzz target for {@link #tries()} cases and records its figures, passed or failed.
     *
     * @param target the name in the figures, e.g. {@code "StrategyJsonFuzzTest.aMutatedStrategyDocument"}
     * @param gen the generator of the cases
     * @param check the target
     * @param <T> the type of the cases
     */
    public static <T> void fuzz(String target, Gen<T> gen, Property.Check<? super T> check) {
        OUTCOMES.clear();
        int tries = tries();
        long start = System.nanoTime();
        String status = "FAILED";
        try {
            Property.forAll(tries, gen, check);
            status = "SUCCESSFUL";
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            Map<String, Long> outcomes = new TreeMap<>();
            OUTCOMES.forEach((k, v) -> outcomes.put(k, v.get()));
            record(String.format("%s: %s, %d tries, seed %d, %d ms, outcomes %s", target, status, tries, Property.seed(), millis, outcomes));
        }
    }

    /**
     * Appends a line of figures to {@code target/reliability/figures.txt} and prints it.
     *
     * @param line the figures
     */
    public static synchronized void record(String line) {
        System.out.println("[reliability] " + line);
        try {
            Path file = Path.of("target", "reliability", "figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
