package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.SeriesEvaluation;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.chart.ChartData;
import eu.strateg.reporting.chart.ChartLabels;
import eu.strateg.reporting.chart.ChartPoint;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel.Figure;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.ObservationRow;
import eu.strateg.reporting.model.ReportModel.SeriesRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds one card per indicator of the strategy, in the strategy's order. */
final class IndicatorCards {

    private final Strategy strategy;
    private final Map<String, IndicatorEvaluation> evaluations = new HashMap<>();
    private final Map<String, List<Observation>> observations = new HashMap<>();
    private final Map<String, List<String>> usedBy = new HashMap<>();
    private final Messages m;
    private final Formats f;
    private final ChartLabels labels;
    private final Explanations explanations;

    IndicatorCards(Strategy strategy, StrategyEvaluation evaluation, List<Observation> obs, Messages m) {
        this.strategy = strategy;
        this.m = m;
        this.f = m.formats();
        this.explanations = new Explanations(m);
        evaluation.indicators().forEach(ie -> evaluations.put(ie.indicatorCode(), ie));
        for (Observation o : obs) {
            observations.computeIfAbsent(o.indicatorCode(), k -> new ArrayList<>()).add(o);
        }
        for (Element e : strategy.elements()) {
            e.indicatorCodes().forEach(c -> usedBy.computeIfAbsent(c, k -> new ArrayList<>()).add(e.code()));
        }
        for (Project p : strategy.projects()) {
            p.indicatorCodes().forEach(c -> usedBy.computeIfAbsent(c, k -> new ArrayList<>()).add(p.code()));
        }
        labels = new ChartLabels(m.get("chart.observed"), m.get("chart.baseline"), m.get("chart.trajectory"), m.get("chart.milestone"),
                m.get("chart.target"), m.get("chart.limit"), m.get("chart.targetRange"));
    }

    List<IndicatorCard> build() {
        List<IndicatorCard> out = new ArrayList<>(strategy.indicators().size());
        for (Indicator i : strategy.indicators()) {
            out.add(card(i));
        }
        return out;
    }

    private IndicatorCard card(Indicator i) {
        IndicatorEvaluation ev = evaluations.getOrDefault(i.code(), new IndicatorEvaluation(i.code(),
                Assessment.notAssessable("none", NotAssessableReason.NO_DATA, null), List.of(), null, false, 0));
        Assessment a = ev.assessment();
        StatusView status = StatusView.of(a.status(), m);
        List<Observation> obs = new ArrayList<>(observations.getOrDefault(i.code(), List.of()));
        obs.sort(Comparator.comparing(Observation::period).thenComparing(o -> o.disaggregation().toString()));
        String latest = ev.latestPeriod() == null ? "" : ev.latestPeriod().toString();
        String staleText = ev.stale() ? m.format("stale.text", latest) : "";
        String methodName = MethodNotes.name(a.method(), m);
        return new IndicatorCard(i, ev, i.code(), i.name(), i.description(), i.unit(), m.get("type." + i.type().name()),
                m.get("direction." + i.direction().name()), usedBy.getOrDefault(i.code(), List.of()), status, a.score(), score(a.score()),
                a.method(), methodName, a.components().methodCategory(), explanations.explain(i, ev, status), figures(i, ev, methodName),
                ev.stale(), staleText, latest, chart(i, obs), series(ev), rows(i, obs));
    }

    private String score(Double s) {
        return s == null ? "–" : f.number(s, 2);
    }

    private List<Figure> figures(Indicator i, IndicatorEvaluation ev, String methodName) {
        int d = i.displayDecimals();
        Components c = ev.assessment().components();
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(m.get("fig.unit"), i.unit()));
        if (i.baseline() != null) {
            out.add(new Figure(m.get("fig.baseline"), f.number(i.baseline().value(), d) + " (" + i.baseline().period() + ")"));
        }
        if (i.target() != null) {
            out.add(new Figure(m.get("fig.target"), Explanations.target(f, i.target().value(), i.target().high(), d) + " (" + i.target().year() + ")"));
        }
        if (!i.milestones().isEmpty()) {
            out.add(new Figure(m.get("fig.milestones"), i.milestones().stream()
                    .map(ms -> f.number(ms.value(), d) + " (" + ms.year() + ")").collect(Collectors.joining("; "))));
        }
        if (c.currentValue() != null) {
            out.add(new Figure(m.get("fig.latest"), f.number(c.currentValue(), d) + " (" + c.currentPeriod() + ")"));
        }
        if (c.expectedValue() != null) {
            out.add(new Figure(m.get("fig.expected"), f.number(c.expectedValue(), d)));
        }
        if (i.naturalLimit() != null) {
            out.add(new Figure(m.get("fig.limit"), f.compact(i.naturalLimit(), 10)));
        }
        out.add(new Figure(m.get("fig.method"), methodName));
        if (c.methodCategory() != null) {
            out.add(new Figure(m.get("fig.category"), c.methodCategory()));
        }
        out.add(new Figure(m.get("fig.type"), m.get("type." + i.type().name()) + ", " + m.get("direction." + i.direction().name())));
        if (i.source() != null) {
            out.add(new Figure(m.get("fig.source"), i.source()));
        }
        if (i.responsible() != null) {
            out.add(new Figure(m.get("fig.responsible"), i.responsible()));
        }
        if (i.formula() != null) {
            out.add(new Figure(m.get("fig.formula"), i.formula()));
        }
        if (i.weight().compareTo(BigDecimal.ONE) != 0) {
            out.add(new Figure(m.get("fig.weight"), f.compact(i.weight(), 4)));
        }
        return out;
    }

    private ChartData chart(Indicator i, List<Observation> obs) {
        int d = i.displayDecimals();
        List<Observation> headline = obs.stream().filter(o -> o.disaggregation().isEmpty()).toList();
        if (headline.isEmpty() && !obs.isEmpty()) {
            var first = obs.get(0).disaggregation();
            headline = obs.stream().filter(o -> o.disaggregation().equals(first)).toList();
        }
        List<ChartPoint> points = new ArrayList<>();
        for (Observation o : headline) {
            points.add(new ChartPoint(x(o.period()), o.value().doubleValue(), o.period() + ": " + f.number(o.value(), d) + " " + i.unit()));
        }
        ChartPoint base = i.baseline() == null ? null : new ChartPoint(x(i.baseline().period()), i.baseline().value().doubleValue(),
                f.number(i.baseline().value(), d) + " (" + i.baseline().period() + ")");
        ChartPoint target = i.target() == null ? null : new ChartPoint(i.target().year(), i.target().value().doubleValue(),
                Explanations.target(f, i.target().value(), i.target().high(), d) + " (" + i.target().year() + ")");
        List<ChartPoint> milestones = new ArrayList<>();
        for (Milestone ms : i.milestones()) {
            milestones.add(new ChartPoint(ms.year(), ms.value().doubleValue(), f.number(ms.value(), d) + " (" + ms.year() + ")"));
        }
        List<ChartPoint> trajectory = new ArrayList<>();
        boolean towardsValue = i.direction().sign() != 0 && i.target() != null && !i.target().isRange()
                && i.direction() != eu.strateg.core.indicator.Direction.QUALITATIVE;
        if (base != null && target != null && towardsValue) {
            trajectory.add(base);
            trajectory.addAll(milestones);
            trajectory.add(target);
        }
        Double high = i.target() != null && i.target().high() != null ? i.target().high().doubleValue() : null;
        Double limit = i.naturalLimit() == null ? null : i.naturalLimit().doubleValue();
        return new ChartData(i.code() + " – " + i.name(), i.unit(), d, m.locale(), points, base, trajectory, milestones, target, high, limit,
                labels);
    }

    /** A period as a fractional year at its start: 2024 → 2024.0, 2024-Q3 → 2024.5. */
    static double x(Period p) {
        return p.year() + (p.start().getDayOfYear() - 1) / (double) p.start().lengthOfYear();
    }

    private List<SeriesRow> series(IndicatorEvaluation ev) {
        if (ev.series().size() < 2) {
            return List.of();
        }
        List<SeriesRow> out = new ArrayList<>();
        for (SeriesEvaluation s : ev.series()) {
            String label = s.series().disaggregation().isEmpty() ? m.get("series.headline") : disaggregation(s.series().disaggregation());
            out.add(new SeriesRow(label, StatusView.of(s.assessment().status(), m), s.assessment().score(), score(s.assessment().score())));
        }
        return out;
    }

    private static String disaggregation(Map<String, String> d) {
        return d.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    private List<ObservationRow> rows(Indicator i, List<Observation> obs) {
        List<ObservationRow> out = new ArrayList<>(obs.size());
        for (Observation o : obs) {
            out.add(new ObservationRow(o.period().toString(), o.value(), f.number(o.value(), i.displayDecimals()),
                    disaggregation(o.disaggregation()), m.get("obsStatus." + o.status().name()), o.source(), o.note()));
        }
        return out;
    }
}
