package eu.strateg.persistence.jdbc;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.Territory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Writes the rows of one strategy revision, table by table, on the caller's transaction. */
final class StrategyWriter {

    private final Connection c;
    private final String id;
    private final long revision;
    private final String what;

    StrategyWriter(Connection connection, Strategy strategy) {
        this.c = connection;
        this.id = strategy.id().value();
        this.revision = strategy.revision();
        this.what = "Saving strategy " + id + " as revision " + revision;
    }

    void write(Strategy s, Instant savedAt) throws SQLException {
        revision(s, savedAt);
        levels(s.levelNames());
        elements(s.elements());
        indicators(s.indicators());
        projects(s.projects());
    }

    private void revision(Strategy s, Instant savedAt) throws SQLException {
        Territory t = s.territory();
        try (Insert in = new Insert(c, "strategy_revision", "strategy_id", "revision", "saved_at", "territory", "territory_name",
                "territory_level", "territory_parent", "title", "kind", "period_from", "period_to", "lifecycle_state", "adopted_on",
                "resolution", "archived_on", "vision")) {
            in.row(id, revision, savedAt, t.code().toString(), t.name(), t.level(), t.parent() == null ? null : t.parent().toString(),
                    s.title(), s.kind(), s.period().fromYear(), s.period().toYear(), s.lifecycle().state(), s.lifecycle().adoptedOn(),
                    s.lifecycle().resolution(), s.lifecycle().archivedOn(), s.vision()).run(what);
        } catch (StorageException e) {
            if (Database.isUniqueViolation(e.getCause())) {
                throw new RevisionTaken(e);
            }
            throw e;
        }
    }

    /**
     * The revision's row exists already: another saver of the same expected revision committed first. H2 can let two
     * savers past the locked compare in {@code JdbcStrategyRepository}; the primary key of {@code strategy_revision} is the
     * last guard, and the loser is told of a conflict like any other.
     */
    static final class RevisionTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RevisionTaken(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private void levels(List<String> names) throws SQLException {
        try (Insert in = new Insert(c, "strategy_level", "strategy_id", "revision", "position", "name")) {
            for (int i = 0; i < names.size(); i++) {
                in.row(id, revision, i, names.get(i));
            }
            in.run(what);
        }
    }

    private void elements(List<Element> elements) throws SQLException {
        try (Insert el = new Insert(c, "element", "strategy_id", "revision", "position", "code", "parent_code", "kind", "title",
                "description", "responsible", "weight", "weight_scale");
                Insert ind = new Insert(c, "element_indicator", "strategy_id", "revision", "element_code", "position", "indicator_code");
                Insert links = new Insert(c, "element_link", "strategy_id", "revision", "element_code", "position", "scheme", "code", "label")) {
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                el.row(id, revision, i, e.code(), e.parentCode(), e.kind(), e.title(), e.description(), e.responsible(), e.weight(),
                        Decimals.scale(e.weight()));
                for (int j = 0; j < e.indicatorCodes().size(); j++) {
                    ind.row(id, revision, e.code(), j, e.indicatorCodes().get(j));
                }
                for (int j = 0; j < e.links().size(); j++) {
                    Link l = e.links().get(j);
                    links.row(id, revision, e.code(), j, l.scheme(), l.code(), l.label());
                }
            }
            el.run(what);
            ind.run(what);
            links.run(what);
        }
    }

    private void indicators(List<Indicator> indicators) throws SQLException {
        try (Insert in = new Insert(c, "indicator", "strategy_id", "revision", "position", "code", "name", "description", "unit",
                "indicator_type", "direction", "periodicity", "baseline_period", "baseline_value", "baseline_scale", "target_value",
                "target_scale", "target_high", "target_high_scale", "target_year", "natural_limit", "natural_limit_scale", "method",
                "display_decimals", "source", "formula", "responsible", "weight", "weight_scale");
                Insert ms = new Insert(c, "milestone", "strategy_id", "revision", "indicator_code", "position", "milestone_year",
                        "target_value", "target_scale")) {
            for (int i = 0; i < indicators.size(); i++) {
                Indicator x = indicators.get(i);
                Baseline b = x.baseline();
                Target t = x.target();
                BigDecimal bv = b == null ? null : b.value();
                BigDecimal tv = t == null ? null : t.value();
                BigDecimal th = t == null ? null : t.high();
                in.row(id, revision, i, x.code(), x.name(), x.description(), x.unit(), x.type(), x.direction(), x.periodicity(),
                        b == null ? null : b.period().toString(), bv, Decimals.scale(bv), tv, Decimals.scale(tv), th, Decimals.scale(th),
                        t == null ? null : t.year(), x.naturalLimit(), Decimals.scale(x.naturalLimit()), x.method(), x.displayDecimals(),
                        x.source(), x.formula(), x.responsible(), x.weight(), Decimals.scale(x.weight()));
                for (int j = 0; j < x.milestones().size(); j++) {
                    Milestone m = x.milestones().get(j);
                    ms.row(id, revision, x.code(), j, m.year(), m.value(), Decimals.scale(m.value()));
                }
            }
            in.run(what);
            ms.run(what);
        }
    }

    private void projects(List<Project> projects) throws SQLException {
        try (Insert pr = new Insert(c, "project", "strategy_id", "revision", "position", "code", "title", "description", "status",
                "planned_start", "planned_end", "actual_start", "actual_end", "responsible");
                Insert pm = new Insert(c, "project_measure", "strategy_id", "revision", "project_code", "position", "measure_code");
                Insert pi = new Insert(c, "project_indicator", "strategy_id", "revision", "project_code", "position", "indicator_code");
                Insert bl = new Insert(c, "budget_line", "strategy_id", "revision", "project_code", "position", "budget_year",
                        "financing_source", "planned_amount", "planned_scale", "planned_currency", "actual_amount", "actual_scale",
                        "actual_currency")) {
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                pr.row(id, revision, i, p.code(), p.title(), p.description(), p.status(), p.planned().start(), p.planned().end(),
                        p.actual().start(), p.actual().end(), p.responsible());
                for (int j = 0; j < p.measureCodes().size(); j++) {
                    pm.row(id, revision, p.code(), j, p.measureCodes().get(j));
                }
                for (int j = 0; j < p.indicatorCodes().size(); j++) {
                    pi.row(id, revision, p.code(), j, p.indicatorCodes().get(j));
                }
                for (int j = 0; j < p.budget().size(); j++) {
                    BudgetLine b = p.budget().get(j);
                    BigDecimal actual = b.actual() == null ? null : b.actual().amount();
                    bl.row(id, revision, p.code(), j, b.year(), b.source(), b.planned().amount(), Decimals.scale(b.planned().amount()),
                            b.planned().currency().getCurrencyCode(), actual, Decimals.scale(actual),
                            b.actual() == null ? null : b.actual().currency().getCurrencyCode());
                }
            }
            pr.run(what);
            pm.run(what);
            pi.run(what);
            bl.run(what);
        }
    }
}
