package eu.strateg.core.evaluation.rollup;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Contribution;
import eu.strateg.core.evaluation.ContributorKind;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of spec/evaluation.md §5: an element's score is the weighted mean ({@link ScoreMean}) of its own
 * indicators (weights {@code Indicator.weight}) and its child elements (weights {@code Element.weight}); children
 * without a score are left out of the mean but listed and counted ("3 of 5 assessable"). Context indicators are
 * not contributions (they are never scored). The strategy's score is the weighted mean of its top-level elements,
 * or, for a strategy without elements, of its indicators.
 *
 * <p>An instance is a strategy's roll-up compiled once (who contributes to whom, with which weight) and used for
 * any number of evaluations: {@link #rollUp} computes the scores and statuses of every element and of the
 * strategy from the indicators' ones, {@link #evaluations} makes the explainable results from the same numbers.
 * The weights are doubles (validation keeps them between 0.000001 and 1,000,000, where a double holds them and
 * their weighted sums). Immutable and thread-safe.
 */
public final class ElementRollup {

    /** The method id of roll-up assessments. */
    public static final String ROLLUP = "mean";

    /** Every element's roll-up in the strategy's order, and the strategy's. */
    public record Result(List<ElementEvaluation> elements, Assessment strategy) {
    }

    private final List<Element> elements;
    private final List<Indicator> indicators;
    /**
     * The roll-up as steps in the order it is computed, every element after its children and the strategy last, so
     * that one pass reads these arrays from start to end: step {@code s} computes slot {@code slotOf[s]} (element
     * {@code e} in the strategy's order; slot {@code elements.size()} is the strategy) from its contributions
     * {@code first[s]} to {@code first[s + 1] − 1}, each an indicator position {@code p ≥ 0} or element {@code −1 − p},
     * with its weight; the indicators come first, the elements from {@code firstElement[s]} on.
     */
    private final int[] slotOf;
    private final int[] first;
    private final int[] firstElement;
    private final int[] source;
    private final double[] weight;
    /** the step of each slot */
    private final int[] stepOf;
    /** how many elements: the strategy's own slot comes after theirs */
    private final int count;

    private ElementRollup(Strategy strategy) {
        elements = strategy.elements();
        indicators = strategy.indicators();
        int n = elements.size();
        count = n;
        List<List<Integer>> contributions = contributions(strategy);
        slotOf = Arrays.copyOf(childrenFirst(contributions), n + 1);
        slotOf[n] = n;
        stepOf = new int[n + 1];
        first = new int[n + 2];
        for (int step = 0; step <= n; step++) {
            stepOf[slotOf[step]] = step;
            first[step + 1] = first[step] + contributions.get(slotOf[step]).size();
        }
        source = new int[first[n + 1]];
        weight = new double[source.length];
        firstElement = new int[n + 1];
        for (int step = 0; step <= n; step++) {
            int k = first[step];
            for (int p : contributions.get(slotOf[step])) {
                source[k] = p;
                weight[k] = exactWeight(k).doubleValue();
                k++;
            }
            int e = first[step];
            while (e < first[step + 1] && source[e] >= 0) {
                e++;
            }
            firstElement[step] = e;
        }
    }

    /** Compiles the roll-up of a strategy. */
    public static ElementRollup of(Strategy strategy) {
        return new ElementRollup(strategy);
    }

    /** Per slot, its contributions in order: its indicators as listed (context and unknown codes left out), then its child elements. */
    private List<List<Integer>> contributions(Strategy strategy) {
        int n = elements.size();
        Map<String, Integer> indicatorAt = new HashMap<>();
        for (int i = indicators.size() - 1; i >= 0; i--) {
            indicatorAt.put(indicators.get(i).code(), i);
        }
        Map<String, Integer> elementAt = new HashMap<>();
        for (int e = n - 1; e >= 0; e--) {
            elementAt.put(elements.get(e).code(), e);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (Element e : elements) {
            List<Integer> own = new ArrayList<>();
            for (String code : e.indicatorCodes()) {
                Integer i = indicatorAt.get(code);
                if (i != null && !indicators.get(i).isContext()) {
                    own.add(i);
                }
            }
            out.add(own);
        }
        List<Integer> top = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            String parent = elements.get(e).parentCode();
            Integer p = parent == null ? Integer.valueOf(n) : elementAt.get(parent);
            if (p != null && p == n) {
                top.add(-1 - e);
            } else if (p != null) {
                out.get(p).add(-1 - e);
            }
        }
        if (top.isEmpty()) {
            for (int i = 0; i < indicators.size(); i++) {
                if (!indicators.get(i).isContext()) {
                    top.add(i);
                }
            }
        }
        out.add(top);
        return out;
    }

    private BigDecimal exactWeight(int k) {
        int p = source[k];
        BigDecimal w = p >= 0 ? indicators.get(p).weight() : elements.get(-1 - p).weight();
        return w == null ? BigDecimal.ONE : w;
    }

    /** The elements in an order where each comes after its children (an element in a cycle is placed once). */
    private int[] childrenFirst(List<List<Integer>> contributions) {
        int n = elements.size();
        int[] out = new int[n];
        boolean[] placed = new boolean[n];
        int[] count = {0};
        for (int e = 0; e < n; e++) {
            place(e, contributions, placed, out, count);
        }
        return out;
    }

    private static void place(int e, List<List<Integer>> contributions, boolean[] placed, int[] out, int[] count) {
        if (placed[e]) {
            return;
        }
        placed[e] = true;
        for (int p : contributions.get(e)) {
            if (p < 0) {
                place(-1 - p, contributions, placed, out, count);
            }
        }
        out[count[0]++] = e;
    }

    /** The number of slots: one per element, then the strategy. */
    public int slots() {
        return count + 1;
    }

    /**
     * Rolls up: from the indicators' scores (NaN = none) and statuses, the score (NaN = none) and status of every
     * element ({@code score[e]}, in the strategy's order) and of the strategy (the last slot).
     */
    public void rollUp(double[] indicatorScore, Status[] indicatorStatus, double[] score, Status[] status) {
        for (int step = 0; step <= count; step++) {
            mean(step, indicatorScore, indicatorStatus, score, status);
        }
    }

    /** Step {@code step}: the weighted mean of its slot's contributions, its indicators' and then its elements'. */
    private void mean(int step, double[] indicatorScore, Status[] indicatorStatus, double[] score, Status[] status) {
        int e = slotOf[step];
        double sum = 0;
        double total = 0;
        boolean allAchieved = true;
        int elementsFrom = firstElement[step];
        for (int k = first[step]; k < elementsFrom; k++) {
            double s = indicatorScore[source[k]];
            if (!Double.isNaN(s)) {
                sum += weight[k] * s;
                total += weight[k];
                allAchieved &= indicatorStatus[source[k]] == Status.TARGET_ACHIEVED;
            }
        }
        for (int k = elementsFrom; k < first[step + 1]; k++) {
            double s = score[-1 - source[k]];
            if (!Double.isNaN(s)) {
                sum += weight[k] * s;
                total += weight[k];
                allAchieved &= status[-1 - source[k]] == Status.TARGET_ACHIEVED;
            }
        }
        double mean = total == 0 ? Double.NaN : sum / total;
        if (Double.isNaN(mean)) {
            score[e] = Double.NaN;
            status[e] = Status.NOT_ASSESSABLE;
        } else {
            score[e] = Math.max(-5, Math.min(5, mean)); // a mean leaves [−5, 5] only by rounding in the last bit
            status[e] = allAchieved ? Status.TARGET_ACHIEVED : Status.fromScore(score[e]);
        }
    }

    /** The explainable results of a roll-up: every element with its contributions, and the strategy's assessment. */
    public Result evaluations(double[] indicatorScore, Status[] indicatorStatus, double[] score, Status[] status) {
        ImmutableList.Builder<ElementEvaluation> out = ImmutableList.builderWithExpectedSize(elements.size());
        for (int e = 0; e < elements.size(); e++) {
            List<Contribution> cs = contributions(e, indicatorScore, indicatorStatus, score, status);
            int assessable = 0;
            for (Contribution c : cs) {
                assessable += c.score() != null ? 1 : 0;
            }
            out.add(new ElementEvaluation(elements.get(e).code(), score(score[e]), status[e], assessable, cs.size(), cs));
        }
        int top = elements.size();
        Assessment strategy = Double.isNaN(score[top]) ? Assessment.notAssessable(ROLLUP, NotAssessableReason.NO_SCORED_CHILDREN, ScoreMean.COMPONENTS)
                : Assessment.scored(ROLLUP, status[top], score[top], ScoreMean.COMPONENTS);
        return new Result(out.build(), strategy);
    }

    private List<Contribution> contributions(int e, double[] indicatorScore, Status[] indicatorStatus, double[] score, Status[] status) {
        int step = stepOf[e];
        ImmutableList.Builder<Contribution> out = ImmutableList.builderWithExpectedSize(first[step + 1] - first[step]);
        for (int k = first[step]; k < first[step + 1]; k++) {
            int p = source[k];
            BigDecimal w = p >= 0 ? indicators.get(p).weight() : elements.get(-1 - p).weight();
            out.add(p >= 0 ? new Contribution(ContributorKind.INDICATOR, indicators.get(p).code(), w, score(indicatorScore[p]), indicatorStatus[p])
                    : new Contribution(ContributorKind.ELEMENT, elements.get(-1 - p).code(), w, score(score[-1 - p]), status[-1 - p]));
        }
        return out.build();
    }

    private static Double score(double s) {
        return Double.isNaN(s) ? null : s;
    }

    /** Rolls up the indicator results of a strategy (one per indicator, in its order) to its elements and itself. */
    public static Result rollUp(Strategy strategy, List<IndicatorEvaluation> results) {
        ElementRollup r = of(strategy);
        int n = strategy.indicators().size();
        double[] indicatorScore = new double[n];
        Status[] indicatorStatus = new Status[n];
        for (int i = 0; i < n; i++) {
            Assessment a = results.get(i).assessment();
            indicatorScore[i] = a.score() == null ? Double.NaN : a.score();
            indicatorStatus[i] = a.status();
        }
        double[] score = new double[r.slots()];
        Status[] status = new Status[r.slots()];
        r.rollUp(indicatorScore, indicatorStatus, score, status);
        return r.evaluations(indicatorScore, indicatorStatus, score, status);
    }
}
