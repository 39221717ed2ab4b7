package eu.strateg.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Counts rows behind the adapter's back, straight from the tables. */
final class Rows {

    /** Every table that holds rows of a strategy revision. */
    static final List<String> REVISION_TABLES = List.of("strategy_revision", "strategy_level", "element", "element_indicator",
            "element_link", "indicator", "milestone", "project", "project_measure", "project_indicator", "budget_line");

    private Rows() {
    }

    /** Rows of one revision, per table. */
    static Map<String, Long> ofRevision(DataSource ds, String strategyId, long revision) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : REVISION_TABLES) {
            out.put(table, count(ds, "SELECT COUNT(*) FROM " + table + " WHERE strategy_id = ? AND revision = ?", strategyId, revision));
        }
        return out;
    }

    static long count(DataSource ds, String sql, Object... parameters) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
