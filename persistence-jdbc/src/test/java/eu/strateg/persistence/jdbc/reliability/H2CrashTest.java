package eu.strateg.persistence.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.reliability.FuzzFigures;
import eu.strateg.testkit.reliability.KilledChild;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash consistency of the embedded default store (H2). A child JVM ({@link H2CrashingWriter}) opens the store as the
 * CLI does, saves revisions and imports observation batches in a loop, and is killed ({@code destroyForcibly},
 * SIGKILL) at a random moment, {@code strateg.crash.kills.h2} times (200 with {@code -Pfuzz}; not run in
 * the normal build, because H2 still loses an acknowledged commit now and then: see docs/RELIABILITY.md), each child continuing where the last one died; two such sequences run at once in separate folders.
 * After every kill the store must open (0 unreadable stores) and show the last revision and batch the child reported
 * (or the one after, when the kill fell between the commit and the report: 0 lost acknowledged commits), a history of
 * exactly 1..n, an even revision never without its import (they are one transaction), every new revision with the content written, and batches that are all or nothing. At the end every
 * revision and the version history of some series are checked again.
 */
class H2CrashTest {

    @TempDir
    Path root;

    private static final int LANES = 2;

    record Lane(int kills, long revisions, long unreported) {
    }

    @Test
    void afterEveryKillTheStoreOpensWithEveryAcknowledgedCommitAndNoTornImport() throws Exception {
        int kills = Integer.getInteger("strateg.crash.kills.h2", 0);
        // not in the default build: a 200-kill run still lost one acknowledged import (docs/RELIABILITY.md, 2a)
        Assumptions.assumeTrue(kills > 0, "the H2 crash test runs with -Pfuzz (or -Dstrateg.crash.kills.h2=N)");
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        List<Future<Lane>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < LANES; i++) {
            Path dir = root.resolve("lane-" + i);
            int laneKills = kills / LANES + (i < kills % LANES ? 1 : 0);
            long seed = 20_261_203L + i;
            futures.add(lanes.submit(() -> runLane(dir, laneKills, seed)));
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
        FuzzFigures.record(String.format("H2CrashTest: %d kills in %d folders, %d revisions and imports of %d observations saved and "
                + "verified, %d kills between a commit and its report, 0 lost acknowledged commits, 0 unreadable stores, %d s", killed,
                LANES, revisions, H2CrashingWriter.PARTS, unreported, (System.nanoTime() - start) / 1_000_000_000L));
        assertThat(killed).isEqualTo(kills);
    }

    private static Lane runLane(Path dir, int kills, long seed) throws Exception {
        Random random = new Random(seed);
        KilledChild.runToEnd(H2CrashingWriter.class, dir.toString(), "once");
        long verified = 0;
        long imports = 0;
        long unreported = 0;
        for (int k = 0; k < kills; k++) {
            KilledChild child = KilledChild.start(H2CrashingWriter.class, dir.toString());
            long startedAt = child.awaitReady();
            Thread.sleep(random.nextInt(400));
            child.kill();
            String when = String.format("kill %d of %s (seed %d), the child started at revision %d", k, dir.getFileName(), seed, startedAt);
            long reportedRevision = child.last("strategy");
            long reportedBatch = child.last("observations");
            try (StrategJdbc db = open(dir, when)) {
                long revisions = checkRepository(db, reportedRevision, verified, when);
                long batches = checkObservations(db, reportedBatch, when);
                assertThat(batches).as("%s: complete imports beside %d revisions", when, revisions).isBetween(revisions - 1, revisions);
                if (revisions % 2 == 0) {
                    assertThat(batches).as("%s: an even revision and its import are one transaction", when).isEqualTo(revisions);
                }
                unreported += revisions > reportedRevision ? 1 : 0;
                verified = revisions;
                imports = batches;
            }
        }
        try (StrategJdbc db = open(dir, "the end")) {
            for (long r = 1; r <= verified; r++) {
                assertRevision(db, r, "the end");
            }
            checkVersions(db, imports);
        }
        assertThat(verified).as("the children saved something").isGreaterThan(0);
        return new Lane(kills, verified, unreported);
    }

    private static StrategJdbc open(Path dir, String when) {
        try {
            return StrategJdbc.h2(dir);
        } catch (RuntimeException e) {
            throw new AssertionError(when + ": the store did not open: " + e.getMessage(), e);
        }
    }

    /** Checks what a fresh open sees after a kill; returns its current revision. */
    private static long checkRepository(StrategJdbc db, long reported, long verifiedBefore, String when) {
        List<RevisionInfo> history = db.strategies().history(H2CrashingWriter.ID);
        long current = history.size();
        assertThat(current).as("%s: revisions after the child acknowledged %d", when, reported).isBetween(reported, reported + 1);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).revision()).as(when).isEqualTo(i + 1);
        }
        if (current > 0) {
            assertThat(db.strategies().find(H2CrashingWriter.ID).orElseThrow().revision()).as(when).isEqualTo(current);
            for (long r = Math.max(1, verifiedBefore); r <= current; r++) {
                assertRevision(db, r, when);
            }
        }
        return current;
    }

    private static void assertRevision(StrategJdbc db, long r, String when) {
        Strategy loaded = db.strategies().find(H2CrashingWriter.ID, r).orElseThrow();
        assertThat(loaded).as("%s: revision %d", when, r).isEqualTo(H2CrashingWriter.revision(r).withRevision(r));
    }

    /**
     * Checks the current values; returns the number of complete imports b. After b imports the value of every part in
     * year y is the largest n <= b with n % 20 == y: a torn import would leave parts of one year with different values.
     */
    private static long checkObservations(StrategJdbc db, long reported, String when) {
        List<Observation> current = db.observations().find(ObservationQuery.all(H2CrashingWriter.ID));
        long batches = current.stream().mapToLong(o -> o.value().longValueExact()).max().orElse(0);
        Map<String, BigDecimal> expected = new HashMap<>();
        for (long n = Math.max(1, batches - H2CrashingWriter.YEARS + 1); n <= batches; n++) {
            for (int p = 0; p < H2CrashingWriter.PARTS; p++) {
                expected.put((2000 + n % H2CrashingWriter.YEARS) + "/p" + p, BigDecimal.valueOf(n));
            }
        }
        Map<String, BigDecimal> actual = new HashMap<>();
        for (Observation o : current) {
            actual.put(o.period() + "/" + o.disaggregation().get("part"), o.value().stripTrailingZeros());
        }
        assertThat(actual).as("%s: the current values after %d complete imports", when, batches).isEqualTo(expected);
        assertThat(batches).as("%s: imports after the child acknowledged %d", when, reported).isBetween(reported, reported + 1);
        return batches;
    }

    /** Every version of a few series: year y holds the imports y, y + 20, … up to b, in that order. */
    private static void checkVersions(StrategJdbc db, long batches) {
        for (int year = 0; year < H2CrashingWriter.YEARS; year++) {
            for (int p : new int[] {0, H2CrashingWriter.PARTS - 1}) {
                SeriesKey series = new SeriesKey("CYC-KM", new TreeMap<>(Map.of("part", "p" + p)));
                List<Observation> versions = db.observations().history(H2CrashingWriter.ID, series, Period.year(2000 + year));
                List<Long> expected = new ArrayList<>();
                for (long n = year == 0 ? H2CrashingWriter.YEARS : year; n <= batches; n += H2CrashingWriter.YEARS) {
                    expected.add(n);
                }
                assertThat(versions).extracting(o -> o.value().longValueExact()).as("versions of %s %d", series, 2000 + year)
                        .isEqualTo(expected);
            }
        }
    }
}
