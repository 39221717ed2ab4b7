package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored versions of one strategy's observations, inside an upsert's transaction, on any database: it reads the
 * versions core's {@link UpsertPlan} asks for (one look-up per series and period, or one read of the strategy's
 * whole table for a large batch) and writes the plan's new versions with JDBC batches. It keeps the table's two
 * derived columns true: {@code version} numbers the versions of a series and period in the order they were stored,
 * and {@code is_current} marks the one with the greatest recorded-at time (not necessarily the last one stored:
 * versions may arrive out of order).
 */
final class ObservationVersionTable {

    /** From this many observations on, all of the strategy's versions are read at once instead of key by key. */
    private static final int READ_ALL_FROM = 200;
    private static final int CHUNK = 1000;

    private static final String KEY = "strategy_id = ? AND indicator_code = ? AND series_key = ? AND period_start = ? AND period_end = ?";
    private static final String VERSION_COLUMNS = ", o.version, o.is_current";

    /** What is stored for one series and period. */
    private static final class Stored {
        final List<Observation> versions = new ArrayList<>(2);
        int maxVersion;
        int currentVersion;
        Instant currentAt;
    }

    private final Connection c;
    private final String strategyId;
    private final Map<UpsertPlan.Key, Stored> stored = new HashMap<>();
    private final ObservationReader reader = new ObservationReader();
    private boolean readAll;

    ObservationVersionTable(Connection connection, String strategyId) {
        this.c = connection;
        this.strategyId = strategyId;
    }

    /** The plan's view of what is stored; reads the whole strategy first when {@code batchSize} is large. */
    UpsertPlan.StoredVersions versions(int batchSize) throws SQLException {
        if (batchSize >= READ_ALL_FROM) {
            try (PreparedStatement ps = c.prepareStatement(ObservationReader.COLUMNS.replace(" FROM", VERSION_COLUMNS + " FROM")
                    + " WHERE o.strategy_id = ?")) {
                ps.setString(1, strategyId);
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        add(rs);
                    }
                }
            }
            readAll = true;
        }
        return this::lookUp;
    }

    /** True when the strategy had no observation at all (known only after a batch that read everything). */
    boolean strategyWasEmpty() {
        return readAll && stored.isEmpty();
    }

    private Collection<Observation> lookUp(UpsertPlan.Key key) {
        Stored s = stored.get(key);
        if (s == null && !readAll) {
            s = read(key);
        }
        return s == null ? List.of() : s.versions;
    }

    private Stored read(UpsertPlan.Key key) {
        try (PreparedStatement ps = c.prepareStatement(ObservationReader.COLUMNS.replace(" FROM", VERSION_COLUMNS + " FROM") + " WHERE o."
                + KEY.replace(" AND ", " AND o."))) {
            bindKey(ps, key.series().indicatorCode(), SeriesKeys.encode(key.series().disaggregation()), key.period().start(),
                    key.period().end());
            try (ResultSet rs = ps.executeQuery()) {
                Stored s = null;
                while (rs.next()) {
                    s = add(rs);
                }
                return s;
            }
        } catch (SQLException e) {
            throw Database.failure("Reading the versions of " + key.series() + " " + key.period(), e);
        }
    }

    private Stored add(ResultSet rs) throws SQLException {
        Observation o = reader.row(rs);
        Stored s = stored.computeIfAbsent(UpsertPlan.Key.of(o), k -> new Stored());
        s.versions.add(o);
        int version = rs.getInt(10);
        s.maxVersion = Math.max(s.maxVersion, version);
        if (rs.getBoolean(11)) {
            s.currentVersion = version;
            s.currentAt = o.recordedAt();
        }
        return s;
    }

    /** Writes new versions: each the next version number of its key, current when it is the latest recorded. */
    void write(List<Observation> versions) throws SQLException {
        try (PreparedStatement retire = c.prepareStatement("UPDATE observation SET is_current = FALSE WHERE " + KEY + " AND version = ?");
                PreparedStatement insert = c.prepareStatement(StagedObservation.INSERT)) {
            int pending = 0;
            for (Observation o : versions) {
                StagedObservation row = StagedObservation.of(o, SeriesKeys.encode(o.disaggregation()), o.recordedAt());
                Stored s = stored.computeIfAbsent(UpsertPlan.Key.of(o), k -> new Stored());
                int version = ++s.maxVersion;
                boolean current = s.currentAt == null || o.recordedAt().isAfter(s.currentAt);
                if (current && s.currentVersion > 0) {
                    bindKey(retire, row.indicatorCode(), row.seriesKey(), row.periodStart(), row.periodEnd());
                    retire.setInt(6, s.currentVersion);
                    retire.addBatch();
                }
                if (current) {
                    s.currentVersion = version;
                    s.currentAt = o.recordedAt();
                }
                row.bindInsert(insert, strategyId, version, current);
                insert.addBatch();
                if (++pending >= CHUNK) {
                    flush(retire, insert);
                    pending = 0;
                }
            }
            flush(retire, insert);
        }
    }

    /** Inserts first: a version retired by the same batch may be one of the rows inserted by it. */
    private static void flush(PreparedStatement retire, PreparedStatement insert) throws SQLException {
        insert.executeBatch();
        retire.executeBatch();
    }

    private void bindKey(PreparedStatement ps, String indicator, String seriesKey, java.time.LocalDate start, java.time.LocalDate end)
            throws SQLException {
        ps.setString(1, strategyId);
        ps.setString(2, indicator);
        ps.setString(3, seriesKey);
        ps.setObject(4, start);
        ps.setObject(5, end);
    }
}
