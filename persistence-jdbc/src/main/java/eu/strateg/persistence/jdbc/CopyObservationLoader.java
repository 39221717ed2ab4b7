package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.UpsertResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Upserts observations on PostgreSQL through COPY: the batch is copied into a temporary staging table, then two
 * set-based statements do the rest. The first retires the current version of every series and period whose value
 * changed (those are the corrections); the second appends every staged row that has no current version left
 * (the new values and the corrections). Staged rows equal to their current version are left alone. The batch must
 * not name a series and period twice (see {@link JdbcObservationStore}).
 */
final class CopyObservationLoader {

    private static final String STAGE = "strateg_observation_stage";

    private static final String JOIN = "o.strategy_id = ? AND o.indicator_code = s.indicator_code AND o.series_key = s.series_key"
            + " AND o.period_start = s.period_start AND o.period_end = s.period_end";

    private static final String RETIRE_CHANGED = "UPDATE observation o SET is_current = FALSE FROM " + STAGE + " s WHERE " + JOIN
            + " AND o.is_current AND NOT (o.num_value = s.num_value AND o.status = s.status"
            + " AND o.source IS NOT DISTINCT FROM s.source AND o.note IS NOT DISTINCT FROM s.note)";

    private static final String APPEND = "INSERT INTO observation (strategy_id, indicator_code, series_key, period_start, period_end,"
            + " version, period, num_value, num_scale, status, source, note, recorded_at, is_current)"
            + " SELECT ?, s.indicator_code, s.series_key, s.period_start, s.period_end,"
            + " COALESCE((SELECT MAX(o.version) FROM observation o WHERE " + JOIN + "), 0) + 1,"
            + " s.period, s.num_value, s.num_scale, s.status, s.source, s.note, s.recorded_at, TRUE FROM " + STAGE + " s"
            + " WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE " + JOIN + " AND o.is_current)";

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
            st.execute("CREATE TEMPORARY TABLE " + STAGE + " (indicator_code VARCHAR(64) COLLATE \"C\","
                    + " series_key VARCHAR(1000) COLLATE \"C\", period_start DATE, period_end DATE, period VARCHAR(10),"
                    + " num_value NUMERIC, num_scale INTEGER, status VARCHAR(12), source TEXT, note TEXT,"
                    + " recorded_at TIMESTAMP WITH TIME ZONE) ON COMMIT DROP");
            copy(rows);
            if (rows.size() >= ANALYZE_FROM) {
                st.execute("ANALYZE " + STAGE);
            }
        }
        long corrected = update(RETIRE_CHANGED, 1);
        long written = update(APPEND, 3);
        return new UpsertResult(written - corrected, corrected, rows.size() - written);
    }

    private long update(String sql, int strategyParameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= strategyParameters; i++) {
                ps.setString(i, strategyId);
            }
            return ps.executeLargeUpdate();
        }
    }

    private void copy(List<StagedObservation> rows) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        String sql = "COPY " + STAGE + " (indicator_code, series_key, period_start, period_end, period, num_value, num_scale, status,"
                + " source, note, recorded_at) FROM STDIN";
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
            for (StagedObservation o : rows) {
                field(w, o.indicatorCode());
                field(w, o.seriesKey());
                w.write(o.periodStart().toString());
                w.write('\t');
                w.write(o.periodEnd().toString());
                w.write('\t');
                field(w, o.period());
                w.write(o.value().toString());
                w.write('\t');
                w.write(Integer.toString(o.value().scale()));
                w.write('\t');
                field(w, o.status());
                field(w, o.source());
                field(w, o.note());
                w.write(o.recordedAt().toString());
                w.write('\n');
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
}
