package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import eu.strateg.core.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The project stack rolled up separately from the indicators (spec §5).
 *
 * @param budget planned and known actual money by year, source and currency; {@code actual} is null for a year
 *     that had not ended by the as-of date (its spending could not be known yet)
 * @param plannedTotal the whole plan when all lines share one currency, else null (see {@code totals})
 * @param actualTotal spending known on the as-of date when all lines share one currency, else null
 * @param absorption {@code actualTotal / plannedTotal} (against the whole plan), else null
 * @param totals one entry per currency, in order of first appearance, never null: whole plan, plan due by the
 *     as-of date, known spending and both absorptions
 */
public record ProjectsEvaluation(
        Map<ProjectStatus, Integer> countsByStatus,
        List<ProjectEvaluation> projects,
        List<BudgetRow> budget,
        BigDecimal plannedTotal,
        BigDecimal actualTotal,
        Double absorption,
        List<BudgetTotals> totals) {

    public ProjectsEvaluation {
        countsByStatus = countsByStatus == null ? ImmutableMap.of() : ImmutableMap.copyOf(countsByStatus);
        projects = projects == null ? ImmutableList.of() : ImmutableList.copyOf(projects);
        budget = budget == null ? ImmutableList.of() : ImmutableList.copyOf(budget);
        totals = totals == null ? ImmutableList.of() : ImmutableList.copyOf(totals);
    }

    /** Without per-currency totals (as built before they existed). */
    public ProjectsEvaluation(Map<ProjectStatus, Integer> countsByStatus, List<ProjectEvaluation> projects, List<BudgetRow> budget,
            BigDecimal plannedTotal, BigDecimal actualTotal, Double absorption) {
        this(countsByStatus, projects, budget, plannedTotal, actualTotal, absorption, List.of());
    }
}
