package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.reporting.chart.ChartData;
import eu.strateg.reporting.chart.ChartLabels;
import eu.strateg.reporting.chart.ChartPoint;
import eu.strateg.reporting.chart.ChartSeries;
import eu.strateg.reporting.i18n.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The chart of an indicator card: the headline series, up to {@value #MAX_SERIES} disaggregated series, the
 * baseline, the expected trajectory from the base the method used (the Eurostat and Open SDG methods start from
 * their window's base year, not from the strategy's baseline), milestones, target, natural limit and the as-of date.
 */
final class CardCharts {

    static final int MAX_SERIES = 6;

    private final Formats f;
    private final Terms terms;
    private final ChartLabels labels;
    private final LocalDate asOf;

    CardCharts(Formats f, Terms terms, ChartLabels labels, LocalDate asOf) {
        this.f = f;
        this.terms = terms;
        this.labels = labels;
        this.asOf = asOf;
    }

    ChartData chart(Indicator i, IndicatorEvaluation ev, List<Observation> obs) {
        int d = i.displayDecimals();
        Map<SortedMap<String, String>, List<ChartPoint>> bySeries = new LinkedHashMap<>();
        for (Observation o : obs) {
            bySeries.computeIfAbsent(o.disaggregation(), k -> new ArrayList<>()).add(point(i, o, d));
        }
        List<ChartPoint> headline = bySeries.remove(java.util.Collections.<String, String>emptySortedMap());
        if (headline == null) {
            headline = bySeries.isEmpty() ? List.of() : bySeries.remove(bySeries.keySet().iterator().next());
        }
        List<ChartSeries> others = new ArrayList<>();
        for (Map.Entry<SortedMap<String, String>, List<ChartPoint>> e : bySeries.entrySet()) {
            if (others.size() < MAX_SERIES) {
                others.add(new ChartSeries(e.getKey().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue())
                        .collect(Collectors.joining(", ")), e.getValue()));
            }
        }
        ChartPoint base = i.baseline() == null ? null : new ChartPoint(x(i.baseline().period()), i.baseline().value().doubleValue(),
                f.number(i.baseline().value(), d) + " (" + terms.period(i.baseline().period()) + ")");
        ChartPoint target = i.target() == null ? null : new ChartPoint(i.target().year(), i.target().value().doubleValue(),
                Explanations.target(f, i.target().value(), i.target().high(), d) + " (" + i.target().year() + ")");
        List<ChartPoint> milestones = new ArrayList<>();
        for (Milestone ms : i.milestones()) {
            milestones.add(new ChartPoint(ms.year(), ms.value().doubleValue(), f.number(ms.value(), d) + " (" + ms.year() + ")"));
        }
        Double high = i.target() != null && i.target().high() != null ? i.target().high().doubleValue() : null;
        Double limit = i.naturalLimit() == null ? null : i.naturalLimit().doubleValue();
        return new ChartData(i.code() + " – " + i.name(), i.unit(), d, f.locale(), headline, base, trajectory(i, ev, base, milestones, target, d),
                milestones, target, high, limit, labels, others, IndicatorCards.x(Period.day(asOf)), f.date(asOf));
    }

    private ChartPoint point(Indicator i, Observation o, int d) {
        return new ChartPoint(x(o.period()), o.value().doubleValue(), terms.period(o.period()) + ": " + f.number(o.value(), d) + " " + i.unit());
    }

    /**
     * Baseline → milestones → target for a method that follows the strategy's line; for a method with its own base
     * (a growth-rate window), from that base to the target.
     */
    private List<ChartPoint> trajectory(Indicator i, IndicatorEvaluation ev, ChartPoint base, List<ChartPoint> milestones, ChartPoint target,
            int d) {
        boolean towardsValue = i.direction().sign() != 0 && i.target() != null && !i.target().isRange() && i.direction() != Direction.QUALITATIVE;
        if (target == null || !towardsValue) {
            return List.of();
        }
        Components c = ev.assessment().components();
        String method = ev.assessment().method();
        boolean ownBase = method != null && (method.startsWith("eurostat") || method.equals("open-sdg")) && c.basePeriod() != null
                && c.baseValue() != null;
        List<ChartPoint> out = new ArrayList<>();
        if (ownBase) {
            out.add(new ChartPoint(x(c.basePeriod()), c.baseValue().doubleValue(),
                    f.number(c.baseValue(), d) + " (" + terms.period(c.basePeriod()) + ")"));
            out.add(target);
            return out;
        }
        if (base == null) {
            return List.of();
        }
        out.add(base);
        out.addAll(milestones);
        out.add(target);
        return out;
    }

    private static double x(Period p) {
        return IndicatorCards.x(p);
    }
}
