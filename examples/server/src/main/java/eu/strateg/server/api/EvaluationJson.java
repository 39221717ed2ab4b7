package eu.strateg.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.StrategyEvaluation;

/**
 * An evaluation as JSON: the strategy, the revision evaluated, the date, the summary, and the status of every indicator
 * (with its method, score, why it is not assessable, latest period, staleness and observation count) and element.
 */
public final class EvaluationJson {

    private EvaluationJson() {
    }

    /**
     * The JSON of an evaluation, as {@code GET …/evaluation} answers it (public for the load benchmark's in-process side).
     *
     * @param e the evaluation
     * @return its JSON
     */
    public static ObjectNode of(StrategyEvaluation e) {
        ObjectNode root = Responses.object().put("strategy", e.strategyId().value()).put("revision", e.revision())
                .put("asOf", e.asOf().toString());
        EvaluationSummary s = e.summary();
        ObjectNode summary = root.putObject("summary").put("status", s.status().name());
        score(summary, s.score());
        summary.put("indicators", s.indicators()).put("assessable", s.assessable()).put("fresh", s.fresh());
        ObjectNode distribution = summary.putObject("distribution");
        s.distribution().forEach((status, n) -> distribution.put(status.name(), n));
        ArrayNode indicators = root.putArray("indicators");
        for (IndicatorEvaluation i : e.indicators()) {
            Assessment a = i.assessment();
            ObjectNode node = indicators.addObject().put("code", i.indicatorCode()).put("status", a.status().name()).put("method", a.method());
            score(node, a.score());
            if (a.reason() != null) {
                node.put("reason", a.reason().name());
            }
            if (i.latestPeriod() != null) {
                node.put("latestPeriod", i.latestPeriod().toString());
            }
            node.put("stale", i.stale()).put("observations", i.observationCount());
        }
        ArrayNode elements = root.putArray("elements");
        for (ElementEvaluation el : e.elements()) {
            ObjectNode node = elements.addObject().put("code", el.code()).put("status", el.status().name());
            score(node, el.score());
            node.put("assessable", el.assessable()).put("total", el.total());
        }
        return root;
    }

    private static void score(ObjectNode node, Double score) {
        if (score == null) {
            node.putNull("score");
        } else {
            node.put("score", score);
        }
    }
}
