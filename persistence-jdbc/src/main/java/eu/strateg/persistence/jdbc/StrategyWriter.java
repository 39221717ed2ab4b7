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
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the rows of one strategy revision, table by table, on the caller's transaction: one Jdbi
 * {@link PreparedBatch} per table, bound by column name; a failure names the table.
 */
final class StrategyWriter {

    private final Handle h;
    private final String id;
    private final long revision;
    private final String what;

    StrategyWriter(Handle handle, Strategy strategy) {
        this.h = handle;
        this.id = strategy.id().value();
        this.revision = strategy.revision();
        this.what = "Saving strategy " + id + " as revision " + revision;
    }

    void write(Strategy s, Instant savedAt) {
        revision(s, savedAt);
        levels(s.levelNames());
        elements(s.elements());
        indicators(s.indicators());
        projects(s.projects());
    }

    private void revision(Strategy s, Instant savedAt) {
        Territory t = s.territory();
        try (PreparedBatch in = insert("strategy_revision", "saved_at", "territory", "territory_name", "territory_level",
                "territory_parent", "title", "kind", "period_from", "period_to", "lifecycle_state", "adopted_on", "resolution",
                "archived_on", "vision")) {
            row(in).bind("saved_at", savedAt).bind("territory", t.code().toString()).bind("territory_name", t.name())
                    .bind("territory_level", t.level()).bind("territory_parent", t.parent() == null ? null : t.parent().toString())
                    .bind("title", s.title()).bind("kind", s.kind()).bind("period_from", s.period().fromYear())
                    .bind("period_to", s.period().toYear()).bind("lifecycle_state", s.lifecycle().state())
                    .bind("adopted_on", s.lifecycle().adoptedOn()).bind("resolution", s.lifecycle().resolution())
                    .bind("archived_on", s.lifecycle().archivedOn()).bind("vision", s.vision()).add();
            run("strategy_revision", in);
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

    private void levels(List<String> names) {
        try (PreparedBatch in = insert("strategy_level", "position", "name")) {
            for (int i = 0; i < names.size(); i++) {
                row(in).bind("position", i).bind("name", names.get(i)).add();
            }
            run("strategy_level", in);
        }
    }

    private void elements(List<Element> elements) {
        try (PreparedBatch el = insert("element", "position", "code", "parent_code", "kind", "title", "description", "responsible",
                "weight", "weight_scale");
                PreparedBatch ind = insert("element_indicator", "element_code", "position", "indicator_code");
                PreparedBatch links = insert("element_link", "element_code", "position", "scheme", "code", "label")) {
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                row(el).bind("position", i).bind("code", e.code()).bind("parent_code", e.parentCode()).bind("kind", e.kind())
                        .bind("title", e.title()).bind("description", e.description()).bind("responsible", e.responsible())
                        .bind("weight", e.weight()).bind("weight_scale", Decimals.scale(e.weight())).add();
                for (int j = 0; j < e.indicatorCodes().size(); j++) {
                    row(ind).bind("element_code", e.code()).bind("position", j).bind("indicator_code", e.indicatorCodes().get(j)).add();
                }
                for (int j = 0; j < e.links().size(); j++) {
                    Link l = e.links().get(j);
                    row(links).bind("element_code", e.code()).bind("position", j).bind("scheme", l.scheme()).bind("code", l.code())
                            .bind("label", l.label()).add();
                }
            }
            run("element", el);
            run("element_indicator", ind);
            run("element_link", links);
        }
    }

    private void indicators(List<Indicator> indicators) {
        try (PreparedBatch in = insert("indicator", "position", "code", "name", "description", "unit", "indicator_type", "direction",
                "periodicity", "baseline_period", "baseline_value", "baseline_scale", "target_value", "target_scale", "target_high",
                "target_high_scale", "target_year", "natural_limit", "natural_limit_scale", "method", "display_decimals", "source",
                "formula", "responsible", "weight", "weight_scale");
                PreparedBatch ms = insert("milestone", "indicator_code", "position", "milestone_year", "target_value", "target_scale")) {
            for (int i = 0; i < indicators.size(); i++) {
                Indicator x = indicators.get(i);
                Baseline b = x.baseline();
                Target t = x.target();
                BigDecimal bv = b == null ? null : b.value();
                BigDecimal tv = t == null ? null : t.value();
                BigDecimal th = t == null ? null : t.high();
                row(in).bind("position", i).bind("code", x.code()).bind("name", x.name()).bind("description", x.description())
                        .bind("unit", x.unit()).bind("indicator_type", x.type()).bind("direction", x.direction())
                        .bind("periodicity", x.periodicity()).bind("baseline_period", b == null ? null : b.period().toString())
                        .bind("baseline_value", bv).bind("baseline_scale", Decimals.scale(bv)).bind("target_value", tv)
                        .bind("target_scale", Decimals.scale(tv)).bind("target_high", th).bind("target_high_scale", Decimals.scale(th))
                        .bind("target_year", t == null ? null : t.year()).bind("natural_limit", x.naturalLimit())
                        .bind("natural_limit_scale", Decimals.scale(x.naturalLimit())).bind("method", x.method())
                        .bind("display_decimals", x.displayDecimals()).bind("source", x.source()).bind("formula", x.formula())
                        .bind("responsible", x.responsible()).bind("weight", x.weight()).bind("weight_scale", Decimals.scale(x.weight()))
                        .add();
                for (int j = 0; j < x.milestones().size(); j++) {
                    Milestone m = x.milestones().get(j);
                    row(ms).bind("indicator_code", x.code()).bind("position", j).bind("milestone_year", m.year())
                            .bind("target_value", m.value()).bind("target_scale", Decimals.scale(m.value())).add();
                }
            }
            run("indicator", in);
            run("milestone", ms);
        }
    }

    private void projects(List<Project> projects) {
        try (PreparedBatch pr = insert("project", "position", "code", "title", "description", "status", "planned_start", "planned_end",
                "actual_start", "actual_end", "responsible");
                PreparedBatch pm = insert("project_measure", "project_code", "position", "measure_code");
                PreparedBatch pi = insert("project_indicator", "project_code", "position", "indicator_code");
                PreparedBatch bl = insert("budget_line", "project_code", "position", "budget_year", "financing_source", "planned_amount",
                        "planned_scale", "planned_currency", "actual_amount", "actual_scale", "actual_currency")) {
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                row(pr).bind("position", i).bind("code", p.code()).bind("title", p.title()).bind("description", p.description())
                        .bind("status", p.status()).bind("planned_start", p.planned().start()).bind("planned_end", p.planned().end())
                        .bind("actual_start", p.actual().start()).bind("actual_end", p.actual().end())
                        .bind("responsible", p.responsible()).add();
                for (int j = 0; j < p.measureCodes().size(); j++) {
                    row(pm).bind("project_code", p.code()).bind("position", j).bind("measure_code", p.measureCodes().get(j)).add();
                }
                for (int j = 0; j < p.indicatorCodes().size(); j++) {
                    row(pi).bind("project_code", p.code()).bind("position", j).bind("indicator_code", p.indicatorCodes().get(j)).add();
                }
                for (int j = 0; j < p.budget().size(); j++) {
                    BudgetLine b = p.budget().get(j);
                    BigDecimal actual = b.actual() == null ? null : b.actual().amount();
                    row(bl).bind("project_code", p.code()).bind("position", j).bind("budget_year", b.year())
                            .bind("financing_source", b.source()).bind("planned_amount", b.planned().amount())
                            .bind("planned_scale", Decimals.scale(b.planned().amount()))
                            .bind("planned_currency", b.planned().currency().getCurrencyCode()).bind("actual_amount", actual)
                            .bind("actual_scale", Decimals.scale(actual))
                            .bind("actual_currency", b.actual() == null ? null : b.actual().currency().getCurrencyCode()).add();
                }
            }
            run("project", pr);
            run("project_measure", pm);
            run("project_indicator", pi);
            run("budget_line", bl);
        }
    }

    /** A batched INSERT into {@code table} of the revision's key and {@code columns}, each bound by its name. */
    private PreparedBatch insert(String table, String... columns) {
        String names = "strategy_id, revision, " + String.join(", ", columns);
        return h.prepareBatch("INSERT INTO " + table + " (" + names + ") VALUES (:" + names.replace(", ", ", :") + ")");
    }

    /** The batch with the revision's key bound for its next row. */
    private PreparedBatch row(PreparedBatch batch) {
        return batch.bind("strategy_id", id).bind("revision", revision);
    }

    /** Executes the batch; on failure throws a {@link StorageException} that says which table and what for. */
    private void run(String table, PreparedBatch batch) {
        if (batch.size() == 0) {
            return;
        }
        try {
            batch.execute();
        } catch (JdbiException e) {
            throw new StorageException(what + " failed while writing table " + table + ": " + Database.describe(e), e);
        }
    }
}
