package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.BudgetTotals;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel.AttentionRow;
import eu.strateg.reporting.model.ReportModel.BudgetHeadline;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.StatusCount;
import eu.strateg.reporting.model.ReportModel.Summary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a report, counted from the very cards the report shows (so its numbers always match what the
 * reader can count): every indicator, how many are assessable and not, the share with fresh data, how much of the
 * score rests on stale data, the budget per currency against the plan due and the whole plan, a sentence in plain
 * words and what needs attention.
 */
final class Summaries {

    private final Messages m;
    private final Formats f;

    Summaries(Messages m) {
        this.m = m;
        this.f = m.formats();
    }

    Summary build(StrategyEvaluation evaluation, List<IndicatorCard> cards) {
        Map<Status, Integer> dist = new EnumMap<>(Status.class);
        for (Status st : Status.values()) {
            dist.put(st, 0);
        }
        int assessable = 0;
        int fresh = 0;
        int scoredStale = 0;
        int good = 0;
        for (IndicatorCard c : cards) {
            Status st = c.status().status();
            dist.merge(st, 1, Integer::sum);
            assessable += st == Status.NOT_ASSESSABLE ? 0 : 1;
            fresh += c.latestPeriod().isEmpty() || c.stale() ? 0 : 1;
            scoredStale += st != Status.NOT_ASSESSABLE && c.stale() ? 1 : 0;
            good += st == Status.TARGET_ACHIEVED || st == Status.ON_TRACK ? 1 : 0;
        }
        int indicators = cards.size();
        List<StatusCount> counts = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : dist.entrySet()) {
            double share = indicators == 0 ? 0 : e.getValue() / (double) indicators;
            counts.add(new StatusCount(StatusView.of(e.getKey(), m), e.getValue(), share, f.percent(share, 0)));
        }
        double freshShare = indicators == 0 ? 0 : fresh / (double) indicators;
        EvaluationSummary s = evaluation.summary();
        Double score = s == null ? null : s.score();
        StatusView status = StatusView.of(s == null ? Status.NOT_ASSESSABLE : s.status(), m);
        String scoreText = score == null ? "–" : f.number(score, 2);
        String indicatorsText = m.plural("count.indicators", indicators) + ", " + m.format("summary.assessable", f.integer(assessable));
        String freshText = m.format("summary.freshText", f.percent(freshShare, 0), f.integer(fresh), f.integer(indicators));
        String staleShareText = scoredStale == 0 ? m.get("summary.staleNone")
                : m.format("summary.staleShare", f.integer(scoredStale), f.integer(assessable), f.percent(scoredStale / (double) assessable, 0));
        List<AttentionRow> attention = attention(cards);
        String plain = m.format("summary.plain", f.date(evaluation.asOf()), status.label(), scoreText, f.integer(good), f.integer(indicators),
                f.integer(attention.size()));
        ProjectsEvaluation pe = evaluation.projects();
        List<BudgetHeadline> budgets = budgets(pe, evaluation.asOf());
        BudgetHeadline first = budgets.isEmpty() ? null : budgets.get(0);
        return new Summary(score, scoreText, status, counts, indicators, assessable, fresh, freshShare, f.percent(freshShare, 0), indicatorsText,
                freshText, first == null ? null : first.currency(), first == null ? null : first.planned(), first == null ? null : first.actual(),
                first == null ? null : first.absorptionTotal(), first == null ? m.get("summary.noBudget") : first.text(),
                first == null ? "–" : first.absorptionDueText(), indicators - assessable, budgets, staleShareText, plain, attention);
    }

    private List<BudgetHeadline> budgets(ProjectsEvaluation pe, LocalDate asOf) {
        List<BudgetHeadline> out = new ArrayList<>();
        if (pe == null) {
            return out;
        }
        for (BudgetTotals t : pe.totals()) {
            Currency c = t.currency();
            String text = m.format("summary.budgetText", f.money(t.actual(), c), f.money(t.plannedDue(), c), f.date(asOf), f.money(t.planned(), c));
            out.add(new BudgetHeadline(c.getCurrencyCode(), t.planned(), t.plannedDue(), t.actual(), t.absorptionDue(), t.absorptionTotal(),
                    pct(t.absorptionDue()), m.format("summary.absorptionWhole", pct(t.absorptionTotal())), text));
        }
        return out;
    }

    private String pct(Double share) {
        return share == null ? "–" : f.percent(share, 0);
    }

    /** Indicators that deteriorate, are off track (limited progress), rest on stale data, have no owner or no data. */
    private List<AttentionRow> attention(List<IndicatorCard> cards) {
        List<AttentionRow> out = new ArrayList<>();
        for (IndicatorCard c : cards) {
            if (c.indicator().isContext()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Status st = c.status().status();
            if (st == Status.DETERIORATION) {
                why.add(m.get("attention.DETERIORATION"));
            }
            if (st == Status.LIMITED_PROGRESS) {
                why.add(m.get("attention.OFF_TRACK"));
            }
            if (c.stale()) {
                why.add(m.get("attention.STALE"));
            }
            if (c.evaluation().assessment().reason() == NotAssessableReason.NO_DATA || c.latestPeriod().isEmpty()) {
                why.add(m.get("attention.NO_DATA"));
            }
            if (c.indicator().responsible() == null) {
                why.add(m.get("attention.NO_OWNER"));
            }
            if (!why.isEmpty()) {
                out.add(new AttentionRow(c.code(), c.name(), c.status(), String.join(", ", why), c.stale()));
            }
        }
        return out;
    }

}
