package eu.strateg.core.evaluation.rollup;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Contribution;
import eu.strateg.core.evaluation.ContributorKind;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
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
public final class ElementRollup {

    /** The method id of roll-up assessments. */
    public static final String ROLLUP = "mean";

    /** Every element's roll-up in the strategy's order, and the strategy's. */
    public record Result(List<ElementEvaluation> elements, Assessment strategy) {
    }

    private final Strategy strategy;
    private final Map<String, IndicatorEvaluation> indicators = new HashMap<>();
    private final Map<String, Indicator> definitions = new HashMap<>();
    private final Map<String, List<Element>> children = new HashMap<>();
    private final Map<String, ElementEvaluation> done = new HashMap<>();

    private ElementRollup(Strategy strategy, List<IndicatorEvaluation> results) {
        this.strategy = strategy;
        for (IndicatorEvaluation e : results) {
            indicators.put(e.indicatorCode(), e);
        }
        for (Indicator i : strategy.indicators()) {
            definitions.put(i.code(), i);
        }
        for (Element e : strategy.elements()) {
            children.computeIfAbsent(e.parentCode(), k -> new ArrayList<>()).add(e);
        }
    }

    /** Rolls up the indicator results (one per indicator of the strategy) to its elements and itself. */
    public static Result rollUp(Strategy strategy, List<IndicatorEvaluation> results) {
        ElementRollup r = new ElementRollup(strategy, results);
        List<ElementEvaluation> out = new ArrayList<>(strategy.elements().size());
        for (Element e : strategy.elements()) {
            out.add(r.element(e));
        }
        return new Result(out, r.top());
    }

    private ElementEvaluation element(Element e) {
        ElementEvaluation cached = done.get(e.code());
        if (cached != null) {
            return cached;
        }
        List<Contribution> contributions = new ArrayList<>();
        for (String code : e.indicatorCodes()) {
            Contribution c = indicatorContribution(code);
            if (c != null) {
                contributions.add(c);
            }
        }
        for (Element child : children.getOrDefault(e.code(), List.of())) {
            ElementEvaluation ce = element(child);
            contributions.add(new Contribution(ContributorKind.ELEMENT, child.code(), child.weight(), ce.score(), ce.status()));
        }
        ElementEvaluation result = of(e.code(), contributions);
        done.put(e.code(), result);
        return result;
    }

    private Contribution indicatorContribution(String code) {
        Indicator def = definitions.get(code);
        IndicatorEvaluation ev = indicators.get(code);
        if (def == null || ev == null || def.isContext()) {
            return null;
        }
        Assessment a = ev.assessment();
        return new Contribution(ContributorKind.INDICATOR, code, def.weight(), a.score(), a.status());
    }

    private Assessment top() {
        List<Contribution> contributions = new ArrayList<>();
        List<Element> roots = children.getOrDefault(null, List.of());
        if (roots.isEmpty()) {
            for (Indicator i : strategy.indicators()) {
                Contribution c = indicatorContribution(i.code());
                if (c != null) {
                    contributions.add(c);
                }
            }
        } else {
            for (Element e : roots) {
                ElementEvaluation ee = element(e);
                contributions.add(new Contribution(ContributorKind.ELEMENT, e.code(), e.weight(), ee.score(), ee.status()));
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
        int n = contributions.size();
        double[] scores = new double[n];
        double[] weights = new double[n];
        boolean[] achieved = new boolean[n];
        for (int i = 0; i < n; i++) {
            Contribution c = contributions.get(i);
            scores[i] = c.score() == null ? Double.NaN : c.score();
            weights[i] = (c.weight() == null ? BigDecimal.ONE : c.weight()).doubleValue();
            achieved[i] = c.status() == Status.TARGET_ACHIEVED;
        }
        return ScoreMean.weighted(ROLLUP, scores, weights, achieved, n);
    }
}
