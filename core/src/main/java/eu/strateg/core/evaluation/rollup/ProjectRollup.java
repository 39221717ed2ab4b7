package eu.strateg.core.evaluation.rollup;

import eu.strateg.core.evaluation.BudgetRow;
import eu.strateg.core.evaluation.BudgetTotals;
import eu.strateg.core.evaluation.ProjectEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
 *   <li>Budgets as of a date: the actual spending of a year counts only once that year has ended by the as-of
 *       date (it could not be known before, as an observation of that year could not); the plan due by the as-of
 *       date is the plan of those same years. An actual amount not recorded for an ended year counts as 0 spent.</li>
 *   <li>Budget rows: one per year, source and currency, over all budget lines (the whole plan); the actual of a
 *       year not ended is null (not known yet).</li>
 *   <li>Totals per currency ({@link BudgetTotals}, never null): whole plan, plan due, known spending, absorption
 *       against the plan due and against the whole plan. The single totals and the overall absorption (against
 *       the whole plan) are given when all lines share one currency, else null.</li>
 * </ul>
 */
public final class ProjectRollup {

    private ProjectRollup() {
    }

    /** The project stack as of {@code asOf}. */
    public static ProjectsEvaluation rollUp(List<Project> projects, LocalDate asOf) {
        Map<ProjectStatus, Integer> counts = new EnumMap<>(ProjectStatus.class);
        List<ProjectEvaluation> out = new ArrayList<>(projects.size());
        Map<RowKey, BigDecimal[]> rows = new TreeMap<>(RowKey.ORDER);
        Map<Currency, BigDecimal[]> byCurrency = new LinkedHashMap<>();
        for (Project p : projects) {
            counts.merge(p.status(), 1, Integer::sum);
            out.add(project(p, asOf));
            for (BudgetLine l : p.budget()) {
                boolean known = known(l.year(), asOf);
                BigDecimal spent = known ? spent(l) : BigDecimal.ZERO;
                BigDecimal[] sums = rows.computeIfAbsent(new RowKey(l.year(), l.source(), l.planned().currency()),
                        k -> new BigDecimal[] {BigDecimal.ZERO, known ? BigDecimal.ZERO : null});
                sums[0] = sums[0].add(l.planned().amount());
                sums[1] = known ? sums[1].add(spent) : null;
                BigDecimal[] t = byCurrency.computeIfAbsent(l.planned().currency(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                t[0] = t[0].add(l.planned().amount());
                t[1] = known ? t[1].add(l.planned().amount()) : t[1];
                t[2] = t[2].add(spent);
            }
        }
        List<BudgetRow> budget = new ArrayList<>(rows.size());
        rows.forEach((k, v) -> budget.add(new BudgetRow(k.year(), k.source(), k.currency(), v[0], v[1])));
        List<BudgetTotals> totals = new ArrayList<>(byCurrency.size());
        byCurrency.forEach((c, t) -> totals.add(BudgetTotals.of(c, t[0], t[1], t[2])));
        if (totals.size() > 1) {
            return new ProjectsEvaluation(counts, out, budget, null, null, null, totals);
        }
        BigDecimal planned = totals.isEmpty() ? BigDecimal.ZERO : totals.get(0).planned();
        BigDecimal actual = totals.isEmpty() ? BigDecimal.ZERO : totals.get(0).actual();
        return new ProjectsEvaluation(counts, out, budget, planned, actual, absorption(actual, planned), totals);
    }

    /** Whether the spending of budget year {@code year} could be known on {@code asOf}: the year has ended by then. */
    public static boolean known(int year, LocalDate asOf) {
        return !LocalDate.of(year, 12, 31).isAfter(asOf);
    }

    private static BigDecimal spent(BudgetLine l) {
        return l.actual() == null ? BigDecimal.ZERO : l.actual().amount();
    }

    /** One project: status, slippage, and its own budget totals (null when its lines mix currencies); spending as {@link #known}. */
    public static ProjectEvaluation project(Project p, LocalDate asOf) {
        Set<Currency> currencies = new LinkedHashSet<>();
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (BudgetLine l : p.budget()) {
            currencies.add(l.planned().currency());
            planned = planned.add(l.planned().amount());
            actual = known(l.year(), asOf) ? actual.add(spent(l)) : actual;
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
        return BudgetTotals.share(actual, planned);
    }

    private record RowKey(int year, FinancingSource source, Currency currency) {
        static final Comparator<RowKey> ORDER = Comparator.comparingInt(RowKey::year).thenComparing(RowKey::source)
                .thenComparing(k -> k.currency().getCurrencyCode());
    }
}
