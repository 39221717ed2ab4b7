package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The strategy at a glance: its score and status, how many indicators have each status, and how many have fresh
 * data.
 */
public record EvaluationSummary(Double score, Status status, Map<Status, Integer> distribution, int indicators, int assessable,
        int fresh) {

    public EvaluationSummary {
        distribution = distribution == null ? ImmutableMap.of() : ImmutableMap.copyOf(distribution);
    }

    /** Share of indicators whose latest value is not stale, in [0, 1]; 0 for no indicators. */
    public double freshShare() {
        return indicators == 0 ? 0 : fresh / (double) indicators;
    }
}
