package eu.strateg.server;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationVersions;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The history of one value (a series and period of a strategy): every version the store keeps, oldest first, each with
 * who recorded it, read from the audit log. A version is the work of the {@code observations.record} or
 * {@code observations.fetch} entry of its strategy that was being stored when the version got its recorded-at time
 * ({@code started} ≤ recorded-at ≤ {@code at}: every correction or value dated by the server). A version dated
 * otherwise (a first value, known from the day after its period; a time given in the file) is the work of the
 * earliest recording not yet matched whose {@code values} carried that indicator and period. A version that no entry
 * explains (the examples loaded at start) has no
 * recorder.
 */
public final class ObservationHistory {

    /**
     * One version.
     *
     * @param observation the value as recorded, with its recorded-at time, status, source and note
     * @param recordedBy the account that recorded it, or null when the audit log does not say
     * @param current whether it is the value in force now
     */
    public record Version(Observation observation, String recordedBy, boolean current) {
    }

    private ObservationHistory() {
    }

    /**
     * The versions of a series and period, oldest first.
     *
     * @param services the caller's services (a strategy outside its scope has no versions)
     * @param entries the audit entries of the strategy's observations ({@link AuditLog#observationsOf})
     * @param strategy the strategy
     * @param series the indicator and disaggregation
     * @param period the period
     * @return the versions
     */
    public static List<Version> of(Backend.Services services, List<JsonNode> entries, StrategyId strategy, SeriesKey series, Period period) {
        List<Observation> versions = new ArrayList<>(services.history(strategy, series, period));
        versions.sort((a, b) -> a.recordedAt().compareTo(b.recordedAt()));
        List<String> by = recorders(versions, entries, series.indicatorCode(), period.toString());
        Observation latest = ObservationVersions.latest(versions);
        List<Version> out = new ArrayList<>(versions.size());
        for (int i = 0; i < versions.size(); i++) {
            out.add(new Version(versions.get(i), by.get(i), versions.get(i) == latest));
        }
        return out;
    }

    /** Who recorded each version (null where the log does not say), by the rules of the class documentation. */
    static List<String> recorders(List<Observation> versions, List<JsonNode> entries, String indicator, String period) {
        List<JsonNode> carried = new ArrayList<>();
        for (JsonNode e : entries) {
            for (JsonNode p : e.path("values").path(indicator)) {
                if (p.asText().equals(period)) {
                    carried.add(e);
                    break;
                }
            }
        }
        List<String> by = new ArrayList<>();
        Set<JsonNode> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Observation v : versions) {
            JsonNode match = null;
            for (JsonNode e : entries) {
                if (!used.contains(e) && during(v.recordedAt(), e)) {
                    match = e;
                    break;
                }
            }
            if (match != null) {
                used.add(match);
            }
            by.add(match == null ? null : match.path("account").asText());
        }
        for (int i = 0; i < versions.size(); i++) {
            if (by.get(i) != null) {
                continue;
            }
            for (JsonNode e : carried) {
                if (used.add(e)) {
                    by.set(i, e.path("account").asText());
                    break;
                }
            }
        }
        return by;
    }

    private static boolean during(Instant at, JsonNode entry) {
        if (!entry.hasNonNull("started")) {
            return false;
        }
        Instant from = ObservationVersions.normalise(Instant.parse(entry.get("started").asText()));
        Instant to = Instant.parse(entry.get("at").asText());
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
