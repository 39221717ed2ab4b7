package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.UpsertResult;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Upserts observations with JDBC batches, on any database: looks up each series and period's current version,
 * compares in Java, and batches the inserts (and the flag updates of corrected versions). Used for H2, and on
 * PostgreSQL for batches that name a series and period more than once.
 */
final class BatchObservationLoader {

    private static final int CHUNK = 1000;

    private static final String KEY = "strategy_id = ? AND indicator_code = ? AND series_key = ? AND period_start = ? AND period_end = ?";

    /** What is current for one series and period: enough to tell an unchanged value from a correction. */
    private record Current(int version, BigDecimal value, String status, String source, String note) {

        boolean sameAs(StagedObservation o) {
            return value.compareTo(o.value()) == 0 && status.equals(o.status()) && Objects.equals(source, o.source())
                    && Objects.equals(note, o.note());
        }
    }

    private final Connection c;
    private final String strategyId;

    BatchObservationLoader(Connection connection, String strategyId) {
        this.c = connection;
        this.strategyId = strategyId;
    }

    UpsertResult load(List<StagedObservation> rows) throws SQLException {
        long inserted = 0;
        long corrected = 0;
        long unchanged = 0;
        try (PreparedStatement select = c.prepareStatement("SELECT version, num_value, status, source, note FROM observation WHERE "
                + KEY + " AND is_current");
                PreparedStatement close = c.prepareStatement("UPDATE observation SET is_current = FALSE WHERE " + KEY + " AND version = ?");
                PreparedStatement insert = c.prepareStatement(StagedObservation.INSERT)) {
            // Versions written in the pending batches, so a series repeated within them is compared with its latest value.
            Map<String, Current> pending = new HashMap<>();
            for (StagedObservation o : rows) {
                String key = o.identity();
                Current current = pending.containsKey(key) ? pending.get(key) : current(select, o);
                if (current != null && current.sameAs(o)) {
                    unchanged++;
                    continue;
                }
                int version = 1;
                if (current == null) {
                    inserted++;
                } else {
                    corrected++;
                    version = current.version + 1;
                    bindKey(close, o);
                    close.setInt(6, current.version);
                    close.addBatch();
                }
                o.bindInsert(insert, strategyId, version);
                insert.addBatch();
                pending.put(key, new Current(version, o.value(), o.status(), o.source(), o.note()));
                if (pending.size() >= CHUNK) {
                    flush(close, insert);
                    pending.clear();
                }
            }
            flush(close, insert);
        }
        return new UpsertResult(inserted, corrected, unchanged);
    }

    /** Inserts first: a version retired by the same batch may be one of the rows inserted by it. */
    private void flush(PreparedStatement close, PreparedStatement insert) throws SQLException {
        insert.executeBatch();
        close.executeBatch();
    }

    private Current current(PreparedStatement select, StagedObservation o) throws SQLException {
        bindKey(select, o);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new Current(rs.getInt(1), rs.getBigDecimal(2), rs.getString(3), rs.getString(4), rs.getString(5));
        }
    }

    private void bindKey(PreparedStatement ps, StagedObservation o) throws SQLException {
        ps.setString(1, strategyId);
        ps.setString(2, o.indicatorCode());
        ps.setString(3, o.seriesKey());
        ps.setObject(4, o.periodStart());
        ps.setObject(5, o.periodEnd());
    }
}
