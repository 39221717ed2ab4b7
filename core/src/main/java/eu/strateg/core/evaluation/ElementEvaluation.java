package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The roll-up of one element (spec §5): the weighted mean of the scores of its own indicators and child
 * elements; children without a score are left out and counted.
 *
 * @param assessable how many contributions had a score
 * @param total how many contributions there were
 */
public record ElementEvaluation(String code, Double score, Status status, int assessable, int total, List<Contribution> contributions) {

    public ElementEvaluation {
        contributions = contributions == null ? ImmutableList.of() : ImmutableList.copyOf(contributions);
    }
}
