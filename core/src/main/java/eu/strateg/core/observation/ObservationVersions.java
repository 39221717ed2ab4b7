package eu.strateg.core.observation;

import eu.strateg.core.period.Period;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The rules of time for observation versions, in one place (see the package documentation for the whole model).
 * Every store, ours or a user's, answers with these, so that all of them agree for every history.
 *
 * <ul>
 *   <li>The value of a series and period known at an instant T is the version with the greatest recorded-at time
 *       at or before T ({@link #inForce}); the value "now" is the version with the greatest recorded-at time of all,
 *       whatever the order in which versions arrived.</li>
 *   <li>Two versions of one series and period never share a recorded-at time: the same content again is the same
 *       version, different content is a conflict ({@link UpsertPlan} rejects it).</li>
 *   <li>A first value without a recorded-at time is a backfill of history: known from the day after its period
 *       ended ({@link #knownFrom}). A later different value without a time is a correction known from the moment
 *       it is stored ({@link #correctionTime}); loading the same rows again changes nothing ({@link UpsertPlan}).</li>
 *   <li>Recorded-at times are kept to the microsecond ({@link #normalise}), the precision of the SQL stores.</li>
 * </ul>
 */
public final class ObservationVersions {

    private ObservationVersions() {
    }

    /**
     * The version in force at {@code asOf}: the greatest recorded-at time at or before it (of all versions when
     * {@code asOf} is null); null when none was recorded by then. Versions may come in any order.
     */
    public static Observation inForce(Collection<Observation> versions, Instant asOf) {
        Observation best = null;
        for (Observation v : versions) {
            if ((asOf == null || !v.recordedAt().isAfter(asOf)) && (best == null || v.recordedAt().isAfter(best.recordedAt()))) {
                best = v;
            }
        }
        return best;
    }

    /** The version in force now: the one with the greatest recorded-at time; null for no versions. */
    public static Observation latest(Collection<Observation> versions) {
        return inForce(versions, null);
    }

    /**
     * When a first value without a recorded-at time counts as known: the start of the day after its period ended, in
     * {@code zone} (the zone whose days an evaluation as of a date uses). 2024 → 2025-01-01T00:00 in the zone.
     */
    public static Instant knownFrom(Period period, ZoneId zone) {
        return period.end().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * When a correction without a recorded-at time, stored {@code now}, counts as known: {@code now}, or just after the
     * version it corrects when that one is dated later (a first value of a period that has not ended yet counts from
     * the day after it ends, and the correction must still win over it).
     */
    public static Instant correctionTime(Instant now, Observation corrected) {
        Instant at = normalise(now);
        Instant after = corrected.recordedAt().plus(1, ChronoUnit.MICROS);
        return at.isAfter(corrected.recordedAt()) ? at : after;
    }

    /** A recorded-at time as every store keeps it: truncated to the microsecond. */
    public static Instant normalise(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
