package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.method.Calculation;
import eu.strateg.core.evaluation.method.LinearMethod;
import eu.strateg.core.evaluation.method.MethodInput;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.method.SeriesView;
import eu.strateg.core.evaluation.rollup.ElementRollup;
import eu.strateg.core.evaluation.rollup.ProjectRollup;
import eu.strateg.core.evaluation.rollup.ScoreMean;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One evaluation of an {@link EvaluationPlan}: each indicator's headline (and disaggregated) series assessed by its
 * method, then the roll-up. The numbers are the same whether the explainable result is asked for ({@code full})
 * or only the scores; only the objects that explain them are left out. Computed indicators' series are made on
 * first use, from their inputs' series. Used once, by one thread.
 */
final class PlanRun {

    private final EvaluationPlan plan;
    private final LocalDate asOf;
    private final long asOfDay;
    private final boolean full;
    /** the values: observations sorted into series, or columns read row by row */
    private final SeriesAssembler assembled;
    /** the columns' layout and cells (null for observations) */
    private final ValueColumns.Layout columns;
    private final int[] rowOf;
    private final RowSeries row;
    /**
     * headline series made as objects: every one for observations, computed indicators and their inputs for
     * columns (null for columns when the plan has no computed indicators)
     */
    private final SeriesData[] data;
    private final boolean[] broken;
    /** the gaps of computed indicators (null when the plan has none) */
    private final List<ComputationGap>[] gaps;
    private final Calculation calc = new Calculation();
    private final double[] score;
    private final Status[] status;
    /** what the roll-up sees: the same, except stale assessments under {@link StaleRule#LEAVE_OUT} */
    private final double[] rollupScore;
    private final Status[] rollupStatus;
    private final IndicatorEvaluation[] results;
    /** the outcome of the series assessed last */
    private Status lastStatus;
    private double lastScore;

    PlanRun(EvaluationPlan plan, LocalDate asOf, boolean full, List<Observation> observations) {
        this(plan, asOf, full, new SeriesAssembler(plan, observations, asOf), null, null, null);
    }

    PlanRun(EvaluationPlan plan, LocalDate asOf, boolean full, ValueColumns.Layout columns, double[] cells, boolean[] whole) {
        this(plan, asOf, full, null, columns, cells, whole);
    }

    @SuppressWarnings("unchecked")
    private PlanRun(EvaluationPlan plan, LocalDate asOf, boolean full, SeriesAssembler assembled, ValueColumns.Layout columns,
            double[] cells, boolean[] whole) {
        this.plan = plan;
        this.asOf = asOf;
        this.asOfDay = asOf.toEpochDay();
        this.full = full;
        this.assembled = assembled;
        this.columns = columns;
        int n = plan.size();
        ColumnPlacement place = columns == null ? null : plan.placement(columns, asOf);
        this.rowOf = place == null ? null : place.rowOf;
        this.row = place == null ? null : new RowSeries(place, cells, whole);
        boolean objects = columns == null || plan.hasFormulas();
        this.data = objects ? new SeriesData[n] : null;
        this.broken = new boolean[n];
        this.gaps = plan.hasFormulas() ? new List[n] : null;
        this.score = new double[n];
        this.status = new Status[n];
        this.results = full ? new IndicatorEvaluation[n] : null;
        boolean leaveOut = plan.staleRule() == StaleRule.LEAVE_OUT;
        this.rollupScore = leaveOut ? new double[n] : score;
        this.rollupStatus = leaveOut ? new Status[n] : status;
        for (int i = 0; i < n; i++) {
            evaluate(i);
        }
        if (row != null && whole == null) {
            row.checkUnread();
        }
    }

    StrategyScores scores() {
        ElementRollup rollup = plan.rollup();
        double[] slotScore = new double[rollup.slots()];
        Status[] slotStatus = new Status[rollup.slots()];
        rollup.rollUp(rollupScore, rollupStatus, slotScore, slotStatus);
        return new StrategyScores(plan.strategy(), score, status, slotScore, slotStatus);
    }

    StrategyEvaluation evaluation() {
        ElementRollup rollup = plan.rollup();
        double[] slotScore = new double[rollup.slots()];
        Status[] slotStatus = new Status[rollup.slots()];
        rollup.rollUp(rollupScore, rollupStatus, slotScore, slotStatus);
        ElementRollup.Result rolled = rollup.evaluations(rollupScore, rollupStatus, slotScore, slotStatus);
        List<IndicatorEvaluation> list = ImmutableList.copyOf(results);
        return new StrategyEvaluation(plan.strategy().id(), plan.strategy().revision(), asOf, summary(list, rolled.strategy()), list,
                rolled.elements(), ProjectRollup.rollUp(plan.strategy().projects(), asOf));
    }

    private EvaluationSummary summary(List<IndicatorEvaluation> list, Assessment overall) {
        Map<Status, Integer> distribution = new EnumMap<>(Status.class);
        int counted = 0;
        int scored = 0;
        int fresh = 0;
        for (int i = 0; i < list.size(); i++) {
            if (!plan.indicators().get(i).isContext()) {
                IndicatorEvaluation e = list.get(i);
                counted++;
                distribution.merge(e.assessment().status(), 1, Integer::sum);
                scored += e.assessment().isScored() ? 1 : 0;
                fresh += e.latestPeriod() != null && !e.stale() ? 1 : 0;
            }
        }
        return new EvaluationSummary(overall.score(), overall.status(), distribution, counted, scored, fresh);
    }

    /** Indicator {@code i}: its status and score and, when full, its explainable evaluation. */
    private void evaluate(int i) {
        SeriesView head = headline(i);
        Map<SortedMap<String, String>, SeriesData.Builder> dis = assembled == null ? null : assembled.disaggregated[i];
        boolean stale;
        if (!full && dis == null) {
            assess(i, head, broken[i]);
            score[i] = lastScore;
            status[i] = lastStatus;
            stale = rollupScore != score && head.size() > 0 && stale(i, head.period(head.size() - 1));
        } else {
            IndicatorEvaluation e = explained(i, head, dis);
            if (full) {
                results[i] = e;
            }
            score[i] = e.assessment().score() == null ? Double.NaN : e.assessment().score();
            status[i] = e.assessment().status();
            stale = e.stale();
        }
        if (rollupScore != score) {
            boolean leftOut = stale && !Double.isNaN(score[i]);
            rollupScore[i] = leftOut ? Double.NaN : score[i];
            rollupStatus[i] = leftOut ? Status.NOT_ASSESSABLE : status[i];
        }
    }

    /** Whether a latest value of period {@code latest} is stale for indicator {@code i} (spec §6). */
    private boolean stale(int i, Period latest) {
        return latest.end().plus(plan.indicators().get(i).periodicity().staleAfter()).isBefore(asOf);
    }

    private IndicatorEvaluation explained(int i, SeriesView head, Map<SortedMap<String, String>, SeriesData.Builder> dis) {
        Indicator ind = plan.indicators().get(i);
        int count = assembled != null ? assembled.counts[i] : rowOf[i] >= 0 ? row.count() : 0; // before the row is read again
        Period latest = head.size() == 0 ? null : head.period(head.size() - 1);
        Assessment headAssessment = assessed(i, head, broken[i]);
        SeriesEvaluation headSeries = head.size() > 0 || broken[i] ? new SeriesEvaluation(SeriesKey.headline(ind.code()), headAssessment) : null;
        List<SeriesEvaluation> series;
        if (dis == null) {
            series = headSeries == null ? ImmutableList.of() : ImmutableList.of(headSeries);
        } else {
            ImmutableList.Builder<SeriesEvaluation> b = ImmutableList.builderWithExpectedSize(dis.size() + 1);
            if (headSeries != null) {
                b.add(headSeries);
            }
            for (Map.Entry<SortedMap<String, String>, SeriesData.Builder> e : dis.entrySet()) {
                SeriesData s = e.getValue().buildIfDistinct();
                b.add(new SeriesEvaluation(new SeriesKey(ind.code(), e.getKey()), assessed(i, s == null ? SeriesData.empty() : s, s == null)));
                if (s != null && !s.isEmpty() && (latest == null || s.period(s.last()).isAfter(latest))) {
                    latest = s.period(s.last());
                }
            }
            series = b.build();
        }
        Assessment overall = headAssessment;
        if (head.size() == 0 && !broken[i] && dis != null) {
            overall = ScoreMean.of(plan.methodId(i), series.stream().map(SeriesEvaluation::assessment).toList());
        }
        List<ComputationGap> g = gaps == null || gaps[i] == null ? ImmutableList.of() : gaps[i];
        if (ind.isComputed() && head.size() == 0 && !g.isEmpty() && overall.status() == Status.NOT_ASSESSABLE) {
            overall = Assessment.notAssessable(plan.methodId(i), NotAssessableReason.MISSING_FORMULA_INPUT, overall.components());
        }
        boolean stale = latest != null && stale(i, latest);
        return new IndicatorEvaluation(ind.code(), overall, series, latest, stale, count, g);
    }

    /** Assesses one series of indicator {@code i} with its explanation. */
    private Assessment assessed(int i, SeriesView s, boolean isBroken) {
        return assess(i, s, isBroken, true);
    }

    /** Assesses one series of indicator {@code i}, numbers only (into {@link #lastStatus} and {@link #lastScore}). */
    private void assess(int i, SeriesView s, boolean isBroken) {
        assess(i, s, isBroken, false);
    }

    /**
     * Assesses one series of indicator {@code i} by its method: its status and score into {@link #lastStatus} and
     * {@link #lastScore}; with {@code explain}, the assessment with its components, made from the same numbers.
     */
    private Assessment assess(int i, SeriesView s, boolean isBroken, boolean explain) {
        EvaluationPlan.Kind kind = plan.kind(i);
        if (isBroken || kind == EvaluationPlan.Kind.UNKNOWN || kind == EvaluationPlan.Kind.OTHER) {
            Assessment a = assessOtherwise(i, s, isBroken, kind);
            lastStatus = a.status();
            lastScore = a.score() == null ? Double.NaN : a.score();
            return a;
        }
        if (kind == EvaluationPlan.Kind.OPEN_SDG) {
            OpenSdgMethod.calculate(s, plan.trend(), i, calc);
        } else {
            LinearMethod.calculate(s, plan.trend(), i, calc);
        }
        lastStatus = calc.status();
        lastScore = calc.score();
        return explain ? explainTrend(i, s, kind) : null;
    }

    /** The assessment of a calculation of a trend method, {@link #calc}, with its components. */
    private Assessment explainTrend(int i, SeriesView s, EvaluationPlan.Kind kind) {
        Components c = kind == EvaluationPlan.Kind.OPEN_SDG ? OpenSdgMethod.explain(s, plan.trend(), i, calc)
                : LinearMethod.explain(s, plan.trend(), i, calc);
        return calc.assessment(plan.methodId(i), c);
    }

    /** A series the loop does not calculate itself: an unknown method, a broken series, or a method of its own. */
    private Assessment assessOtherwise(int i, SeriesView s, boolean isBroken, EvaluationPlan.Kind kind) {
        if (kind == EvaluationPlan.Kind.UNKNOWN) {
            return Assessment.notAssessable(plan.methodId(i), NotAssessableReason.UNKNOWN_METHOD, null);
        }
        if (isBroken) {
            return Assessment.notAssessable(plan.methodId(i), NotAssessableReason.MANY_SERIES, null);
        }
        return plan.method(i).assess(s instanceof SeriesData d ? d : row.toSeriesData(), MethodInput.of(plan.indicators().get(i), asOf));
    }

    /** The headline series of indicator {@code i}: a view of its row of columns, or a series made as an object. */
    private SeriesView headline(int i) {
        if (columns == null || plan.hasFormulas() && plan.formula(i) != null) {
            return data(i);
        }
        boolean ok = row.fill(rowOf[i], plan, i);
        broken[i] = !ok;
        return ok ? row : SeriesData.empty();
    }

    /** The headline series of indicator {@code i} as an object, computing formulas (and their inputs) on first use. */
    private SeriesData data(int i) {
        if (data[i] != null) {
            return data[i];
        }
        SeriesData s;
        if (plan.formula(i) != null) {
            data[i] = SeriesData.empty(); // a guard: a valid strategy has no cycles, so this is never read
            s = computed(i);
        } else if (columns != null) {
            s = headline(i) == row ? row.toSeriesData() : SeriesData.empty();
        } else {
            SeriesData.Builder b = assembled.headline[i];
            s = b == null ? SeriesData.empty() : b.buildIfDistinct();
            broken[i] = s == null;
            s = s == null ? SeriesData.empty() : s;
        }
        data[i] = s;
        return s;
    }

    private SeriesData computed(int i) {
        Map<String, SeriesData> inputs = new HashMap<>();
        for (String code : plan.formula(i).references()) {
            int k = plan.position(code, -1);
            if (k >= 0) {
                inputs.put(code, data(k));
            }
        }
        ComputedSeries.Result r = ComputedSeries.compute(plan.formula(i), inputs);
        gaps[i] = r.gaps();
        SeriesData s = r.series();
        Period base = plan.basePeriod(i, asOfDay);
        if (base != null && s.indexOf(base) < 0) {
            SeriesData.Builder b = SeriesData.builder(s.size() + 1);
            for (int k = 0; k < s.size(); k++) {
                b.add(s.period(k), s.value(k), s.exact(k));
            }
            b.add(base, plan.exactBaseValue(i));
            s = b.buildIfDistinct();
        }
        return s == null ? SeriesData.empty() : s;
    }
}
