package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertPlan;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.AnnualValueSink;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * An {@link ObservationStore} in table {@code observation} (PostgreSQL or H2), every version kept: a correction adds
 * a version, and {@code is_current} marks the version with the greatest recorded-at time.
 *
 * <p>What an upsert stores is decided by core's {@link UpsertPlan}, as in every store; the value as of a time is the
 * version with the greatest recorded-at time at or before it (core's {@code ObservationVersions.inForce}, in SQL).
 * A strategy's first bulk load on PostgreSQL is COPYed; otherwise JDBC batches write the new versions. Either way
 * one upsert is one transaction: all or nothing. Recorded-at times are kept to the microsecond.
 *
 * <p>A store {@linkplain #scopedTo scoped} to territories reads and writes only observations of strategies whose
 * current revision belongs to one of them (observations of a strategy not saved yet are out of every scope).
 */
public final class JdbcObservationStore implements ObservationStore {

    private final Database db;
    private final Clock clock;
    private final Scope scope;

    JdbcObservationStore(Database db, Clock clock, Scope scope) {
        this.db = db;
        this.clock = clock;
        this.scope = scope;
    }

    /** The same store, limited to observations of strategies of the given territories. */
    public JdbcObservationStore scopedTo(Set<TerritoryCode> territories) {
        return new JdbcObservationStore(db, clock, Scope.of(territories));
    }

    @Override
    public UpsertResult upsert(StrategyId strategy, Collection<Observation> observations) {
        check(strategy, observations);
        String what = "Storing " + observations.size() + " observations of strategy " + strategy;
        return db.inTransaction(what, h -> {
            requireInScope(h, strategy, what);
            lockStrategy(h, strategy);
            ObservationVersionTable table = new ObservationVersionTable(h, strategy.value());
            UpsertPlan plan = UpsertPlan.of(observations, table.versions(observations.size()), Database.micros(clock.instant()),
                    clock.getZone());
            if (db.dialect() == Dialect.POSTGRES && table.strategyWasEmpty() && !plan.toStore().isEmpty()) {
                List<StagedObservation> rows = staged(plan.toStore());
                if (!mayRepeatKeys(rows)) {
                    new CopyObservationLoader(h.getConnection(), strategy.value()).load(rows);
                    return plan.result();
                }
            }
            table.write(plan.toStore());
            return plan.result();
        });
    }

    /** Input the plan cannot judge: a missing strategy or list, a disaggregation too long for the table's key. */
    private static void check(StrategyId strategy, Collection<Observation> observations) {
        Problems p = new Problems();
        if (strategy == null) {
            p.add("strategy", "is required");
        }
        if (observations == null) {
            p.add("observations", "are required (an empty list is fine)");
        }
        p.throwIfAny();
        int i = 0;
        for (Observation o : observations) {
            String path = "observations[" + i++ + "]";
            if (o != null) {
                p.collect(path, () -> SeriesKeys.encodeChecked(o.disaggregation(), "disaggregation"));
            }
        }
        p.throwIfAny();
    }

    private static List<StagedObservation> staged(List<Observation> versions) {
        List<StagedObservation> rows = new ArrayList<>(versions.size());
        for (Observation o : versions) {
            rows.add(StagedObservation.of(o, SeriesKeys.encode(o.disaggregation()), o.recordedAt()));
        }
        return rows;
    }

    /** Whether two rows may share a series and period (exact when it says no; a hash collision only takes the slower path). */
    private static boolean mayRepeatKeys(List<StagedObservation> rows) {
        long[] hashes = new long[rows.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = rows.get(i).identityHash();
        }
        Arrays.sort(hashes);
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i] == hashes[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Serialises upserts of one strategy (on both engines): two imports that overlap would otherwise both see "no
     * value yet" and both insert the first version. Found by the reliability concurrency test on H2.
     */
    private static void lockStrategy(Handle h, StrategyId strategy) {
        h.createQuery("SELECT id FROM strategy WHERE id = ? FOR UPDATE").bind(0, strategy.value()).mapTo(String.class).list();
    }

    private void requireInScope(Handle h, StrategyId strategy, String what) {
        if (scope.isAll()) {
            return;
        }
        Query q = h.createQuery("SELECT 1 FROM strategy WHERE id = ?" + scope.condition("territory")).bind(0, strategy.value());
        scope.bind(q, 1);
        if (q.mapTo(Integer.class).findFirst().isEmpty()) {
            throw ValidationException.of("strategy", "%s: strategy %s is not one of this store's territories %s", what, strategy, scope);
        }
    }

    @Override
    public List<Observation> find(ObservationQuery query) {
        List<Observation> out = new ArrayList<>();
        forEach(query, out::add);
        return out;
    }

    @Override
    public void forEach(ObservationQuery query, Consumer<Observation> sink) {
        if (query == null || sink == null) {
            throw new ValidationException("query", "a query and a sink are required");
        }
        db.withHandle("Reading observations of strategy " + query.strategy(), h -> {
            Query q = ObservationReader.bind(h.createQuery(ObservationReader.find(query, scope)), query, scope);
            new ObservationReader().stream(q, sink);
            return null;
        });
    }

    /** In one streamed query (a cursor of {@code FETCH_SIZE} rows on PostgreSQL), strategies in id order (code-point order). */
    @Override
    public void forEachStrategy(Collection<StrategyId> strategies, Set<String> indicatorCodes,
            BiConsumer<StrategyId, List<Observation>> sink) {
        readMany(strategies, indicatorCodes, sink, "observations", (h, ids, codes) -> new ObservationReader()
                .streamMany(ObservationReader.bindMany(h.createQuery(ObservationReader.findMany(codes, scope)), ids, codes, scope), sink));
    }

    /**
     * In one streamed query of five columns (a cursor of {@code FETCH_SIZE} rows on PostgreSQL), in the order the
     * database returns the rows; the scope as for {@link #forEachStrategy}.
     */
    @Override
    public void forEachAnnualValue(Collection<StrategyId> strategies, Set<String> indicatorCodes, AnnualValueSink sink) {
        readMany(strategies, indicatorCodes, sink, "annual values", (h, ids, codes) -> ObservationReader
                .streamAnnual(ObservationReader.bindAnnual(h.createQuery(ObservationReader.findAnnual(codes, scope)), ids, codes, scope), sink));
    }

    /** A read of many strategies' values, given their distinct ids and the codes in order. */
    private interface ManyRead {
        void run(Handle h, Set<String> ids, Set<String> codes);
    }

    /** Checks the arguments of a read of many strategies and runs it on one handle, unless no strategy is asked for. */
    private void readMany(Collection<StrategyId> strategies, Set<String> indicatorCodes, Object sink, String what, ManyRead read) {
        if (strategies == null || indicatorCodes == null || sink == null) {
            throw new ValidationException("", "strategies, indicator codes (an empty set for all) and a sink are required");
        }
        Set<String> ids = JdbcStrategyRepository.values(strategies, "strategies");
        if (ids.isEmpty()) {
            return;
        }
        Set<String> codes = new TreeSet<>(indicatorCodes);
        db.withHandle("Reading the " + what + " of " + ids.size() + " strategies", h -> {
            read.run(h, ids, codes);
            return null;
        });
    }

    @Override
    public List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
        if (strategy == null || series == null || period == null) {
            throw new ValidationException("", "a strategy, a series and a period are required");
        }
        String key = SeriesKeys.encode(series.disaggregation());
        return db.withHandle("Reading the history of " + series + " " + period + " of strategy " + strategy, h -> {
            Query q = h.createQuery(ObservationReader.COLUMNS + " WHERE o.strategy_id = ? AND o.indicator_code = ?"
                    + " AND o.series_key = ? AND o.period_start = ? AND o.period_end = ?" + ObservationReader.scopeCondition(scope)
                    + " ORDER BY o.recorded_at, o.version")
                    .bind(0, strategy.value()).bind(1, series.indicatorCode()).bind(2, key).bind(3, period.start()).bind(4, period.end());
            scope.bind(q, 5);
            return new ObservationReader().list(q);
        });
    }

    @Override
    public long count(StrategyId strategy) {
        if (strategy == null) {
            throw new ValidationException("strategy", "is required");
        }
        return db.withHandle("Counting observations of strategy " + strategy, h -> {
            Query q = h.createQuery("SELECT COUNT(*) FROM observation o WHERE o.strategy_id = ? AND o.is_current"
                    + ObservationReader.scopeCondition(scope)).bind(0, strategy.value());
            scope.bind(q, 1);
            return q.mapTo(Long.class).one();
        });
    }
}
