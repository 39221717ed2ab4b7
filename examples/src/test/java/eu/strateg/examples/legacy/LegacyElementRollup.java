package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.evaluation.rollup.ScoreMean;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Contribution;
import eu.strateg.core.evaluation.ContributorKind;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import com.google.common.collect.ImmutableList;
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
 */
public final class LegacyElementRollup {

    /** The method id of roll-up assessments. */
    public static final String ROLLUP = "mean";

    /** Every element's roll-up in the strategy's order, and the strategy's. */
    public record Result(List<ElementEvaluation> elements, Assessment strategy) {
    }

    private final Strategy strategy;
    private final List<Indicator> definitions;
    /** The evaluation of each indicator by its position in the strategy (null when there is none). */
    private final IndicatorEvaluation[] evaluations;
    /** Code → position of the indicators and of the elements, built only when a guessed position misses. */
    private Map<String, Integer> indicatorIndex;
    private Map<String, Integer> elementIndex;
    private int nextIndicator;
    private final List<Element> elements;
    /**
     * The positions of each element's children in the strategy's order, in one array: those of element {@code e}
     * are {@code children[first[e]]} to {@code children[first[e + 1] − 1]}; "element" {@code n} (the count of
     * elements) stands for the strategy, whose children are the top-level elements.
     */
    private final int[] children;
    private final int[] first;
    private final ElementEvaluation[] done;

    private LegacyElementRollup(Strategy strategy, List<IndicatorEvaluation> results) {
        this.strategy = strategy;
        this.definitions = strategy.indicators();
        this.evaluations = new IndicatorEvaluation[definitions.size()];
        boolean aligned = results.size() == definitions.size();
        for (int i = 0; aligned && i < results.size(); i++) {
            aligned = results.get(i).indicatorCode().equals(definitions.get(i).code());
        }
        if (aligned) {
            results.toArray(evaluations);
        } else {
            for (IndicatorEvaluation e : results) {
                int k = indicatorPosition(e.indicatorCode());
                if (k >= 0) {
                    evaluations[k] = e;
                }
            }
        }
        this.elements = strategy.elements();
        this.done = new ElementEvaluation[elements.size()];
        this.first = new int[elements.size() + 2];
        this.children = linkChildren();
    }

    /** Fills {@link #first} and returns the children array (see {@link #children}). */
    private int[] linkChildren() {
        int n = elements.size();
        int[] parent = new int[n];
        int[] childCount = new int[n + 1]; // the last slot counts the top-level elements
        int last = -1;
        for (int i = 0; i < n; i++) {
            String code = elements.get(i).parentCode();
            int p = code == null ? n : elementPosition(code, last, i);
            last = p < n ? p : last;
            parent[i] = p;
            if (p >= 0) {
                childCount[p]++;
            }
        }
        for (int i = 0; i <= n; i++) {
            first[i + 1] = first[i] + childCount[i];
        }
        int[] linked = new int[first[n + 1]];
        int[] filled = childCount; // reused: how many children of each element are placed
        Arrays.fill(filled, 0);
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                linked[first[parent[i]] + filled[parent[i]]++] = i;
            }
        }
        return linked;
    }

    /** Rolls up the indicator results (one per indicator of the strategy) to its elements and itself. */
    public static Result rollUp(Strategy strategy, List<IndicatorEvaluation> results) {
        LegacyElementRollup r = new LegacyElementRollup(strategy, results);
        ImmutableList.Builder<ElementEvaluation> out = ImmutableList.builderWithExpectedSize(r.elements.size());
        for (int i = 0; i < r.elements.size(); i++) {
            out.add(r.element(i));
        }
        return new Result(out.build(), r.top());
    }

    /**
     * The position of an indicator code, or −1. Elements usually list indicators in the strategy's order, so the
     * position after the last one found is tried first.
     */
    private int indicatorPosition(String code) {
        int k = nextIndicator;
        if (k >= definitions.size() || !definitions.get(k).code().equals(code)) {
            if (indicatorIndex == null) {
                indicatorIndex = new HashMap<>(definitions.size() * 2);
                for (int i = 0; i < definitions.size(); i++) {
                    indicatorIndex.putIfAbsent(definitions.get(i).code(), i);
                }
            }
            Integer found = indicatorIndex.get(code);
            k = found == null ? -1 : found;
        }
        nextIndicator = k + 1;
        return k;
    }

    /**
     * The position of the parent {@code code} of element {@code child}, or −1. Tried first: the last parent found
     * (siblings share it), the element after it (parents listed level by level) and the one just before the child
     * (parents listed before their first child).
     */
    private int elementPosition(String code, int last, int child) {
        for (int guess : new int[] {last, last + 1, child - 1}) {
            if (guess >= 0 && guess < elements.size() && elements.get(guess).code().equals(code)) {
                return guess;
            }
        }
        if (elementIndex == null) {
            elementIndex = new HashMap<>(elements.size() * 2);
            for (int i = 0; i < elements.size(); i++) {
                elementIndex.putIfAbsent(elements.get(i).code(), i);
            }
        }
        Integer found = elementIndex.get(code);
        return found == null ? -1 : found;
    }

    private ElementEvaluation element(int pos) {
        ElementEvaluation cached = done[pos];
        if (cached != null) {
            return cached;
        }
        Element e = elements.get(pos);
        List<String> codes = e.indicatorCodes();
        int from = first[pos];
        int to = first[pos + 1];
        ImmutableList.Builder<Contribution> contributions = ImmutableList.builderWithExpectedSize(codes.size() + to - from);
        for (String code : codes) {
            int k = indicatorPosition(code);
            Contribution c = k < 0 ? null : indicatorContribution(k);
            if (c != null) {
                contributions.add(c);
            }
        }
        for (int k = from; k < to; k++) {
            contributions.add(elementContribution(children[k]));
        }
        ElementEvaluation result = of(e.code(), contributions.build());
        done[pos] = result;
        return result;
    }

    private Contribution elementContribution(int pos) {
        Element child = elements.get(pos);
        ElementEvaluation ce = element(pos);
        return new Contribution(ContributorKind.ELEMENT, child.code(), child.weight(), ce.score(), ce.status());
    }

    private Contribution indicatorContribution(int pos) {
        Indicator def = definitions.get(pos);
        IndicatorEvaluation ev = evaluations[pos];
        if (ev == null || def.isContext()) {
            return null;
        }
        Assessment a = ev.assessment();
        return new Contribution(ContributorKind.INDICATOR, def.code(), def.weight(), a.score(), a.status());
    }

    private Assessment top() {
        List<Contribution> contributions = new ArrayList<>();
        int n = elements.size();
        if (first[n + 1] == first[n]) {
            for (int i = 0; i < definitions.size(); i++) {
                Contribution c = indicatorContribution(i);
                if (c != null) {
                    contributions.add(c);
                }
            }
        } else {
            for (int k = first[n]; k < first[n + 1]; k++) {
                contributions.add(elementContribution(children[k]));
            }
        }
        return mean(contributions);
    }

    /** The roll-up of one element from its contributions. */
    public static ElementEvaluation of(String code, List<Contribution> contributions) {
        Assessment a = mean(contributions);
        int assessable = 0;
        for (Contribution c : contributions) {
            assessable += c.score() != null ? 1 : 0;
        }
        return new ElementEvaluation(code, a.score(), a.status(), assessable, contributions.size(), contributions);
    }

    private static Assessment mean(List<Contribution> contributions) {
        // The same arithmetic as ScoreMean.weighted, without the arrays.
        double sum = 0;
        double weight = 0;
        boolean allAchieved = true;
        for (int i = 0; i < contributions.size(); i++) {
            Contribution c = contributions.get(i);
            if (c.score() != null) {
                double w = (c.weight() == null ? BigDecimal.ONE : c.weight()).doubleValue();
                sum += w * c.score();
                weight += w;
                allAchieved &= c.status() == Status.TARGET_ACHIEVED;
            }
        }
        return result(weight == 0 ? Double.NaN : sum / weight, allAchieved);
    }

    private static Assessment result(double mean, boolean allAchieved) {
        Components c = Components.builder().thresholds(ScoreMean.BANDS).build();
        if (Double.isNaN(mean)) {
            return Assessment.notAssessable(ROLLUP, NotAssessableReason.NO_SCORED_CHILDREN, c);
        }
        double score = Math.max(-5, Math.min(5, mean));
        return Assessment.scored(ROLLUP, allAchieved ? Status.TARGET_ACHIEVED : Status.fromScore(score), score, c);
    }
}
