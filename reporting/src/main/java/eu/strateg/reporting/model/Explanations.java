package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import java.math.BigDecimal;

/**
 * The sentence that says why an indicator has its status, written from the assessment's components whatever the
 * method: a trajectory ("Expected 42.0 by 2024 on the line from the baseline 30.0 (2020) to the target 60.0 (2030);
 * actual 38.5, i.e. 71 % of the expected progress → needs acceleration"), a growth rate against the required one, a
 * target reached, or the reason it cannot be assessed. The method's own category name and window follow when given.
 */
final class Explanations {

    private final Messages m;
    private final Formats f;
    private final Terms terms;

    Explanations(Messages m) {
        this.m = m;
        this.f = m.formats();
        this.terms = new Terms(m);
    }

    String explain(Indicator i, IndicatorEvaluation ev, StatusView status, BigDecimal latestValue) {
        Assessment a = ev.assessment();
        Components c = a.components();
        int d = i.displayDecimals();
        String label = m.get("status.sentence." + status.status().name());
        String text;
        boolean yesNo = i.direction() == eu.strateg.core.indicator.Direction.QUALITATIVE;
        if (yesNo && a.status() != Status.NOT_ASSESSABLE && latestValue != null) {
            text = a.status() == Status.TARGET_ACHIEVED && c.currentPeriod() != null
                    ? m.format("explain.qualitativeAchieved", yesNo(latestValue), s(ev.latestPeriod()), s(c.currentPeriod()), label)
                    : m.format("explain.qualitative", yesNo(latestValue), s(ev.latestPeriod()), label);
        } else if (a.status() == Status.NOT_ASSESSABLE) {
            text = m.format("explain.notAssessable", reason(ev, m));
        } else if (a.status() == Status.TARGET_ACHIEVED && c.currentValue() != null) {
            text = m.format("explain.achieved", f.number(c.currentValue(), d), s(c.currentPeriod()), targetText(i, c, d), label);
        } else if (c.expectedValue() != null && c.ratio() != null && c.baseValue() != null) {
            text = m.format("explain.linear", f.number(c.expectedValue(), d), s(c.currentPeriod()), f.number(c.baseValue(), d), s(c.basePeriod()),
                    targetText(i, c, d), targetYear(i, c), f.number(c.currentValue(), d), f.percent(c.ratio(), 0), label);
        } else if (c.actualRate() != null && c.requiredRate() != null && c.baseValue() != null) {
            Double ratio = c.ratio() != null ? c.ratio() : c.progressValue();
            text = m.format("explain.rateTarget", f.number(c.baseValue(), d), s(c.basePeriod()), f.number(c.currentValue(), d), s(c.currentPeriod()),
                    f.percent(c.actualRate(), 1), f.percent(c.requiredRate(), 1), targetText(i, c, d), targetYear(i, c),
                    f.percent(ratio, 0), label);
        } else if (c.actualRate() != null && c.baseValue() != null) {
            text = m.format("explain.rate", f.number(c.baseValue(), d), s(c.basePeriod()), f.number(c.currentValue(), d), s(c.currentPeriod()),
                    f.percent(c.actualRate(), 1), label);
        } else if (c.currentValue() != null && (c.targetValue() != null || i.target() != null)) {
            text = m.format("explain.latestTarget", f.number(c.currentValue(), d), s(c.currentPeriod()), targetText(i, c, d), targetYear(i, c),
                    label);
        } else if (c.currentValue() != null) {
            text = m.format("explain.latest", f.number(c.currentValue(), d), s(c.currentPeriod()), label);
        } else {
            text = m.format("explain.status", label);
        }
        StringBuilder b = new StringBuilder(text);
        if (c.progressValue() != null && a.status() != Status.NOT_ASSESSABLE) {
            b.append(' ').append(m.format("explain.progressValue", f.number(c.progressValue(), 4)));
        }
        if (c.methodCategory() != null) {
            b.append(' ').append(m.format("explain.category", terms.category(c.methodCategory())));
        }
        if (c.window() != null) {
            b.append(' ').append(m.format("explain.window", terms.window(c.window())));
        }
        if (ev.stale()) {
            b.append(' ').append(m.format("explain.stale", s(ev.latestPeriod())));
        }
        return b.toString();
    }

    private String s(eu.strateg.core.period.Period p) {
        return terms.period(p);
    }

    /** A yes/no value in words: "yes" for 1 (or more), "no" otherwise. */
    String yesNo(BigDecimal v) {
        return m.get(v.compareTo(BigDecimal.ONE) >= 0 ? "value.yes" : "value.no");
    }

    /** The reason of a not-assessable indicator, in words. */
    static String reason(IndicatorEvaluation ev, Messages m) {
        Assessment a = ev.assessment();
        return a.reason() == null ? m.get("reason.NONE") : m.get("reason." + a.reason().name());
    }

    private String targetText(Indicator i, Components c, int d) {
        BigDecimal v = c.targetValue() != null ? c.targetValue() : i.target() == null ? null : i.target().value();
        BigDecimal h = c.targetValue() != null ? c.targetHigh() : i.target() == null ? null : i.target().high();
        return target(f, v, h, d);
    }

    private static String targetYear(Indicator i, Components c) {
        Integer y = c.targetYear() != null ? c.targetYear() : i.target() == null ? null : i.target().year();
        return y == null ? "" : y.toString();
    }

    /** A target value or range ("12.5", "0.0–20.0"). */
    static String target(Formats f, BigDecimal value, BigDecimal high, int decimals) {
        if (value == null) {
            return "";
        }
        return high == null ? f.number(value, decimals) : f.number(value, decimals) + "–" + f.number(high, decimals);
    }
}
