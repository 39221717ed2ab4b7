package eu.strateg.persistence.jdbc;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads strategy revisions back from their rows, a Jdbi query and {@link RowMapper} per table: one revision
 * ({@link #one}), or the current revisions of many strategies ({@link #current}) with the same dozen queries, each
 * table read once for all of them and its rows grouped by strategy.
 */
final class StrategyReader {

    private static final String HEADER = "SELECT t.revision, t.territory, t.territory_name, t.territory_level, t.territory_parent, t.title,"
            + " t.kind, t.period_from, t.period_to, t.lifecycle_state, t.adopted_on, t.resolution, t.archived_on, t.vision"
            + " FROM strategy_revision t";

    /** The current revision of each strategy, on table alias {@code t} (the current revision's territory is the strategy's). */
    private static final String CURRENT = " JOIN strategy s ON s.id = t.strategy_id AND s.current_revision = t.revision";

    /** The label of the strategy id column every query adds last, so the mappers' column numbers are those of their own columns. */
    private static final String OF = "of_strategy";

    /** Binds the parameters of {@link #selection}. */
    private interface Binder {
        void bind(Query q);
    }

    private final Handle handle;
    /** Joins and conditions on alias {@code t} choosing the revisions read: the same for every table. */
    private final String selection;
    private final Binder binder;

    private StrategyReader(Handle handle, String selection, Binder binder) {
        this.handle = handle;
        this.selection = selection;
        this.binder = binder;
    }

    /** The current revision ({@code wantedRevision} null) or a given one, if within scope. */
    static Optional<Strategy> one(Handle handle, StrategyId id, Long wantedRevision, Scope scope) {
        String where = " WHERE t.strategy_id = ?" + (wantedRevision == null ? "" : " AND t.revision = ?") + scope.revisionCondition("t");
        StrategyReader header = new StrategyReader(handle, (wantedRevision == null ? CURRENT : "") + where, q -> {
            q.bind(0, id.value());
            if (wantedRevision != null) {
                q.bind(1, wantedRevision.longValue());
            }
            scope.bindRevision(q, wantedRevision == null ? 1 : 2);
        });
        List<Header> found = header.headers();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long revision = found.get(0).revision;
        StrategyReader rows = new StrategyReader(handle, " WHERE t.strategy_id = ? AND t.revision = ?",
                q -> q.bind(0, id.value()).bind(1, revision));
        return Optional.of(rows.assemble(found).get(0));
    }

    /**
     * The current revisions of the strategies with these ids that are within scope, ordered by id. Call it in a
     * transaction that sees one snapshot (repeatable read), so a save meanwhile cannot mix two revisions.
     */
    static List<Strategy> current(Handle handle, Collection<String> ids, Scope scope) {
        String[] array = ids.toArray(String[]::new);
        StrategyReader reader = new StrategyReader(handle, CURRENT + " WHERE t.strategy_id = ANY(?)" + scope.condition("s.territory"),
                q -> scope.bind(q.bindArray(0, String.class, (Object[]) array), 1));
        return reader.assemble(reader.headers());
    }

    private List<Header> headers() {
        return rows(HEADER, "", StrategyReader::header).stream().map(Row::value).toList();
    }

    /** The strategies of these headers, from every table's rows of the selection. */
    private List<Strategy> assemble(List<Header> headers) {
        Map<String, List<String>> levels = byStrategy(rows("SELECT t.name FROM strategy_level t", "t.position", (rs, ctx) -> rs.getString(1)));
        Map<String, List<Element>> elements = elements();
        Map<String, List<Indicator>> indicators = indicators();
        Map<String, List<Project>> projects = projects();
        List<Strategy> out = new ArrayList<>(headers.size());
        for (Header h : headers) {
            out.add(new Strategy(StrategyId.of(h.id), h.revision, h.territory, h.title, h.kind, h.period, h.lifecycle,
                    levels.getOrDefault(h.id, List.of()), h.vision, elements.getOrDefault(h.id, List.of()),
                    indicators.getOrDefault(h.id, List.of()), projects.getOrDefault(h.id, List.of())));
        }
        return out;
    }

    private record Header(String id, long revision, Territory territory, String title, StrategyKind kind, StrategyPeriod period,
            Lifecycle lifecycle, String vision) {
    }

    private static Header header(ResultSet rs, StatementContext ctx) throws SQLException {
        String parent = rs.getString(5);
        Territory t = new Territory(TerritoryCode.parse(rs.getString(2)), rs.getString(3), TerritoryLevel.valueOf(rs.getString(4)),
                parent == null ? null : TerritoryCode.parse(parent));
        Lifecycle lifecycle = new Lifecycle(LifecycleState.valueOf(rs.getString(10)), Database.date(rs, 11), rs.getString(12),
                Database.date(rs, 13));
        return new Header(rs.getString(OF), rs.getLong(1), t, rs.getString(6), StrategyKind.valueOf(rs.getString(7)),
                StrategyPeriod.of(rs.getInt(8), rs.getInt(9)), lifecycle, rs.getString(14));
    }

    private Map<String, List<Element>> elements() {
        Map<String, Map<String, List<String>>> indicators = children("SELECT t.element_code, t.indicator_code FROM element_indicator t",
                "t.element_code, t.position", (rs, ctx) -> rs.getString(2));
        Map<String, Map<String, List<Link>>> links = children("SELECT t.element_code, t.scheme, t.code, t.label FROM element_link t",
                "t.element_code, t.position", (rs, ctx) -> new Link(rs.getString(2), rs.getString(3), rs.getString(4)));
        return byStrategy(rows("SELECT t.code, t.parent_code, t.kind, t.title, t.description, t.responsible, t.weight, t.weight_scale"
                + " FROM element t", "t.position", (rs, ctx) -> new Element(rs.getString(1), rs.getString(2),
                        ElementKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), Decimals.read(rs, 7, 8),
                        of(indicators, rs), of(links, rs))));
    }

    private Map<String, List<Indicator>> indicators() {
        Map<String, Map<String, List<Milestone>>> milestones = children("SELECT t.indicator_code, t.milestone_year, t.target_value,"
                + " t.target_scale FROM milestone t", "t.indicator_code, t.position", 
                (rs, ctx) -> new Milestone(rs.getInt(2), Decimals.read(rs, 3, 4)));
        return byStrategy(rows("SELECT t.code, t.name, t.description, t.unit, t.indicator_type, t.direction, t.periodicity, t.baseline_period,"
                + " t.baseline_value, t.baseline_scale, t.target_value, t.target_scale, t.target_high, t.target_high_scale, t.target_year,"
                + " t.natural_limit, t.natural_limit_scale, t.method, t.display_decimals, t.source, t.formula, t.responsible, t.weight,"
                + " t.weight_scale FROM indicator t", "t.position", (rs, ctx) -> indicator(rs, of(milestones, rs))));
    }

    private static Indicator indicator(ResultSet rs, List<Milestone> milestones) throws SQLException {
        String code = rs.getString(1);
        String baselinePeriod = rs.getString(8);
        Baseline baseline = baselinePeriod == null ? null : new Baseline(Period.parse(baselinePeriod), Decimals.read(rs, 9, 10));
        BigDecimal targetValue = Decimals.read(rs, 11, 12);
        Target target = targetValue == null ? null : new Target(targetValue, Decimals.read(rs, 13, 14), rs.getInt(15));
        return new Indicator(code, rs.getString(2), rs.getString(3), rs.getString(4), IndicatorType.valueOf(rs.getString(5)),
                Direction.valueOf(rs.getString(6)), Periodicity.valueOf(rs.getString(7)), baseline, target,
                milestones, Decimals.read(rs, 16, 17), rs.getString(18), rs.getInt(19), rs.getString(20),
                rs.getString(21), rs.getString(22), Decimals.read(rs, 23, 24));
    }

    private Map<String, List<Project>> projects() {
        Map<String, Map<String, List<String>>> measures = children("SELECT t.project_code, t.measure_code FROM project_measure t",
                "t.project_code, t.position", (rs, ctx) -> rs.getString(2));
        Map<String, Map<String, List<String>>> indicators = children("SELECT t.project_code, t.indicator_code"
                + " FROM project_indicator t", "t.project_code, t.position", (rs, ctx) -> rs.getString(2));
        Map<String, Map<String, List<BudgetLine>>> budget = children("SELECT t.project_code, t.budget_year, t.financing_source,"
                + " t.planned_amount, t.planned_scale, t.planned_currency, t.actual_amount, t.actual_scale, t.actual_currency"
                + " FROM budget_line t", "t.project_code, t.position", StrategyReader::budgetLine);
        return byStrategy(rows("SELECT t.code, t.title, t.description, t.status, t.planned_start, t.planned_end, t.actual_start,"
                + " t.actual_end, t.responsible FROM project t", "t.position", (rs, ctx) -> new Project(rs.getString(1), rs.getString(2),
                        rs.getString(3), of(measures, rs), ProjectStatus.valueOf(rs.getString(4)),
                        new Schedule(Database.date(rs, 5), Database.date(rs, 6)), new Schedule(Database.date(rs, 7), Database.date(rs, 8)),
                        of(budget, rs), rs.getString(9), of(indicators, rs))));
    }

    private static BudgetLine budgetLine(ResultSet rs, StatementContext ctx) throws SQLException {
        Money planned = new Money(Decimals.read(rs, 4, 5), Currency.getInstance(rs.getString(6).trim()));
        BigDecimal actualAmount = Decimals.read(rs, 7, 8);
        Money actual = actualAmount == null ? null : new Money(actualAmount, Currency.getInstance(rs.getString(9).trim()));
        return new BudgetLine(rs.getInt(2), FinancingSource.valueOf(rs.getString(3)), planned, actual);
    }

    /** A row of a query of {@link #rows}, with the id of its strategy. */
    private record Row<T>(String strategy, T value) {
    }

    /**
     * The rows of {@code select} ("SELECT t.… FROM table t") for the revisions of the selection, ordered by strategy id
     * and then {@code orderBy} (empty: by strategy id only).
     */
    private <T> List<Row<T>> rows(String select, String orderBy, RowMapper<T> row) {
        int from = select.indexOf(" FROM ");
        String sql = select.substring(0, from) + ", t.strategy_id AS " + OF + select.substring(from) + selection + " ORDER BY t.strategy_id"
                + (orderBy.isEmpty() ? "" : ", " + orderBy);
        Query q = handle.createQuery(sql);
        binder.bind(q);
        return q.map((rs, ctx) -> new Row<>(rs.getString(OF), row.map(rs, ctx))).list();
    }

    private static <T> Map<String, List<T>> byStrategy(List<Row<T>> rows) {
        Map<String, List<T>> out = new HashMap<>();
        for (Row<T> r : rows) {
            out.computeIfAbsent(r.strategy(), k -> new ArrayList<>()).add(r.value());
        }
        return out;
    }

    /** The rows of a child table ({@link #rows}) by strategy id and then by their first column, the parent's code. */
    private <T> Map<String, Map<String, List<T>>> children(String select, String orderBy, RowMapper<T> row) {
        return byStrategyAndKey(rows(select, orderBy, (rs, ctx) -> Map.entry(rs.getString(1), row.map(rs, ctx))));
    }

    /** Rows of a child table by strategy id and then by their first column (the parent's code), in query order. */
    private static <T> Map<String, Map<String, List<T>>> byStrategyAndKey(List<Row<Map.Entry<String, T>>> rows) {
        Map<String, Map<String, List<T>>> out = new HashMap<>();
        for (Row<Map.Entry<String, T>> r : rows) {
            out.computeIfAbsent(r.strategy(), k -> new HashMap<>()).computeIfAbsent(r.value().getKey(), k -> new ArrayList<>())
                    .add(r.value().getValue());
        }
        return out;
    }

    /** The children of the current row's parent (its strategy, its first column). */
    private static <T> List<T> of(Map<String, Map<String, List<T>>> children, ResultSet rs) throws SQLException {
        return children.getOrDefault(rs.getString(OF), Map.of()).getOrDefault(rs.getString(1), List.of());
    }
}
