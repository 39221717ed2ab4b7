package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;

/**
 * Keep within a range [low, high] (spec/evaluation.md §4): the target is achieved while the latest value is
 * inside (bounds included, score 5). Outside, the status is DETERIORATION and the score falls with the distance
 * {@code δ} to the nearer bound, measured in range widths {@code w = high − low}: {@code −5 · min(1, δ / w)} (one
 * width or more away scores −5; when {@code w = 0} the distance is taken relative to {@code |low|}, or absolute
 * when that is 0 too). The ratio component holds {@code δ / w}.
 */
public final class LegacyRangeMethod implements EvaluationMethod {

    public static final String ID = "range";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        Components.Builder c = Components.builder();
        if (in.direction() != Direction.RANGE) {
            return Assessment.notAssessable(ID, NotAssessableReason.METHOD_NOT_APPLICABLE, c.build());
        }
        if (in.target() == null || in.targetHigh() == null) {
            return Assessment.notAssessable(ID, NotAssessableReason.NO_TARGET, c.build());
        }
        c.target(in.target(), in.targetHigh(), in.targetYear());
        if (s.isEmpty()) {
            return Assessment.notAssessable(ID, NotAssessableReason.NO_DATA, c.build());
        }
        int cur = s.last();
        double y = s.value(cur);
        double low = in.target().doubleValue();
        double high = in.targetHigh().doubleValue();
        c.current(s.period(cur), s.exact(cur));
        if (y >= low && y <= high) {
            return Assessment.scored(ID, Status.TARGET_ACHIEVED, 5, c.methodCategory("inside the range").build());
        }
        double distance = y < low ? low - y : y - high;
        double width = high - low;
        if (width == 0) {
            width = low == 0 ? 1 : Math.abs(low);
        }
        double relative = distance / width;
        c.ratio(relative).methodCategory(y < low ? "below the range" : "above the range");
        return Assessment.scored(ID, Status.DETERIORATION, -5 * Math.min(1, relative), c.build());
    }
}
