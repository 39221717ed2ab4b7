package eu.strateg.examples.cli;

import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Strategy;
import java.io.PrintWriter;
import java.util.Locale;

/** The evaluation as a plain-text table for the terminal. */
final class EvaluationTable {

    private EvaluationTable() {
    }

    static void print(PrintWriter out, Strategy s, StrategyEvaluation e) {
        EvaluationSummary sum = e.summary();
        out.printf(Locale.ROOT, "%s (%s), revision %d, as of %s%n", s.title(), s.id(), e.revision(), e.asOf());
        out.printf(Locale.ROOT, "score %s, %s; %d of %d indicators assessable; %.0f %% with fresh data%n", score(sum.score()), sum.status(),
                sum.assessable(), sum.indicators(), sum.freshShare() * 100);
        out.printf(Locale.ROOT, "%-14s %-44s %-12s %-18s %7s %-9s %s%n", "indicator", "name", "method", "status", "score", "latest", "stale");
        for (IndicatorEvaluation ie : e.indicators()) {
            String name = s.indicator(ie.indicatorCode()).map(Indicator::name).orElse("");
            out.printf(Locale.ROOT, "%-14s %-44s %-12s %-18s %7s %-9s %s%n", ie.indicatorCode(), cut(name, 44), ie.assessment().method(),
                    ie.assessment().status(), score(ie.assessment().score()), ie.latestPeriod() == null ? "–" : ie.latestPeriod(),
                    ie.stale() ? "stale" : "");
        }
        out.flush();
    }

    static String score(Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.2f", score);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
