package eu.strateg.core.evaluation.rollup;

import eu.strateg.core.evaluation.BudgetRow;
import eu.strateg.core.evaluation.ProjectEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The project stack rolled up apart from the indicators (spec/evaluation.md §5): counts by status, schedule
 * slippage, budget planned and actually spent by year and financing source, and absorption (actual / planned).
 *
 * <ul>
 *   <li>Slippage of a project, in days: actual end − planned end when the actual (or, while running, the
 *       expected) end is known; for a project not completed nor cancelled whose planned end has passed by the
 *       as-of date with no end known, as-of date − planned end (late at least so much); otherwise unknown.</li>
 *   <li>Budget rows: one per year, source and currency, over all budget lines (the whole plan); an actual amount
 *       not yet known counts as 0 spent.</li>
 *   <li>Totals and absorption: over all lines when they share one currency; with several currencies the totals
 *       and the overall absorption are null (the rows still show each currency).</li>
 * </ul>
 */
public final class ProjectRollup {

    private ProjectRollup() {
    }

    public static ProjectsEvaluation rollUp(List<Project> projects, LocalDate asOf) {
        Map<ProjectStatus, Integer> counts = new EnumMap<>(ProjectStatus.class);
        List<ProjectEvaluation> out = new ArrayList<>(projects.size());
        Map<RowKey, BigDecimal[]> rows = new TreeMap<>(RowKey.ORDER);
        Set<Currency> currencies = new LinkedHashSet<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (Project p : projects) {
            counts.merge(p.status(), 1, Integer::sum);
            out.add(project(p, asOf));
            for (BudgetLine l : p.budget()) {
                currencies.add(l.planned().currency());
                BigDecimal spent = l.actual() == null ? BigDecimal.ZERO : l.actual().amount();
                BigDecimal[] sums = rows.computeIfAbsent(new RowKey(l.year(), l.source(), l.planned().currency()),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(l.planned().amount());
                sums[1] = sums[1].add(spent);
                planned = planned.add(l.planned().amount());
                actual = actual.add(spent);
            }
        }
        List<BudgetRow> budget = new ArrayList<>(rows.size());
        rows.forEach((k, v) -> budget.add(new BudgetRow(k.year(), k.source(), k.currency(), v[0], v[1])));
        boolean single = currencies.size() <= 1;
        return new ProjectsEvaluation(counts, out, budget, single ? planned : null, single ? actual : null,
                single ? absorption(actual, planned) : null);
    }

    /** One project: status, slippage, and its own budget totals (null when its lines mix currencies). */
    public static ProjectEvaluation project(Project p, LocalDate asOf) {
        Set<Currency> currencies = new LinkedHashSet<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (BudgetLine l : p.budget()) {
            currencies.add(l.planned().currency());
            planned = planned.add(l.planned().amount());
            actual = actual.add(l.actual() == null ? BigDecimal.ZERO : l.actual().amount());
        }
        boolean single = currencies.size() <= 1;
        return new ProjectEvaluation(p.code(), p.status(), slippage(p, asOf), single ? planned : null, single ? actual : null,
                single ? absorption(actual, planned) : null);
    }

    static Long slippage(Project p, LocalDate asOf) {
        LocalDate plannedEnd = p.planned().end();
        if (plannedEnd == null) {
            return null;
        }
        if (p.actual().end() != null) {
            return ChronoUnit.DAYS.between(plannedEnd, p.actual().end());
        }
        boolean open = p.status() != ProjectStatus.COMPLETED && p.status() != ProjectStatus.CANCELLED;
        if (open && plannedEnd.isBefore(asOf)) {
            return ChronoUnit.DAYS.between(plannedEnd, asOf);
        }
        return null;
    }

    static Double absorption(BigDecimal actual, BigDecimal planned) {
        if (planned.signum() == 0) {
            return null;
        }
        return actual.divide(planned, MathContext.DECIMAL64).doubleValue();
    }

    private record RowKey(int year, FinancingSource source, Currency currency) {
        static final Comparator<RowKey> ORDER = Comparator.comparingInt(RowKey::year).thenComparing(RowKey::source)
                .thenComparing(k -> k.currency().getCurrencyCode());
    }
}
