package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;
import java.time.LocalDate;

/**
 * A yes/no indicator (a plan adopted, a service launched), spec/evaluation.md §4: values are 1 (yes) or 0 (no).
 * Achieved when the latest value is at least the target value (1 when there is no target), with the period from
 * which it has held (the current period in the components: "since"). Not achieved: while the target year has not
 * ended by the as-of date NEEDS_ACCELERATION with score 0 (not done yet, still time), afterwards DETERIORATION
 * with score −5 (the deadline was missed).
 */
public final class LegacyQualitativeMethod implements EvaluationMethod {

    public static final String ID = "qualitative";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        Components.Builder c = Components.builder().direction(1);
        if (in.direction() != Direction.QUALITATIVE) {
            return Assessment.notAssessable(ID, NotAssessableReason.METHOD_NOT_APPLICABLE, c.build());
        }
        double goal = in.target() == null ? 1 : in.target().doubleValue();
        if (in.target() != null) {
            c.target(in.target(), null, in.targetYear());
        }
        if (s.isEmpty()) {
            return Assessment.notAssessable(ID, NotAssessableReason.NO_DATA, c.build());
        }
        int cur = s.last();
        if (s.value(cur) >= goal) {
            int since = cur;
            while (since > 0 && s.value(since - 1) >= goal) {
                since--;
            }
            c.current(s.period(since), s.exact(since));
            return Assessment.scored(ID, Status.TARGET_ACHIEVED, 5, c.methodCategory("achieved").build());
        }
        c.current(s.period(cur), s.exact(cur));
        Integer year = in.targetYear();
        LocalDate deadline = year == null ? null : LocalDate.of(year, 12, 31);
        if (deadline != null && in.asOf() != null && !in.asOf().isBefore(deadline)) {
            return Assessment.scored(ID, Status.DETERIORATION, -5, c.methodCategory("not achieved, deadline passed").build());
        }
        return Assessment.scored(ID, Status.NEEDS_ACCELERATION, 0, c.methodCategory("not yet achieved").build());
    }
}
