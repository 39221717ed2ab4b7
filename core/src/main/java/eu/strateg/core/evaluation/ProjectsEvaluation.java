package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import eu.strateg.core.project.ProjectStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The project stack rolled up separately from the indicators (spec §5). */
public record ProjectsEvaluation(
        Map<ProjectStatus, Integer> countsByStatus,
        List<ProjectEvaluation> projects,
        List<BudgetRow> budget,
        BigDecimal plannedTotal,
        BigDecimal actualTotal,
        Double absorption) {

    public ProjectsEvaluation {
        countsByStatus = countsByStatus == null ? ImmutableMap.of() : ImmutableMap.copyOf(countsByStatus);
        projects = projects == null ? ImmutableList.of() : ImmutableList.copyOf(projects);
        budget = budget == null ? ImmutableList.of() : ImmutableList.copyOf(budget);
    }
}
