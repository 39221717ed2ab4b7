package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertPlan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The stored versions of one strategy's observations, inside an upsert's transaction, on any database: it reads the
 * versions core's {@link UpsertPlan} asks for (one look-up per series and period, or one read of the strategy's
 * whole table for a large batch) and writes the plan's new versions with Jdbi's prepared batches. It keeps the table's two
 * derived columns true: {@code version} numbers the versions of a series and period in the order they were stored,
 * and {@code is_current} marks the one with the greatest recorded-at time (not necessarily the last one stored:
 * versions may arrive out of order).
 */
final class ObservationVersionTable {

    /** From this many observations on, all of the strategy's versions are read at once instead of key by key. */
    private static final int READ_ALL_FROM = 200;
    private static final int CHUNK = 1000;

    private static final String KEY = "strategy_id = :strategy_id AND indicator_code = :indicator_code AND series_key = :series_key"
            + " AND period_start = :period_start AND period_end = :period_end";
    private static final String VERSION_COLUMNS = ", o.version, o.is_current";

    /** What is stored for one series and period. */
    private static final class Stored {
        final List<Observation> versions = new ArrayList<>(2);
        int maxVersion;
        int currentVersion;
        Instant currentAt;
    }

    /** A stored version: the observation, its version number and whether it is current. */
    private record Version(Observation observation, int number, boolean current) {
    }

    private final Handle h;
    private final String strategyId;
    private final Map<UpsertPlan.Key, Stored> stored = new HashMap<>();
    private final ObservationReader reader = new ObservationReader();
    private boolean readAll;

    ObservationVersionTable(Handle handle, String strategyId) {
        this.h = handle;
        this.strategyId = strategyId;
    }

    /** The plan's view of what is stored; reads the whole strategy first when {@code batchSize} is large. */
    UpsertPlan.StoredVersions versions(int batchSize) {
        if (batchSize >= READ_ALL_FROM) {
            h.createQuery(ObservationReader.COLUMNS.replace(" FROM", VERSION_COLUMNS + " FROM") + " WHERE o.strategy_id = :strategy_id")
                    .bind("strategy_id", strategyId).setFetchSize(2000).map(this::version).forEach(this::add);
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
        try {
            List<Version> versions = h.createQuery(ObservationReader.COLUMNS.replace(" FROM", VERSION_COLUMNS + " FROM") + " WHERE o."
                    + KEY.replace(" AND ", " AND o.")).bind("strategy_id", strategyId).bind("indicator_code", key.series().indicatorCode())
                    .bind("series_key", SeriesKeys.encode(key.series().disaggregation())).bind("period_start", key.period().start())
                    .bind("period_end", key.period().end()).map(this::version).list();
            Stored s = null;
            for (Version v : versions) {
                s = add(v);
            }
            return s;
        } catch (JdbiException e) {
            throw Database.failure("Reading the versions of " + key.series() + " " + key.period(), e);
        }
    }

    /** The version of the current row: the reader's nine columns, then {@link #VERSION_COLUMNS}. */
    private Version version(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Version(reader.map(rs, ctx), rs.getInt(10), rs.getBoolean(11));
    }

    private Stored add(Version v) {
        Observation o = v.observation();
        Stored s = stored.computeIfAbsent(UpsertPlan.Key.of(o), k -> new Stored());
        s.versions.add(o);
        s.maxVersion = Math.max(s.maxVersion, v.number());
        if (v.current()) {
            s.currentVersion = v.number();
            s.currentAt = o.recordedAt();
        }
        return s;
    }

    /** Writes new versions: each the next version number of its key, current when it is the latest recorded. */
    void write(List<Observation> versions) {
        try (PreparedBatch retire = h.prepareBatch("UPDATE observation SET is_current = FALSE WHERE " + KEY + " AND version = :version");
                PreparedBatch insert = h.prepareBatch(StagedObservation.INSERT)) {
            for (Observation o : versions) {
                StagedObservation row = StagedObservation.of(o, SeriesKeys.encode(o.disaggregation()), o.recordedAt());
                Stored s = stored.computeIfAbsent(UpsertPlan.Key.of(o), k -> new Stored());
                int version = ++s.maxVersion;
                boolean current = s.currentAt == null || o.recordedAt().isAfter(s.currentAt);
                if (current && s.currentVersion > 0) {
                    retire.bind("strategy_id", strategyId).bind("indicator_code", row.indicatorCode()).bind("series_key", row.seriesKey())
                            .bind("period_start", row.periodStart()).bind("period_end", row.periodEnd())
                            .bind("version", s.currentVersion).add();
                }
                if (current) {
                    s.currentVersion = version;
                    s.currentAt = o.recordedAt();
                }
                row.addTo(insert, strategyId, version, current);
                if (insert.size() >= CHUNK) {
                    flush(retire, insert);
                }
            }
            flush(retire, insert);
        }
    }

    /** Inserts first: a version retired by the same batch may be one of the rows inserted by it. */
    private static void flush(PreparedBatch retire, PreparedBatch insert) {
        if (insert.size() > 0) {
            insert.execute();
        }
        if (retire.size() > 0) {
            retire.execute();
        }
    }
}
