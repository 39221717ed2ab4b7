package eu.strateg.core.evaluation;

import eu.strateg.core.project.ProjectStatus;
import java.math.BigDecimal;

/**
 * One project as of the date.
 *
 * @param slippageDays actual (or, while running, expected) end minus planned end in days; null when unknown
 * @param absorption actual / planned spending (null when nothing was planned)
 */
public record ProjectEvaluation(String code, ProjectStatus status, Long slippageDays, BigDecimal planned, BigDecimal actual,
        Double absorption) {
}
