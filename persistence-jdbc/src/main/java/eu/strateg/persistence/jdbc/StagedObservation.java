package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.Observation;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** An observation as its row will be written: series key encoded, period split, recorded-at as core's plan gave it. */
record StagedObservation(String indicatorCode, String seriesKey, String period, LocalDate periodStart, LocalDate periodEnd,
        BigDecimal value, String status, String source, String note, Instant recordedAt) {

    static final String INSERT = "INSERT INTO observation (strategy_id, indicator_code, series_key, period_start, period_end,"
            + " version, period, num_value, num_scale, status, source, note, recorded_at, is_current)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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

    void bindInsert(PreparedStatement ps, String strategyId, int version, boolean current) throws SQLException {
        ps.setString(1, strategyId);
        ps.setString(2, indicatorCode);
        ps.setString(3, seriesKey);
        ps.setObject(4, periodStart);
        ps.setObject(5, periodEnd);
        ps.setInt(6, version);
        ps.setString(7, period);
        ps.setBigDecimal(8, value);
        ps.setInt(9, value.scale());
        ps.setString(10, status);
        Database.set(ps, 11, source);
        Database.set(ps, 12, note);
        Database.set(ps, 13, recordedAt);
        ps.setBoolean(14, current);
    }
}
