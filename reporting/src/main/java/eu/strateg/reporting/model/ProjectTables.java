package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.BudgetRow;
import eu.strateg.core.evaluation.ProjectEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel.BudgetLineView;
import eu.strateg.reporting.model.ReportModel.ProjectRow;
import eu.strateg.reporting.model.ReportModel.ProjectSection;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The project stack: one row per project (schedule, slippage, money) and the budget by year and financing source. */
final class ProjectTables {

    private final Strategy strategy;
    private final ProjectsEvaluation pe;
    private final Messages m;
    private final Formats f;

    ProjectTables(Strategy strategy, ProjectsEvaluation pe, Messages m) {
        this.strategy = strategy;
        this.pe = pe;
        this.m = m;
        this.f = m.formats();
    }

    /** The currency of the budget (of its first row), or null when there is no budget. */
    static String currency(ProjectsEvaluation pe) {
        if (pe == null || pe.budget().isEmpty()) {
            return null;
        }
        Currency c = pe.budget().get(0).currency();
        return c == null ? null : c.getCurrencyCode();
    }

    ProjectSection build() {
        Map<String, ProjectEvaluation> evals = new HashMap<>();
        if (pe != null) {
            pe.projects().forEach(p -> evals.put(p.code(), p));
        }
        List<ProjectRow> rows = new ArrayList<>();
        for (Project p : strategy.projects()) {
            rows.add(row(p, evals.get(p.code())));
        }
        List<BudgetLineView> budget = new ArrayList<>();
        if (pe != null) {
            pe.budget().stream().sorted(Comparator.comparingInt(BudgetRow::year).thenComparing(BudgetRow::source))
                    .forEach(r -> budget.add(line(r.year(), r.source(), r.currency(), r.planned(), r.actual())));
        }
        List<String> counts = new ArrayList<>();
        if (pe != null) {
            for (ProjectStatus s : ProjectStatus.values()) {
                Integer n = pe.countsByStatus().get(s);
                if (n != null && n > 0) {
                    counts.add(m.get("projectStatus." + s.name()) + ": " + f.integer(n));
                }
            }
        }
        return new ProjectSection(rows, budget, totals(t -> f.money(t.planned(), t.currency())), totals(t -> f.money(t.actual(), t.currency())),
                totals(t -> t.absorptionTotal() == null ? "–" : f.percent(t.absorptionTotal(), 0)), counts);
    }

    /** One text per currency, joined ("1 500 000 Kč; 20 000 €"). */
    private String totals(java.util.function.Function<eu.strateg.core.evaluation.BudgetTotals, String> text) {
        if (pe == null) {
            return "";
        }
        return pe.totals().stream().map(text).collect(java.util.stream.Collectors.joining("; "));
    }

    private ProjectRow row(Project p, ProjectEvaluation ev) {
        Currency cur = p.budget().isEmpty() ? null : p.budget().get(0).planned().currency();
        BigDecimal planned = ev != null ? ev.planned() : null;
        BigDecimal actual = ev != null ? ev.actual() : null;
        Double absorption = ev != null ? ev.absorption() : null;
        Long slip = ev != null ? ev.slippageDays() : null;
        List<BudgetLineView> lines = new ArrayList<>();
        for (BudgetLine b : p.budget()) {
            lines.add(line(b.year(), b.source(), b.planned().currency(), b.planned().amount(), b.actual() == null ? null : b.actual().amount()));
        }
        return new ProjectRow(p, p.code(), p.title(), m.get("projectStatus." + p.status().name()), String.join(", ", p.measureCodes()),
                schedule(p.planned()), schedule(p.actual()), slip, slippage(slip), planned, actual, f.money(planned, cur), f.money(actual, cur),
                absorption, absorption == null ? "–" : f.percent(absorption, 0), lines, p.responsible() == null ? "–" : p.responsible());
    }

    private BudgetLineView line(int year, eu.strateg.core.project.FinancingSource source, Currency cur, BigDecimal planned, BigDecimal actual) {
        Double absorption = planned == null || planned.signum() == 0 || actual == null ? null
                : actual.divide(planned, MathContext.DECIMAL64).doubleValue();
        return new BudgetLineView(year, source, m.get("source." + source.name()), cur == null ? "" : cur.getCurrencyCode(), planned, actual,
                f.money(planned, cur), actual == null ? "–" : f.money(actual, cur), absorption, absorption == null ? "–" : f.percent(absorption, 0));
    }

    private String schedule(Schedule s) {
        if (s == null || s.start() == null && s.end() == null) {
            return "–";
        }
        return m.format("schedule.range", s.start() == null ? "?" : f.date(s.start()), s.end() == null ? "…" : f.date(s.end()));
    }

    private String slippage(Long days) {
        if (days == null) {
            return "–";
        }
        if (days == 0) {
            return m.get("slippage.onTime");
        }
        return days > 0 ? m.plural("slippage.late", days) : m.plural("slippage.early", -days);
    }
}
