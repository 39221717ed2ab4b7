package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The temporal model of docs/temporal-model.md written out as plainly as possible (a list of facts per series and
 * period), and a generator of random histories: batches of dated and undated values, out of order, repeated,
 * contradicting, over a clock that moves on. {@link #check} feeds each batch to a store and to the model and requires
 * the same answer (the value known) at random instants and at every boundary, and the same rejections. A failure
 * names the seed, the case and the history so far; rerun one seed with {@code -Dstrateg.seed=N}.
 */
final class TemporalModel {

    static final int CASES = 12;
    private static final int BATCHES = 7;
    private static final String[] INDICATORS = {"POP", "CYC-KM"};
    private static final Period[] PERIODS = {Period.year(2023), Period.year(2024), Period.quarter(2025, 1)};
    private static final String[] VALUES = {"1", "2", "2.0", "3"};

    private record Fact(BigDecimal value, Instant at) {
    }

    private final long seed;
    private final int caseNo;
    private final Random random;
    private final ZoneId zone;
    private final Map<String, List<Fact>> facts = new TreeMap<>();
    private final StringBuilder history = new StringBuilder();

    TemporalModel(long seed, int caseNo, ZoneId zone) {
        this.seed = seed;
        this.caseNo = caseNo;
        this.random = new Random(seed * 1_000_003L + caseNo);
        this.zone = zone;
    }

    void check(ObservationStore store, StrategyId id, MutableClock clock) {
        for (int b = 0; b < BATCHES; b++) {
            clock.advance(Duration.ofHours(random.nextInt(24 * 200)));
            List<Observation> batch = batch();
            Map<String, List<Fact>> next = apply(batch, clock.instant());
            history.append("\n  at ").append(clock.instant()).append(": ").append(describe(batch))
                    .append(next == null ? " (conflict)" : "");
            boolean rejected = false;
            try {
                store.upsert(id, batch);
            } catch (ValidationException e) {
                rejected = true;
            }
            assertThat(rejected).as("%s: the store %s the batch", where(), rejected ? "rejected" : "accepted").isEqualTo(next == null);
            if (next != null) {
                facts.clear();
                facts.putAll(next);
            }
            compare(store, id);
        }
    }

    private String where() {
        return "seed " + seed + ", case " + caseNo + ", history:" + history;
    }

    private List<Observation> batch() {
        List<Observation> batch = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            Observation o = Observation.of(INDICATORS[random.nextInt(INDICATORS.length)], PERIODS[random.nextInt(PERIODS.length)],
                    new BigDecimal(VALUES[random.nextInt(VALUES.length)]));
            batch.add(random.nextInt(3) == 0 ? o : o.withRecordedAt(randomInstant(o.period())));
        }
        return batch;
    }

    /** A day in 2023–2027 (micro-second noise sometimes), or exactly the day after the period ended. */
    private Instant randomInstant(Period period) {
        if (random.nextInt(6) == 0) {
            return knownFrom(period);
        }
        Instant day = Instant.parse("2023-01-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(5 * 365)));
        return random.nextBoolean() ? day : day.plus(random.nextInt(1_000_000), ChronoUnit.MICROS);
    }

    private Instant knownFrom(Period period) {
        return period.end().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The facts after the batch, or null when the batch must be rejected. */
    private Map<String, List<Fact>> apply(List<Observation> batch, Instant now) {
        Map<String, List<Fact>> after = new HashMap<>();
        facts.forEach((k, v) -> after.put(k, new ArrayList<>(v)));
        Map<String, BigDecimal> undatedInBatch = new HashMap<>();
        Map<String, BigDecimal> datedInBatch = new HashMap<>();
        for (Observation o : batch) {
            String key = key(o);
            // one input gives a series and period one value per recorded-at time (or per "undated")
            Map<String, BigDecimal> seen = o.recordedAt() == null ? undatedInBatch : datedInBatch;
            String slot = o.recordedAt() == null ? key : key + "@" + o.recordedAt();
            BigDecimal earlier = seen.putIfAbsent(slot, o.value());
            if (earlier != null && earlier.compareTo(o.value()) != 0) {
                return null;
            }
        }
        for (Observation o : batch) {
            String key = key(o);
            List<Fact> list = after.computeIfAbsent(key, k -> new ArrayList<>());
            boolean storedBefore = facts.containsKey(key);
            if (o.recordedAt() != null || !storedBefore) {
                Instant at = o.recordedAt() != null ? o.recordedAt().truncatedTo(ChronoUnit.MICROS) : knownFrom(o.period());
                Fact inForce = at(list, at);
                if (inForce != null && inForce.value().compareTo(o.value()) == 0) {
                    continue;
                }
                if (inForce != null && inForce.at().equals(at)) {
                    return null;
                }
                list.add(new Fact(o.value(), at));
            } else {
                Fact latest = at(list, null);
                boolean backfillStored = list.stream().anyMatch(f -> f.at().equals(knownFrom(o.period())) && f.value().compareTo(o.value()) == 0);
                if (latest.value().compareTo(o.value()) == 0 || backfillStored) {
                    continue;
                }
                Instant at = now.isAfter(latest.at()) ? now : latest.at().plus(1, ChronoUnit.MICROS);
                list.add(new Fact(o.value(), at));
            }
        }
        after.values().removeIf(List::isEmpty);
        return after;
    }

    /** The fact with the greatest time at or before {@code t} (of all when null). */
    private static Fact at(List<Fact> list, Instant t) {
        Fact best = null;
        for (Fact f : list) {
            if ((t == null || !f.at().isAfter(t)) && (best == null || f.at().isAfter(best.at()))) {
                best = f;
            }
        }
        return best;
    }

    private void compare(ObservationStore store, StrategyId id) {
        TreeSet<Instant> instants = new TreeSet<>();
        for (List<Fact> list : facts.values()) {
            for (Fact f : list) {
                instants.add(f.at());
                instants.add(f.at().minus(1, ChronoUnit.MICROS));
            }
        }
        for (int i = 0; i < 4; i++) {
            instants.add(Instant.parse("2023-01-01T00:00:00Z").plus(Duration.ofDays(random.nextInt(6 * 365))));
        }
        List<Instant> all = new ArrayList<>(instants);
        all.add(null);
        for (Instant t : all) {
            List<String> expected = new ArrayList<>();
            facts.forEach((key, list) -> {
                Fact f = at(list, t);
                if (f != null) {
                    expected.add(key + "=" + f.value().stripTrailingZeros().toPlainString());
                }
            });
            List<String> actual = store.find(ObservationQuery.all(id).asOf(t)).stream()
                    .map(o -> key(o) + "=" + o.value().stripTrailingZeros().toPlainString()).toList();
            assertThat(actual).as("%s%n  value known as of %s", where(), t == null ? "now" : t).isEqualTo(expected);
        }
    }

    /** Sorts like the stores: indicator, then period (TreeMap over this text: indicator codes and periods here sort so). */
    private static String key(Observation o) {
        return o.indicatorCode() + " " + o.period();
    }

    private static String describe(List<Observation> batch) {
        StringBuilder s = new StringBuilder();
        for (Observation o : batch) {
            s.append(key(o)).append('=').append(o.value().toPlainString()).append(o.recordedAt() == null ? " undated" : " @" + o.recordedAt())
                    .append("; ");
        }
        return s.toString();
    }
}
