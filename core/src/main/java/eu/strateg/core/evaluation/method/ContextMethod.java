package eu.strateg.core.evaluation.method;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;

/**
 * A context indicator (no target and no direction, or of type CONTEXT without a target): shown with its latest
 * value, never scored (spec/evaluation.md §4).
 */
public final class ContextMethod implements EvaluationMethod {

    public static final String ID = "context";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        Components.Builder c = Components.builder();
        if (!s.isEmpty()) {
            c.current(s.period(s.last()), s.exact(s.last()));
        }
        return Assessment.notAssessable(ID, NotAssessableReason.CONTEXT_INDICATOR, c.build());
    }
}
