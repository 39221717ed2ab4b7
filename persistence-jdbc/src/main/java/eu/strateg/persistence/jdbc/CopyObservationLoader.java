package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.UpsertResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Upserts observations on PostgreSQL through COPY: the batch is copied into a temporary staging table, then one
 * set-based statement does the rest. It retires the current version of every series and period whose content
 * changed (the corrections), appends their next version, and appends every staged row whose series and period has
 * no version yet (the new values). Staged rows equal to their current version are left alone. When the strategy
 * has no observations yet, the rows are copied straight into the table. The batch must not name a series and
 * period twice (see {@link JdbcObservationStore}).
 */
final class CopyObservationLoader {

    private static final String STAGE = "strateg_observation_stage";

    private static final String SAME_KEY = "o.strategy_id = ? AND o.indicator_code = s.indicator_code AND o.series_key = s.series_key"
            + " AND o.period_start = s.period_start AND o.period_end = s.period_end";

    private static final String COLUMNS = "strategy_id, indicator_code, series_key, period_start, period_end, version, period,"
            + " num_value, num_scale, status, source, note, recorded_at, is_current";

    private static final String VALUES = " s.period, s.num_value, s.num_scale, s.status, s.source, s.note, s.recorded_at, TRUE";

    /** Parameters: the strategy id, three times. Returns the corrected count and the written count. */
    private static final String UPSERT = "WITH retired AS ("
            + "UPDATE observation o SET is_current = FALSE FROM " + STAGE + " s WHERE " + SAME_KEY
            + " AND o.is_current AND NOT (o.num_value = s.num_value AND o.status = s.status"
            + " AND o.source IS NOT DISTINCT FROM s.source AND o.note IS NOT DISTINCT FROM s.note)"
            + " RETURNING o.strategy_id, o.indicator_code, o.series_key, o.period_start, o.period_end, o.version),"
            + " appended AS (INSERT INTO observation (" + COLUMNS + ")"
            + " SELECT r.strategy_id, s.indicator_code, s.series_key, s.period_start, s.period_end, r.version + 1," + VALUES
            + " FROM " + STAGE + " s JOIN retired r ON r.indicator_code = s.indicator_code AND r.series_key = s.series_key"
            + " AND r.period_start = s.period_start AND r.period_end = s.period_end"
            + " UNION ALL SELECT ?, s.indicator_code, s.series_key, s.period_start, s.period_end, 1," + VALUES
            + " FROM " + STAGE + " s WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE " + SAME_KEY + ")"
            + " RETURNING 1)"
            + " SELECT (SELECT COUNT(*) FROM retired), (SELECT COUNT(*) FROM appended)";

    /** Above this many rows the staging table is analysed, so the planner joins it sensibly. */
    private static final int ANALYZE_FROM = 5000;

    private final Connection c;
    private final String strategyId;

    CopyObservationLoader(Connection connection, String strategyId) {
        this.c = connection;
        this.strategyId = strategyId;
    }

    UpsertResult load(List<StagedObservation> rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            // One upsert per strategy at a time: concurrent loads of the same series would race for its next version.
            st.execute("SELECT pg_advisory_xact_lock(" + lockKey() + ")");
            if (rows.size() >= ANALYZE_FROM) {
                st.execute("SET LOCAL work_mem = '64MB'");
            }
            if (!hasObservations()) {
                // Nothing stored yet, and no key twice in the batch: every row is new, so copy straight into the table.
                copy(rows, "observation (strategy_id, indicator_code, series_key, period_start, period_end, version, period,"
                        + " num_value, num_scale, status, source, note, recorded_at, is_current)", true);
                return new UpsertResult(rows.size(), 0, 0);
            }
            st.execute("CREATE TEMPORARY TABLE " + STAGE + " (indicator_code VARCHAR(64) COLLATE \"C\","
                    + " series_key VARCHAR(1000) COLLATE \"C\", period_start DATE, period_end DATE, period VARCHAR(10),"
                    + " num_value NUMERIC, num_scale INTEGER, status VARCHAR(12), source TEXT, note TEXT,"
                    + " recorded_at TIMESTAMP WITH TIME ZONE) ON COMMIT DROP");
            copy(rows, STAGE + " (indicator_code, series_key, period_start, period_end, period, num_value, num_scale, status,"
                    + " source, note, recorded_at)", false);
            if (rows.size() >= ANALYZE_FROM) {
                st.execute("ANALYZE " + STAGE);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            for (int i = 1; i <= 3; i++) {
                ps.setString(i, strategyId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long corrected = rs.getLong(1);
                long written = rs.getLong(2);
                return new UpsertResult(written - corrected, corrected, rows.size() - written);
            }
        }
    }

    /** A lock number of this strategy's observations, from its id (collisions only serialise two strategies). */
    private long lockKey() {
        long h = 1125899906842597L;
        for (int i = 0; i < strategyId.length(); i++) {
            h = 31 * h + strategyId.charAt(i);
        }
        return h;
    }

    private boolean hasObservations() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM observation WHERE strategy_id = ? LIMIT 1")) {
            ps.setString(1, strategyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * COPYs the rows into {@code target}: the staging table, or (with {@code asFirstVersions}) the observation table
     * itself, adding the strategy id, version 1 and the current flag.
     */
    private void copy(List<StagedObservation> rows, String target, boolean asFirstVersions) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        String sql = "COPY " + target + " FROM STDIN";
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
            for (StagedObservation o : rows) {
                if (asFirstVersions) {
                    field(w, strategyId);
                }
                field(w, o.indicatorCode());
                field(w, o.seriesKey());
                w.write(o.periodStart().toString());
                w.write('\t');
                w.write(o.periodEnd().toString());
                w.write('\t');
                if (asFirstVersions) {
                    w.write("1\t");
                }
                field(w, o.period());
                w.write(o.value().toString());
                w.write('\t');
                w.write(Integer.toString(o.value().scale()));
                w.write('\t');
                field(w, o.status());
                field(w, o.source());
                field(w, o.note());
                w.write(o.recordedAt().toString());
                w.write(asFirstVersions ? "\tt\n" : "\n");
            }
        } catch (IOException e) {
            throw new SQLException("COPY into the staging table failed: " + e.getMessage(), e);
        }
    }

    /** A field of COPY's text format followed by a tab: null as {@code \N}, backslash and line breaks escaped. */
    private static void field(Writer w, String value) throws IOException {
        if (value == null) {
            w.write("\\N\t");
            return;
        }
        if (plain(value)) {
            w.write(value);
            w.write('\t');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> w.write("\\\\");
                case '\t' -> w.write("\\t");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                default -> w.write(ch);
            }
        }
        w.write('\t');
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return false;
            }
        }
        return true;
    }
}
