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
 * Reads one strategy revision back from its rows, a Jdbi query and {@link RowMapper} per table. The caller has
 * checked the revision is within scope.
 */
final class StrategyReader {

    private static final String HEADER = "SELECT r.revision, r.territory, r.territory_name, r.territory_level, r.territory_parent, r.title,"
            + " r.kind, r.period_from, r.period_to, r.lifecycle_state, r.adopted_on, r.resolution, r.archived_on, r.vision"
            + " FROM strategy_revision r";

    private final Handle handle;
    private final String id;
    private long revision;

    StrategyReader(Handle handle, StrategyId id) {
        this.handle = handle;
        this.id = id.value();
    }

    /** The revision selected by {@code where} (on alias {@code r}: {@link Scope#revisionCondition}, bound after the id and revision). */
    Optional<Strategy> read(String join, String where, Long wantedRevision, Scope scope) {
        Query q = handle.createQuery(HEADER + join + " WHERE r.strategy_id = ?" + (wantedRevision == null ? "" : " AND r.revision = ?")
                + where).bind(0, id);
        if (wantedRevision != null) {
            q.bind(1, wantedRevision.longValue());
        }
        scope.bindRevision(q, wantedRevision == null ? 1 : 2);
        Optional<Header> found = q.map(StrategyReader::header).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Header h = found.get();
        revision = h.revision;
        List<String> levels = list("SELECT name FROM strategy_level WHERE strategy_id = ? AND revision = ? ORDER BY position",
                (rs, ctx) -> rs.getString(1));
        return Optional.of(new Strategy(StrategyId.of(id), h.revision, h.territory, h.title, h.kind, h.period, h.lifecycle, levels,
                h.vision, elements(), indicators(), projects()));
    }

    private record Header(long revision, Territory territory, String title, StrategyKind kind, StrategyPeriod period,
            Lifecycle lifecycle, String vision) {
    }

    private static Header header(ResultSet rs, StatementContext ctx) throws SQLException {
        String parent = rs.getString(5);
        Territory t = new Territory(TerritoryCode.parse(rs.getString(2)), rs.getString(3), TerritoryLevel.valueOf(rs.getString(4)),
                parent == null ? null : TerritoryCode.parse(parent));
        Lifecycle lifecycle = new Lifecycle(LifecycleState.valueOf(rs.getString(10)), Database.date(rs, 11), rs.getString(12),
                Database.date(rs, 13));
        return new Header(rs.getLong(1), t, rs.getString(6), StrategyKind.valueOf(rs.getString(7)),
                StrategyPeriod.of(rs.getInt(8), rs.getInt(9)), lifecycle, rs.getString(14));
    }

    private List<Element> elements() {
        Map<String, List<String>> indicators = grouped("SELECT element_code, indicator_code FROM element_indicator"
                + " WHERE strategy_id = ? AND revision = ? ORDER BY element_code, position", (rs, ctx) -> rs.getString(2));
        Map<String, List<Link>> links = grouped("SELECT element_code, scheme, code, label FROM element_link"
                + " WHERE strategy_id = ? AND revision = ? ORDER BY element_code, position",
                (rs, ctx) -> new Link(rs.getString(2), rs.getString(3), rs.getString(4)));
        return list("SELECT code, parent_code, kind, title, description, responsible, weight, weight_scale FROM element"
                + " WHERE strategy_id = ? AND revision = ? ORDER BY position", (rs, ctx) -> new Element(rs.getString(1), rs.getString(2),
                        ElementKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6), Decimals.read(rs, 7, 8),
                        indicators.getOrDefault(rs.getString(1), List.of()), links.getOrDefault(rs.getString(1), List.of())));
    }

    private List<Indicator> indicators() {
        Map<String, List<Milestone>> milestones = grouped("SELECT indicator_code, milestone_year, target_value, target_scale"
                + " FROM milestone WHERE strategy_id = ? AND revision = ? ORDER BY indicator_code, position",
                (rs, ctx) -> new Milestone(rs.getInt(2), Decimals.read(rs, 3, 4)));
        return list("SELECT code, name, description, unit, indicator_type, direction, periodicity, baseline_period, baseline_value,"
                + " baseline_scale, target_value, target_scale, target_high, target_high_scale, target_year, natural_limit,"
                + " natural_limit_scale, method, display_decimals, source, formula, responsible, weight, weight_scale"
                + " FROM indicator WHERE strategy_id = ? AND revision = ? ORDER BY position", (rs, ctx) -> indicator(rs, milestones));
    }

    private static Indicator indicator(ResultSet rs, Map<String, List<Milestone>> milestones) throws SQLException {
        String code = rs.getString(1);
        String baselinePeriod = rs.getString(8);
        Baseline baseline = baselinePeriod == null ? null : new Baseline(Period.parse(baselinePeriod), Decimals.read(rs, 9, 10));
        BigDecimal targetValue = Decimals.read(rs, 11, 12);
        Target target = targetValue == null ? null : new Target(targetValue, Decimals.read(rs, 13, 14), rs.getInt(15));
        return new Indicator(code, rs.getString(2), rs.getString(3), rs.getString(4), IndicatorType.valueOf(rs.getString(5)),
                Direction.valueOf(rs.getString(6)), Periodicity.valueOf(rs.getString(7)), baseline, target,
                milestones.getOrDefault(code, List.of()), Decimals.read(rs, 16, 17), rs.getString(18), rs.getInt(19), rs.getString(20),
                rs.getString(21), rs.getString(22), Decimals.read(rs, 23, 24));
    }

    private List<Project> projects() {
        Map<String, List<String>> measures = grouped("SELECT project_code, measure_code FROM project_measure"
                + " WHERE strategy_id = ? AND revision = ? ORDER BY project_code, position", (rs, ctx) -> rs.getString(2));
        Map<String, List<String>> indicators = grouped("SELECT project_code, indicator_code FROM project_indicator"
                + " WHERE strategy_id = ? AND revision = ? ORDER BY project_code, position", (rs, ctx) -> rs.getString(2));
        Map<String, List<BudgetLine>> budget = grouped("SELECT project_code, budget_year, financing_source, planned_amount,"
                + " planned_scale, planned_currency, actual_amount, actual_scale, actual_currency FROM budget_line"
                + " WHERE strategy_id = ? AND revision = ? ORDER BY project_code, position", StrategyReader::budgetLine);
        return list("SELECT code, title, description, status, planned_start, planned_end, actual_start, actual_end, responsible"
                + " FROM project WHERE strategy_id = ? AND revision = ? ORDER BY position", (rs, ctx) -> {
                    String code = rs.getString(1);
                    return new Project(code, rs.getString(2), rs.getString(3), measures.getOrDefault(code, List.of()),
                            ProjectStatus.valueOf(rs.getString(4)), new Schedule(Database.date(rs, 5), Database.date(rs, 6)),
                            new Schedule(Database.date(rs, 7), Database.date(rs, 8)), budget.getOrDefault(code, List.of()),
                            rs.getString(9), indicators.getOrDefault(code, List.of()));
                });
    }

    private static BudgetLine budgetLine(ResultSet rs, StatementContext ctx) throws SQLException {
        Money planned = new Money(Decimals.read(rs, 4, 5), Currency.getInstance(rs.getString(6).trim()));
        BigDecimal actualAmount = Decimals.read(rs, 7, 8);
        Money actual = actualAmount == null ? null : new Money(actualAmount, Currency.getInstance(rs.getString(9).trim()));
        return new BudgetLine(rs.getInt(2), FinancingSource.valueOf(rs.getString(3)), planned, actual);
    }

    /** The rows of {@code sql}, whose two parameters are the strategy's id and the revision read. */
    private <T> List<T> list(String sql, RowMapper<T> row) {
        return handle.createQuery(sql).bind(0, id).bind(1, revision).map(row).list();
    }

    /** Rows grouped by their first column, in query order. */
    private <T> Map<String, List<T>> grouped(String sql, RowMapper<T> row) {
        Map<String, List<T>> out = new HashMap<>();
        for (Map.Entry<String, T> e : list(sql, (rs, ctx) -> Map.entry(rs.getString(1), row.map(rs, ctx)))) {
            out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return out;
    }
}
