package eu.strateg.persistence.jdbc;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.AnnualValueSink;
import eu.strateg.core.strategy.StrategyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps observation rows to {@link Observation}s and streams a query's rows: a fetch size so PostgreSQL streams
 * through a cursor, and the few distinct periods and series keys of a result parsed once each (so one reader serves
 * one query or one transaction).
 */
final class ObservationReader implements RowMapper<Observation> {

    private static final String COLUMN_LIST = "o.indicator_code, o.series_key, o.period, o.num_value, o.num_scale, o.status, o.source,"
            + " o.note, o.recorded_at";

    static final String COLUMNS = "SELECT " + COLUMN_LIST + " FROM observation o";

    private static final int FETCH_SIZE = 2000;

    private final Map<String, Period> periods = new HashMap<>();
    private final Map<String, SortedMap<String, String>> series = new HashMap<>();

    /**
     * The current rows of a query (or those known as of its instant), ordered by indicator, series and period.
     * The scope's condition restricts the strategy itself, in SQL.
     */
    static String find(ObservationQuery q, Scope scope) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" WHERE o.strategy_id = ?");
        if (q.asOf() == null) {
            sql.append(" AND o.is_current");
        } else {
            // core's rule (ObservationVersions.inForce): the version with the greatest recorded-at time at or before the instant
            sql.append(" AND o.recorded_at <= ? AND NOT EXISTS (SELECT 1 FROM observation v")
                    .append(" WHERE v.strategy_id = o.strategy_id AND v.indicator_code = o.indicator_code")
                    .append(" AND v.series_key = o.series_key AND v.period_start = o.period_start AND v.period_end = o.period_end")
                    .append(" AND v.recorded_at <= ? AND (v.recorded_at > o.recorded_at")
                    .append(" OR v.recorded_at = o.recorded_at AND v.version > o.version))"); // a tie only in data stored before 0.2
        }
        if (!q.indicatorCodes().isEmpty()) {
            sql.append(" AND o.indicator_code IN (").append(String.join(", ", Collections.nCopies(q.indicatorCodes().size(), "?")))
                    .append(')');
        }
        if (q.from() != null) {
            sql.append(" AND o.period_start >= ?");
        }
        if (q.to() != null) {
            sql.append(" AND o.period_end <= ?");
        }
        sql.append(scopeCondition(scope));
        return sql.append(" ORDER BY o.indicator_code, o.series_key, o.period_start, o.period_end").toString();
    }

    /**
     * The current rows of many strategies (bound by {@link #bindMany}: an array of ids, then the codes, then the scope),
     * with the strategy id as the tenth column, ordered by strategy and then as {@link #find}.
     */
    static String findMany(Set<String> indicatorCodes, Scope scope) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMN_LIST).append(", o.strategy_id FROM observation o")
                .append(" WHERE o.is_current AND o.strategy_id = ANY(?)");
        if (!indicatorCodes.isEmpty()) {
            sql.append(" AND o.indicator_code IN (").append(String.join(", ", Collections.nCopies(indicatorCodes.size(), "?"))).append(')');
        }
        sql.append(scopeCondition(scope));
        return sql.append(" ORDER BY o.strategy_id, o.indicator_code, o.series_key, o.period_start, o.period_end").toString();
    }

    /** Binds the parameters of {@link #findMany} in order. */
    static Query bindMany(Query query, Collection<String> strategies, Set<String> indicatorCodes, Scope scope) {
        query.bindArray(0, String.class, (Object[]) strategies.toArray(String[]::new));
        return bindCodesAndScope(query, 1, indicatorCodes, scope);
    }

    /** Binds the codes from parameter {@code first} on, then the scope. */
    private static Query bindCodesAndScope(Query query, int first, Set<String> indicatorCodes, Scope scope) {
        int i = first;
        for (String code : indicatorCodes) {
            query.bind(i++, code);
        }
        scope.bind(query, i);
        return query;
    }

    /**
     * Streams the rows of {@link #findMany} and hands each strategy's observations to {@code sink} once they have all
     * arrived (rows come in strategy order), so memory holds one strategy's rows beside what the sink keeps.
     */
    void streamMany(Query query, BiConsumer<StrategyId, List<Observation>> sink) {
        query.setFetchSize(FETCH_SIZE);
        ByStrategy grouped = new ByStrategy(sink);
        query.getHandle().useTransaction(h -> query.map((rs, ctx) -> {
            grouped.next(rs.getString(10));
            return map(rs, ctx);
        }).forEach(grouped::add));
        grouped.flush();
    }

    /** Collects consecutive rows of one strategy; hands them over when the next strategy's first row comes. */
    private static final class ByStrategy {
        private final BiConsumer<StrategyId, List<Observation>> sink;
        private String strategy;
        private List<Observation> values = new ArrayList<>();

        ByStrategy(BiConsumer<StrategyId, List<Observation>> sink) {
            this.sink = sink;
        }

        /** Called before each row is mapped, with the row's strategy id. */
        void next(String id) {
            if (!id.equals(strategy)) {
                flush();
                strategy = id;
            }
        }

        void add(Observation o) {
            values.add(o);
        }

        void flush() {
            if (strategy != null && !values.isEmpty()) {
                sink.accept(StrategyId.of(strategy), values);
                values = new ArrayList<>();
            }
        }
    }

    /**
     * The current headline annual values of many strategies: strategy id, indicator code, year (a period of four
     * characters is a year), value and scale; bound by {@link #bindAnnual}. Unordered: the sink groups them.
     */
    static String findAnnual(Set<String> indicatorCodes, Scope scope) {
        StringBuilder sql = new StringBuilder("SELECT o.strategy_id, o.indicator_code, o.period, o.num_value, o.num_scale")
                .append(" FROM observation o WHERE o.is_current AND o.strategy_id = ANY(?) AND o.series_key = ?")
                .append(" AND CHAR_LENGTH(o.period) = 4");
        if (!indicatorCodes.isEmpty()) {
            sql.append(" AND o.indicator_code IN (").append(String.join(", ", Collections.nCopies(indicatorCodes.size(), "?"))).append(')');
        }
        return sql.append(scopeCondition(scope)).toString();
    }

    /** Binds the parameters of {@link #findAnnual} in order. */
    static Query bindAnnual(Query query, Collection<String> strategies, Set<String> indicatorCodes, Scope scope) {
        query.bindArray(0, String.class, (Object[]) strategies.toArray(String[]::new));
        query.bind(1, SeriesKeys.HEADLINE);
        return bindCodesAndScope(query, 2, indicatorCodes, scope);
    }

    /**
     * Streams the rows of {@link #findAnnual} to {@code sink} through a cursor, in a transaction (as {@link #stream});
     * consecutive rows of one strategy share one {@link StrategyId}.
     */
    static void streamAnnual(Query query, AnnualValueSink sink) {
        query.setFetchSize(FETCH_SIZE);
        query.getHandle().useTransaction(h -> query.scanResultSet((supplier, ctx) -> {
            ResultSet rs = supplier.get();
            String lastId = null;
            StrategyId strategy = null;
            while (rs.next()) {
                String id = rs.getString(1);
                if (!id.equals(lastId)) {
                    lastId = id;
                    strategy = StrategyId.of(id);
                }
                sink.accept(strategy, rs.getString(2), Integer.parseInt(rs.getString(3)), Decimals.read(rs, 4, 5));
            }
            return null;
        }));
    }

    /** Limits rows to strategies whose current territory is in scope. */
    static String scopeCondition(Scope scope) {
        if (scope.isAll()) {
            return "";
        }
        return " AND EXISTS (SELECT 1 FROM strategy s WHERE s.id = o.strategy_id" + scope.condition("s.territory") + ")";
    }

    /** Binds the parameters of {@link #find} in order. */
    static Query bind(Query query, ObservationQuery q, Scope scope) {
        int i = 0;
        query.bind(i++, q.strategy().value());
        if (q.asOf() != null) {
            // floored to the microsecond, the precision of stored times: PostgreSQL would round 23:59:59.999999999 up to
            // the next midnight, and see a value known from that midnight on the day before
            Instant asOf = Database.micros(q.asOf());
            query.bind(i++, asOf);
            query.bind(i++, asOf);
        }
        for (String code : new java.util.TreeSet<>(q.indicatorCodes())) {
            query.bind(i++, code);
        }
        if (q.from() != null) {
            query.bind(i++, q.from().start());
        }
        if (q.to() != null) {
            query.bind(i++, q.to().end());
        }
        scope.bind(query, i);
        return query;
    }

    /**
     * Runs a bound query and hands each row to {@code sink}, in a transaction (PostgreSQL only honours the fetch size
     * inside one; a running transaction is joined).
     */
    void stream(Query query, Consumer<Observation> sink) {
        query.setFetchSize(FETCH_SIZE);
        query.getHandle().useTransaction(h -> query.map(this).forEach(sink));
    }

    List<Observation> list(Query query) {
        List<Observation> out = new ArrayList<>();
        stream(query, out::add);
        return out;
    }

    /** The observation of the current row (the first nine columns, as {@link #COLUMNS}). */
    @Override
    public Observation map(ResultSet rs, StatementContext ctx) throws SQLException {
        Period period = periods.computeIfAbsent(rs.getString(3), Period::parse);
        SortedMap<String, String> disaggregation = series.computeIfAbsent(rs.getString(2), SeriesKeys::decode);
        return new Observation(rs.getString(1), period, Decimals.read(rs, 4, 5), disaggregation,
                ObservationStatus.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), Database.instant(rs, 9));
    }
}
