package eu.strateg.persistence.jdbc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a strategy's first observations on PostgreSQL through COPY, straight into the table: the fastest bulk load
 * the database offers. Used when the strategy has no observations yet and core's plan holds one version per series
 * and period (every version is then version 1 and current); any other upsert goes through
 * {@link ObservationVersionTable}. What to store was decided by core's {@code UpsertPlan}, never here.
 */
final class CopyObservationLoader {

    private final Connection c;
    private final String strategyId;

    CopyObservationLoader(Connection connection, String strategyId) {
        this.c = connection;
        this.strategyId = strategyId;
    }

    /** COPYs the rows as first versions (version 1, current). */
    void load(List<StagedObservation> rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (rows.size() >= 5000) {
                st.execute("SET LOCAL work_mem = '64MB'");
            }
        }
        copy(rows, "observation (strategy_id, indicator_code, series_key, period_start, period_end, version, period,"
                + " num_value, num_scale, status, source, note, recorded_at, is_current)", true);
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
