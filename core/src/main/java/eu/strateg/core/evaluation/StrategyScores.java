package eu.strateg.core.evaluation;

import eu.strateg.core.strategy.Strategy;

/**
 * The statuses and scores of one evaluation without their explanation ({@link EvaluationPlan#scores}): every
 * indicator's, every element's and the strategy's, the same numbers as in the full {@link StrategyEvaluation}. A
 * missing score is NaN. For evaluating many strategies (a region, the country) where only the figures are kept.
 */
public final class StrategyScores {

    private final Strategy strategy;
    private final double[] indicatorScore;
    private final Status[] indicatorStatus;
    /** per element in the strategy's order, then the strategy */
    private final double[] slotScore;
    private final Status[] slotStatus;

    StrategyScores(Strategy strategy, double[] indicatorScore, Status[] indicatorStatus, double[] slotScore, Status[] slotStatus) {
        this.strategy = strategy;
        this.indicatorScore = indicatorScore;
        this.indicatorStatus = indicatorStatus;
        this.slotScore = slotScore;
        this.slotStatus = slotStatus;
    }

    /** How many indicators (in the strategy's order). */
    public int indicatorCount() {
        return indicatorScore.length;
    }

    public String indicatorCode(int i) {
        return strategy.indicators().get(i).code();
    }

    public Status indicatorStatus(int i) {
        return indicatorStatus[i];
    }

    /** The indicator's score, NaN when it has none. */
    public double indicatorScore(int i) {
        return indicatorScore[i];
    }

    /** How many elements (in the strategy's order). */
    public int elementCount() {
        return slotScore.length - 1;
    }

    public String elementCode(int e) {
        return strategy.elements().get(e).code();
    }

    public Status elementStatus(int e) {
        return slotStatus[e];
    }

    /** The element's score, NaN when it has none. */
    public double elementScore(int e) {
        return slotScore[e];
    }

    /** The strategy's status. */
    public Status status() {
        return slotStatus[slotStatus.length - 1];
    }

    /** The strategy's score, NaN when it has none. */
    public double score() {
        return slotScore[slotScore.length - 1];
    }
}
