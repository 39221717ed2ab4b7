package eu.strateg.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A child JVM for crash tests, killed with SIGKILL ({@code destroyForcibly}) at a moment the test chooses. The child
 * (a class with a {@code main}, on the test's class path) reports what it completed on standard output, one line per
 * step: {@code ready N} once it has opened its store, then {@code <kind> N} after each step it finished (e.g.
 * {@code strategy 12}, {@code observations 12}). The test reads the last number reported of each kind.
 */
public final class KilledChild {

    private final Process process;
    private final Map<String, AtomicLong> last = new ConcurrentHashMap<>();
    private final AtomicLong ready = new AtomicLong(-1);
    private final Thread reader;

    private KilledChild(Process process) {
        this.process = process;
        this.reader = new Thread(this::readReports, "crash-child-reader");
        reader.start();
    }

    /** Runs the child to its normal end (a warm-up: class and file-system caches) and checks it exited with 0. */
    public static void runToEnd(Class<?> main, String... args) throws IOException, InterruptedException {
        Process p = command(main, args).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the warm-up child ended").isTrue();
        assertThat(p.exitValue()).as("the warm-up child's exit code").isZero();
    }

    /** Starts the child; its standard error is discarded. */
    public static KilledChild start(Class<?> main, String... args) throws IOException {
        return new KilledChild(command(main, args).start());
    }

    private static ProcessBuilder command(Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private void readReports() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(" ");
                long n = Long.parseLong(parts[1]);
                if (parts[0].equals("ready")) {
                    synchronized (ready) {
                        ready.set(n);
                        ready.notifyAll();
                    }
                } else {
                    last.computeIfAbsent(parts[0], k -> new AtomicLong()).set(n);
                }
            }
        } catch (IOException e) {
            // the child was killed while we read
        }
    }

    /** Waits (at most a minute) until the child reported {@code ready N}; returns N. */
    public long awaitReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        synchronized (ready) {
            while (ready.get() < 0 && System.currentTimeMillis() < deadline && process.isAlive()) {
                ready.wait(100);
            }
        }
        assertThat(ready.get()).as("the child started (exit code %s)", process.isAlive() ? "none yet" : process.exitValue())
                .isGreaterThanOrEqualTo(0);
        return ready.get();
    }

    /** Kills the child (SIGKILL) and waits until it is gone and its reports are read. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed child ended").isTrue();
        reader.join(10_000);
    }

    /** The last number the child reported for {@code kind}; its {@code ready} number when it reported none. */
    public long last(String kind) {
        AtomicLong n = last.get(kind);
        return n == null ? Math.max(0, ready.get()) : n.get();
    }
}
