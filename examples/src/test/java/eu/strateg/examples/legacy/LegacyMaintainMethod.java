package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;
import java.math.BigDecimal;

/**
 * Keep a level (spec/evaluation.md §4): {@link Direction#MAINTAIN_AT_LEAST} or {@link Direction#MAINTAIN_AT_MOST}
 * the target value. While the latest value is on the right side the target is achieved (score 5); otherwise the
 * status is DETERIORATION and the score is proportional to the shortfall: {@code −5 · min(1, s / 0.10)} with
 * {@code s = |y_t − T| / |T|} the relative shortfall (when {@code T = 0}, the absolute shortfall), so a shortfall
 * of 10 % of the level or more scores −5 and one of 2 % scores −1. The ratio component holds {@code s}.
 */
public final class LegacyMaintainMethod implements EvaluationMethod {

    public static final String ID = "maintain";
    /** The relative shortfall that scores −5. */
    public static final double FULL_SHORTFALL = 0.10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(SeriesData s, MethodInput in) {
        Direction dir = in.direction();
        Components.Builder c = Components.builder().direction(dir.sign());
        if (dir != Direction.MAINTAIN_AT_LEAST && dir != Direction.MAINTAIN_AT_MOST) {
            return Assessment.notAssessable(ID, NotAssessableReason.METHOD_NOT_APPLICABLE, c.build());
        }
        if (in.target() == null) {
            return Assessment.notAssessable(ID, NotAssessableReason.NO_TARGET, c.build());
        }
        c.target(in.target(), null, in.targetYear());
        if (s.isEmpty()) {
            return Assessment.notAssessable(ID, NotAssessableReason.NO_DATA, c.build());
        }
        int cur = s.last();
        double y = s.value(cur);
        double t = in.target().doubleValue();
        c.current(s.period(cur), s.exact(cur));
        if (LegacyProgressMath.achieved(dir.sign(), y, t)) {
            return Assessment.scored(ID, Status.TARGET_ACHIEVED, 5, c.methodCategory("maintained").build());
        }
        double shortfall = relativeDistance(y, in.target());
        c.ratio(shortfall).methodCategory(dir == Direction.MAINTAIN_AT_LEAST ? "below the level" : "above the level");
        return Assessment.scored(ID, Status.DETERIORATION, -5 * Math.min(1, shortfall / FULL_SHORTFALL), c.build());
    }

    static double relativeDistance(double y, BigDecimal level) {
        double t = level.doubleValue();
        double gap = Math.abs(y - t);
        return level.signum() == 0 ? gap : gap / Math.abs(t);
    }
}
