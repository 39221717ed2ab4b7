package eu.strateg.persistence.json.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.persistence.json.StrategyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency of the file repository and observation store. A child JVM ({@link CrashingWriter}) saves
 * revisions and observation batches in a loop and is killed ({@code destroyForcibly}, SIGKILL) at a random moment,
 * {@code strateg.crash.kills} times (200; 1,000 with {@code -Pfuzz}), each child continuing where the last one died (two
 * such sequences run at once, in separate folders).
 * After every kill a fresh repository and store open the folder and must show: the last revision the child reported
 * (or the one after it, when the kill fell between the commit and the report), a history of exactly 1..n, every new
 * revision loading with the content written, a whole convenience copy ({@code strategy.json}; it may lag behind, being
 * written after the commit), and observation batches that are all or nothing, the last reported one included. Every revision is reloaded and compared at the end.
 */
class FileRepositoryCrashTest {

    @TempDir
    Path root;

    /** Children run in this many independent folders at once (the kills are shared among them). */
    private static final int LANES = 2;

    /** What one lane did: kills, revisions verified, kills that fell between a commit and its report. */
    record Lane(int kills, long revisions, long unreported) {
    }

    @Test
    void afterEveryKillTheLastCompletedRevisionAndBatchLoadAndTheHistoryIsIntact() throws Exception {
        int kills = Integer.getInteger("strateg.crash.kills", 200);
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<Lane>> futures = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            Path laneRoot = root.resolve("lane-" + i);
            int laneKills = kills / LANES + (i < kills % LANES ? 1 : 0);
            long seed = 20_240_301L + i;
            futures.add(lanes.submit(() -> runLane(laneRoot, laneKills, seed)));
        }
        int killed = 0;
        long revisions = 0;
        long unreported = 0;
        for (Future<Lane> f : futures) {
            Lane lane = f.get();
            killed += lane.kills();
            revisions += lane.revisions();
            unreported += lane.unreported();
        }
        lanes.shutdown();
        long temps;
        try (var files = Files.walk(root)) {
            temps = files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
        FuzzFigures.record(String.format("FileRepositoryCrashTest: %d kills in %d folders, %d revisions and batches saved and verified, "
                + "%d kills between a commit and its report, %d left-over temporary files", killed, LANES, revisions, unreported, temps));
        assertThat(killed).isEqualTo(kills);
    }

    private static Lane runLane(Path root, int kills, long seed) throws Exception {
        Random random = new Random(seed);
        Child.warmUp(root);
        long verified = 0;
        long unreported = 0;
        for (int k = 0; k < kills; k++) {
            Child child = Child.start(root);
            long startedAt = child.awaitReady();
            Thread.sleep(random.nextInt(100));
            child.kill();
            long revisions = checkRepository(root, child.lastStrategy(), verified);
            long batches = checkObservations(root, child.lastObservations());
            unreported += revisions > child.lastStrategy() ? 1 : 0;
            assertThat(revisions).as("kill %d: a child started at revision %d", k, startedAt).isGreaterThanOrEqualTo(startedAt);
            assertThat(batches).isBetween(revisions - 1, revisions);
            verified = revisions;
        }
        FileStrategyRepository repository = new FileStrategyRepository(root);
        for (long r = 1; r <= verified; r++) {
            assertRevision(repository, r);
        }
        assertThat(verified).as("the children saved something").isGreaterThan(0);
        return new Lane(kills, verified, unreported);
    }

    /** Checks what a fresh repository sees after a kill; returns its current revision. */
    private static long checkRepository(Path root, long reported, long verifiedBefore) {
        FileStrategyRepository repository = new FileStrategyRepository(root);
        List<RevisionInfo> history = repository.history(CrashingWriter.ID);
        long current = history.size();
        assertThat(current).as("revisions after the child reported %d", reported).isBetween(reported, reported + 1);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).revision()).isEqualTo(i + 1);
        }
        if (current > 0) {
            assertThat(repository.find(CrashingWriter.ID).orElseThrow().revision()).isEqualTo(current);
            for (long r = Math.max(1, verifiedBefore); r <= current; r++) {
                assertRevision(repository, r);
            }
            Path copy = root.resolve(CrashingWriter.ID.value()).resolve("strategy.json");
            // the copy for people is written after the commit: a kill can leave it behind (by more than one revision when
            // kills repeat), but it is always a whole document
            assertThat(StrategyJson.create().read(copy).revision()).as("the convenience copy").isBetween(1L, current);
        }
        return current;
    }

    private static void assertRevision(FileStrategyRepository repository, long r) {
        Strategy loaded = repository.find(CrashingWriter.ID, r).orElseThrow();
        assertThat(loaded).isEqualTo(CrashingWriter.revision(r).withRevision(r));
    }

    /** Checks the observations a fresh store sees; returns the number of complete batches. */
    private static long checkObservations(Path root, long reported) {
        FileObservationStore store = new FileObservationStore(root);
        long batches = 0;
        for (int year = 0; year < CrashingWriter.YEARS; year++) {
            for (String part : CrashingWriter.PARTS) {
                SeriesKey series = new SeriesKey("CYC-KM", new java.util.TreeMap<>(Map.of("part", part)));
                List<Observation> versions = store.history(CrashingWriter.ID, series, Period.year(2000 + year));
                for (int v = 0; v < versions.size(); v++) {
                    assertThat(versions.get(v).value()).isEqualByComparingTo(BigDecimal.valueOf(year == 0 ? (v + 1L) * 20 : year + 20L * v));
                }
                if (!versions.isEmpty()) {
                    batches = Math.max(batches, versions.get(versions.size() - 1).value().longValueExact());
                }
            }
        }
        // all or nothing: every batch up to the last has its three values (checked above as the exact sequences)
        long total = 0;
        for (int year = 0; year < CrashingWriter.YEARS; year++) {
            for (String part : CrashingWriter.PARTS) {
                SeriesKey series = new SeriesKey("CYC-KM", new java.util.TreeMap<>(Map.of("part", part)));
                total += store.history(CrashingWriter.ID, series, Period.year(2000 + year)).size();
            }
        }
        assertThat(total).as("values of %d complete batches", batches).isEqualTo(3 * batches);
        assertThat(batches).as("batches after the child reported %d", reported).isBetween(reported, reported + 1);
        return batches;
    }

    /** A running child JVM and what it reported. */
    private static final class Child {
        private final Process process;
        private final AtomicLong lastStrategy = new AtomicLong();
        private final AtomicLong lastObservations = new AtomicLong();
        private final AtomicLong ready = new AtomicLong(-1);
        private final Thread reader;

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::readReports, "crash-child-reader");
            reader.start();
        }

        static void warmUp(Path root) throws Exception {
            Process p = command(root, "once").start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }

        static Child start(Path root) throws IOException {
            return new Child(command(root).start());
        }

        private static ProcessBuilder command(Path root, String... extra) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx96m",
                    "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), root.toString()));
            cmd.addAll(List.of(extra));
            return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        }

        private void readReports() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] parts = line.split(" ");
                    long n = Long.parseLong(parts[1]);
                    switch (parts[0]) {
                        case "ready" -> {
                            lastStrategy.set(n);
                            lastObservations.set(n);
                            synchronized (ready) {
                                ready.set(n);
                                ready.notifyAll();
                            }
                        }
                        case "strategy" -> lastStrategy.set(n);
                        default -> lastObservations.set(n);
                    }
                }
            } catch (IOException e) {
                // the child was killed while we read
            }
        }

        long awaitReady() throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            synchronized (ready) {
                while (ready.get() < 0 && System.currentTimeMillis() < deadline && process.isAlive()) {
                    ready.wait(100);
                }
            }
            assertThat(ready.get()).as("the child started").isGreaterThanOrEqualTo(0);
            return ready.get();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        }

        long lastStrategy() {
            return lastStrategy.get();
        }

        long lastObservations() {
            return lastObservations.get();
        }
    }
}
