package eu.strateg.core.observation;

import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upsert decision, made in one place for every store: given a batch and what is stored, which versions to add,
 * each with its recorded-at time, and how many values are new, corrected and unchanged. A store only reads the
 * stored versions of the batch's series and periods, asks for a plan, and writes {@link #toStore()} in one
 * transaction. See the package documentation for the rules; in short, per observation:
 *
 * <ul>
 *   <li>dated (has a recorded-at time): unchanged when the version in force at that time says the same; a conflict
 *       when a version with that very time says something else; otherwise a new version with that time;</li>
 *   <li>undated, for a series and period with nothing stored before this batch: a first value, known from the day
 *       after its period ended (a backfill of history), then treated as dated with that time;</li>
 *   <li>undated, otherwise: unchanged when the latest version says the same, or when this very backfill is stored
 *       already (the same content known from the day after the period ended: the row was loaded before); otherwise
 *       a correction, known from now ({@link ObservationVersions#correctionTime}).</li>
 * </ul>
 *
 * <p>A batch with a null entry, contradicting rows ({@link DuplicateRows}) or a conflict with a stored version is
 * rejected as a whole with every problem named ({@code observations[3]}); nothing is to be stored then.
 */
public final class UpsertPlan {

    /** Identifies one value: a series and a period. */
    public record Key(SeriesKey series, Period period) {

        public static Key of(Observation o) {
            return new Key(o.seriesKey(), o.period());
        }
    }

    /** The stored versions of one series and period, in any order (empty when none). */
    @FunctionalInterface
    public interface StoredVersions {
        Collection<Observation> of(Key key);
    }

    private final List<Observation> toStore;
    private final UpsertResult result;

    private UpsertPlan(List<Observation> toStore, UpsertResult result) {
        this.toStore = List.copyOf(toStore);
        this.result = result;
    }

    /**
     * Plans storing {@code batch} over what {@code stored} holds, {@code now} being the store's clock and
     * {@code zone} the zone of its days. {@code stored} is asked once per distinct series and period of the batch.
     *
     * @throws eu.strateg.core.validation.ValidationException listing every problem; nothing is to be stored then
     */
    public static UpsertPlan of(Collection<Observation> batch, StoredVersions stored, Instant now, ZoneId zone) {
        Problems p = new Problems();
        DuplicateRows duplicates = new DuplicateRows(p);
        int i = 0;
        for (Observation o : batch) {
            String where = Paths.keyed("observations", i++);
            if (o == null) {
                p.add(where, "must not be null");
            } else {
                duplicates.add(where, o);
            }
        }
        p.throwIfAny();
        Map<Key, List<Observation>> working = new HashMap<>();
        java.util.Set<Key> firstInput = new java.util.HashSet<>();
        List<Observation> toStore = new ArrayList<>();
        long inserted = 0;
        long corrected = 0;
        long unchanged = 0;
        i = 0;
        for (Observation o : batch) {
            String where = Paths.keyed("observations", i++);
            List<Observation> versions = working.computeIfAbsent(Key.of(o), k -> {
                Collection<Observation> before = stored.of(k);
                if (before.isEmpty()) {
                    firstInput.add(k);
                }
                return new ArrayList<>(before);
            });
            Observation version;
            if (o.recordedAt() != null) {
                version = dated(p, where, o, versions);
            } else if (firstInput.contains(Key.of(o))) {
                version = dated(p, where, o.withRecordedAt(ObservationVersions.knownFrom(o.period(), zone)), versions);
            } else {
                version = undated(o, versions, now, zone);
            }
            if (version == null) {
                unchanged++;
                continue;
            }
            if (versions.isEmpty()) {
                inserted++;
            } else {
                corrected++;
            }
            versions.add(version);
            toStore.add(version);
        }
        p.throwIfAny();
        return new UpsertPlan(toStore, new UpsertResult(inserted, corrected, unchanged));
    }

    /** The version to add for a dated observation, or null when nothing changes (or on a conflict, added to p). */
    private static Observation dated(Problems p, String where, Observation o, List<Observation> versions) {
        Instant at = ObservationVersions.normalise(o.recordedAt());
        Observation inForce = ObservationVersions.inForce(versions, at);
        if (inForce != null && inForce.sameContentAs(o)) {
            return null;
        }
        if (inForce != null && inForce.recordedAt().equals(at)) {
            p.add(where, "%s %s: %s recorded at %s, but the store already holds %s recorded at that very time; two different "
                    + "values with one recorded-at time are a conflict (give the correction its own time)", o.seriesKey(), o.period(),
                    o.value().toPlainString(), at, inForce.value().toPlainString());
            return null;
        }
        return o.withRecordedAt(at);
    }

    /** An undated observation of a series and period stored before: unchanged (null) or a correction known from now. */
    private static Observation undated(Observation o, List<Observation> versions, Instant now, ZoneId zone) {
        Instant backfill = ObservationVersions.knownFrom(o.period(), zone);
        Observation latest = ObservationVersions.latest(versions);
        if (latest.sameContentAs(o)) {
            return null;
        }
        for (Observation v : versions) {
            if (v.recordedAt().equals(backfill) && v.sameContentAs(o)) {
                return null;
            }
        }
        return o.withRecordedAt(ObservationVersions.correctionTime(now, latest));
    }

    /** The versions to add, each with its recorded-at time, in batch order. */
    public List<Observation> toStore() {
        return toStore;
    }

    /** What the upsert does: new, corrected and unchanged values. */
    public UpsertResult result() {
        return result;
    }
}
