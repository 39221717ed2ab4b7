package eu.strateg.core.project;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.util.List;

/**
 * A project of the project stack (projekt, zásobník projektů / bank projektów) that implements one or more
 * measures of the strategy.
 *
 * @param measureCodes codes of the measures (elements of kind MEASURE) the project implements
 * @param actual the real schedule, as far as it is known
 * @param indicatorCodes indicators that measure this project
 */
public record Project(
        String code,
        String title,
        String description,
        List<String> measureCodes,
        ProjectStatus status,
        Schedule planned,
        Schedule actual,
        List<BudgetLine> budget,
        String responsible,
        List<String> indicatorCodes) {

    public Project {
        Problems p = new Problems();
        Check.code(p, "code", code);
        Check.text(p, "title", title);
        Check.optionalText(p, "description", description);
        measureCodes = Check.list(p, "measures", measureCodes);
        Check.required(p, "status", status);
        planned = planned == null ? Schedule.UNKNOWN : planned;
        actual = actual == null ? Schedule.UNKNOWN : actual;
        budget = Check.list(p, "budget", budget);
        Check.optionalText(p, "responsible", responsible);
        indicatorCodes = Check.list(p, "indicators", indicatorCodes);
        if (measureCodes.isEmpty()) {
            p.add("measures", "a project implements at least one measure");
        }
        p.throwIfAny();
    }
}
