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
    private final Terms terms;
    private final java.time.LocalDate asOf;
    private final Map<String, List<Observation>> computed = new HashMap<>();

    IndicatorCards(Strategy strategy, StrategyEvaluation evaluation, List<Observation> obs, Messages m) {
        this.strategy = strategy;
        this.m = m;
        this.f = m.formats();
        this.explanations = new Explanations(m);
        this.terms = new Terms(m);
        this.asOf = evaluation.asOf();
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
                m.get("chart.target"), m.get("chart.limit"), m.get("chart.targetRange"), m.get("chart.asOf"));
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
        List<Observation> obs = new ArrayList<>(i.isComputed() ? computedSeries(i) : observations.getOrDefault(i.code(), List.of()));
        obs.sort(Comparator.comparing(Observation::period).thenComparing(o -> o.disaggregation().toString()));
        String latest = terms.period(ev.latestPeriod());
        String staleText = ev.stale() ? m.format("stale.text", latest) : "";
        String methodName = MethodNotes.name(a.method(), m);
        BigDecimal latestValue = latestHeadline(obs, ev);
        return new IndicatorCard(i, ev, i.code(), i.name(), i.description(), i.unit(), m.get("type." + i.type().name()),
                m.get("direction." + i.direction().name()), usedBy.getOrDefault(i.code(), List.of()), status, a.score(), score(a.score()),
                a.method(), methodName, terms.category(a.components().methodCategory()), explanations.explain(i, ev, status, latestValue),
                figures(i, ev, methodName, latestValue), ev.stale(), staleText, latest, chart(i, ev, obs), series(ev), rows(i, obs));
    }

    /** The headline value of the latest period (the value a reader calls "latest"), or null. */
    private static BigDecimal latestHeadline(List<Observation> obs, IndicatorEvaluation ev) {
        for (int k = obs.size() - 1; k >= 0; k--) {
            Observation o = obs.get(k);
            if (o.disaggregation().isEmpty() && o.period().equals(ev.latestPeriod())) {
                return o.value();
            }
        }
        return null;
    }

    /**
     * The series of a computed indicator, per period where every input has a headline value (inputs that are
     * computed themselves are computed first), as the evaluation computes it; periods not ended by the as-of date
     * are left out.
     */
    private List<Observation> computedSeries(Indicator i) {
        List<Observation> done = computed.get(i.code());
        if (done != null) {
            return done;
        }
        computed.put(i.code(), List.of()); // a guard: a valid strategy has no cycles
        eu.strateg.core.indicator.formula.Formula formula = eu.strateg.core.indicator.formula.Formula.parse(i.formula());
        Map<Period, Map<String, BigDecimal>> byPeriod = new java.util.TreeMap<>();
        for (String ref : formula.references()) {
            Indicator input = strategy.indicator(ref).orElse(null);
            List<Observation> values = input == null ? List.of() : input.isComputed() ? computedSeries(input) : observations.getOrDefault(ref, List.of());
            for (Observation o : values) {
                if (o.disaggregation().isEmpty() && o.period().hasEndedBy(asOf)) {
                    byPeriod.computeIfAbsent(o.period(), k -> new HashMap<>()).put(ref, o.value());
                }
            }
        }
        List<Observation> out = new ArrayList<>();
        byPeriod.forEach((period, values) -> {
            BigDecimal v = values.keySet().containsAll(formula.references()) ? formula.evaluate(values) : null;
            if (v != null) {
                out.add(Observation.of(i.code(), period.toString(), v.toPlainString()).withSource(m.get("fig.computed"), null));
            }
        });
        computed.put(i.code(), out);
        return out;
    }

    private String score(Double s) {
        return s == null ? "–" : f.number(s, 2);
    }

    private List<Figure> figures(Indicator i, IndicatorEvaluation ev, String methodName, BigDecimal latestValue) {
        int d = i.displayDecimals();
        Components c = ev.assessment().components();
        List<Figure> out = new ArrayList<>();
        out.add(new Figure(m.get("fig.unit"), i.unit()));
        if (i.baseline() != null) {
            out.add(new Figure(m.get("fig.baseline"), f.number(i.baseline().value(), d) + " (" + terms.period(i.baseline().period()) + ")"));
        }
        if (i.target() != null) {
            out.add(new Figure(m.get("fig.target"), Explanations.target(f, i.target().value(), i.target().high(), d) + " (" + i.target().year() + ")"));
        }
        if (!i.milestones().isEmpty()) {
            out.add(new Figure(m.get("fig.milestones"), i.milestones().stream()
                    .map(ms -> f.number(ms.value(), d) + " (" + ms.year() + ")").collect(Collectors.joining("; "))));
        }
        boolean yesNo = i.direction() == eu.strateg.core.indicator.Direction.QUALITATIVE;
        if (yesNo && latestValue != null) {
            out.add(new Figure(m.get("fig.latest"), explanations.yesNo(latestValue) + " (" + terms.period(ev.latestPeriod()) + ")"));
            if (ev.assessment().status() == eu.strateg.core.evaluation.Status.TARGET_ACHIEVED && c.currentPeriod() != null) {
                out.add(new Figure(m.get("fig.achievedSince"), terms.period(c.currentPeriod())));
            }
        } else if (c.currentValue() != null) {
            out.add(new Figure(m.get("fig.latest"), f.number(c.currentValue(), d) + " (" + terms.period(c.currentPeriod()) + ")"));
        }
        if (c.expectedValue() != null) {
            out.add(new Figure(m.get("fig.expected"), f.number(c.expectedValue(), d)));
        }
        if (i.naturalLimit() != null) {
            out.add(new Figure(m.get("fig.limit"), f.compact(i.naturalLimit(), 10)));
        }
        out.add(new Figure(m.get("fig.method"), methodName));
        if (c.methodCategory() != null) {
            out.add(new Figure(m.get("fig.category"), terms.category(c.methodCategory())));
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
            out.add(new Figure(m.get("fig.inputs"), String.join(", ",
                    new java.util.TreeSet<>(eu.strateg.core.indicator.formula.Formula.parse(i.formula()).references()))));
        }
        if (i.weight().compareTo(BigDecimal.ONE) != 0) {
            out.add(new Figure(m.get("fig.weight"), f.compact(i.weight(), 4)));
        }
        return out;
    }

    private ChartData chart(Indicator i, IndicatorEvaluation ev, List<Observation> obs) {
        return new CardCharts(f, terms, labels, asOf).chart(i, ev, obs);
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
                    disaggregation(o.disaggregation()), m.get("obsStatus." + o.status().name()), o.source(), o.note(),
                    terms.period(o.period())));
        }
        return out;
    }
}
