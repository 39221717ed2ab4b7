package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.Observation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.statement.PreparedBatch;

/** An observation as its row will be written: series key encoded, period split, recorded-at as core's plan gave it. */
record StagedObservation(String indicatorCode, String seriesKey, String period, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal value, String status, String source, String note, Instant recordedAt) {

    static final String INSERT = "INSERT INTO observation (strategy_id, indicator_code, series_key, period_start, period_end,"
            + " version, period, num_value, num_scale, status, source, note, recorded_at, is_current)"
            + " VALUES (:strategy_id, :indicator_code, :series_key, :period_start, :period_end, :version, :period, :num_value,"
            + " :num_scale, :status, :source, :note, :recorded_at, :is_current)";

    static StagedObservation of(Observation o, String seriesKey, Instant recordedAt) {
        return new StagedObservation(o.indicatorCode(), seriesKey, o.period().toString(), o.period().start(), o.period().end(),
                o.value(), o.status().name(), o.source(), o.note(), recordedAt);
    }

    /** Identifies the series and period (the period's notation determines its start and end). */
    String identity() {
        return indicatorCode + '\u0000' + seriesKey + '\u0000' + period;
    }

    /** A 64-bit hash of {@link #identity()}, from two independent 32-bit hashes. */
    long identityHash() {
        int h1 = 0;
        int h2 = 0x811c9dc5;
        for (String part : new String[] {indicatorCode, seriesKey, period}) {
            for (int i = 0; i < part.length(); i++) {
                char ch = part.charAt(i);
                h1 = 31 * h1 + ch;
                h2 = (h2 ^ ch) * 0x01000193;
            }
            h1 = 31 * h1;
            h2 = (h2 ^ 0xff) * 0x01000193;
        }
        return ((long) h1 << 32) | (h2 & 0xffffffffL);
    }

    /** Adds the row to a batch of {@link #INSERT}. */
    void addTo(PreparedBatch insert, String strategyId, int version, boolean current) {
        insert.bind("strategy_id", strategyId).bind("indicator_code", indicatorCode).bind("series_key", seriesKey)
                .bind("period_start", periodStart).bind("period_end", periodEnd).bind("version", version).bind("period", period)
                .bind("num_value", value).bind("num_scale", value.scale()).bind("status", status).bind("source", source)
                .bind("note", note).bind("recorded_at", recordedAt).bind("is_current", current).add();
    }
}
