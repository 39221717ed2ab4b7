package eu.strateg.persistence.jdbc.reliability;

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
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * A jqwik hook for the fuzz targets: sets the tries from the system property {@code strateg.fuzz.tries} (10,000 in
 * the normal build, more with {@code -Pfuzz}) and records what was tried, with the outcomes the property counted
 * through {@link #count}, in {@code target/reliability/figures.txt} (the source of docs/RELIABILITY.md).
 */
public final class FuzzFigures implements AroundPropertyHook {

    /** Tries when the property is not set (e.g. run from an IDE). */
    public static final int DEFAULT_TRIES = 10_000;

    private static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();

    /** The tries a fuzz target runs. */
    public static int tries() {
        return Integer.getInteger("strateg.fuzz.tries", DEFAULT_TRIES);
    }

    /** Counts one outcome of the running property, e.g. {@code "read"} or {@code "rejected"}. */
    public static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        OUTCOMES.clear();
        long start = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> outcomes = new TreeMap<>();
        OUTCOMES.forEach((k, v) -> outcomes.put(k, v.get()));
        record(String.format("%s.%s: %s, %d tries, %d checks, %d ms, outcomes %s",
                context.containerClass().getSimpleName(), context.targetMethod().getName(), result.status(), result.countTries(),
                result.countChecks(), millis, outcomes));
        return result;
    }

    /** Appends a line of figures to {@code target/reliability/figures.txt} and prints it. */
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
