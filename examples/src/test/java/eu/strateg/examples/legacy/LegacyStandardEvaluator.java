package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.method.EvaluationMethod;
import eu.strateg.core.evaluation.method.EvaluationMethods;
import eu.strateg.core.evaluation.method.MethodInput;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.rollup.ProjectRollup;
import eu.strateg.core.evaluation.rollup.ScoreMean;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.formula.Formula;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The evaluation of spec/evaluation.md: each indicator with its method (the indicator's own, or the default for
 * its direction, see {@link EvaluationMethods}), the roll-up to elements and the strategy (§5), the projects
 * apart, and a summary.
 *
 * <ul>
 *   <li>Series: the headline (no disaggregation) and each disaggregation are assessed. The indicator's assessment
 *       is its headline's; when it has only disaggregated values, the mean of theirs ({@link ScoreMean}).</li>
 *   <li>Baseline: when the headline has no value for the baseline period, the declared baseline value is put
 *       there, so the trajectory starts where the strategy says; a measured value for that period wins.</li>
 *   <li>As of (§6): values of periods that had not ended by the as-of date are ignored (the caller passes only
 *       values recorded by then: {@code EvaluationService} reads them so).</li>
 *   <li>Staleness (§6): the latest value is stale when the end of its period plus
 *       {@link eu.strateg.core.indicator.Periodicity#staleAfter()} is before the as-of date.</li>
 *   <li>Computed indicators: their formula is evaluated per period over the inputs' headline series (values
 *       recorded for them directly are ignored); periods that could not be computed are listed as gaps, and when
 *       none could, the indicator is not assessable with {@code MISSING_FORMULA_INPUT}.</li>
 *   <li>Summary: over the indicators that are not context indicators: distribution of statuses, how many are
 *       scored, how many have fresh data (a value that is not stale).</li>
 * </ul>
 * Thread-safe; one instance serves any number of strategies.
 */
public final class LegacyStandardEvaluator implements Evaluator {

    /** The method id of roll-up assessments (elements, strategy, indicators with several series). */
    public static final String ROLLUP = LegacyElementRollup.ROLLUP;

    private final EvaluationMethods methods;

    /** With the standard methods. */
    public LegacyStandardEvaluator() {
        this(legacyMethods());
    }

    /** The standard registry with the copies of the methods as they were before the compiled plan. */
    public static EvaluationMethods legacyMethods() {
        return EvaluationMethods.standard().with(new LegacyOpenSdgMethod()).with(LegacyEurostatMethod.shortTerm())
                .with(LegacyEurostatMethod.longTerm()).with(new LegacyLinearMethod()).with(new LegacyMaintainMethod())
                .with(new LegacyRangeMethod()).with(new LegacyQualitativeMethod());
    }

    public LegacyStandardEvaluator(EvaluationMethods methods) {
        this.methods = Objects.requireNonNull(methods, "methods");
    }

    public EvaluationMethods methods() {
        return methods;
    }

    @Override
    public StrategyEvaluation evaluate(Strategy strategy, List<Observation> observations, LocalDate asOf) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(asOf, "asOf");
        LegacyCodeIndex index = new LegacyCodeIndex(strategy.indicators());
        return evaluate(strategy, index, new LegacySeriesAssembler(strategy.indicators(), index, observations == null ? List.of() : observations, asOf), asOf);
    }

    /**
     * The same for values given as columns: the result equals that of {@code evaluate(strategy,
     * values.toObservations(), asOf)}, without building an observation per value.
     */
    @Override
    public StrategyEvaluation evaluate(Strategy strategy, ValueColumns values, LocalDate asOf) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(asOf, "asOf");
        LegacyCodeIndex index = new LegacyCodeIndex(strategy.indicators());
        return evaluate(strategy, index, new LegacySeriesAssembler(strategy.indicators(), index, values, asOf), asOf);
    }

    private StrategyEvaluation evaluate(Strategy strategy, LegacyCodeIndex index, LegacySeriesAssembler assembled, LocalDate asOf) {
        List<Indicator> indicators = strategy.indicators();
        int n = indicators.size();
        Run run = new Run(indicators, index, assembled, asOf);
        ImmutableList.Builder<IndicatorEvaluation> evaluated = ImmutableList.builderWithExpectedSize(n);
        for (int i = 0; i < n; i++) {
            evaluated.add(run.evaluate(i));
        }
        List<IndicatorEvaluation> results = evaluated.build();
        LegacyElementRollup.Result rolled = LegacyElementRollup.rollUp(strategy, results);
        return new StrategyEvaluation(strategy.id(), strategy.revision(), asOf, summary(indicators, results, rolled.strategy()), results,
                rolled.elements(), ProjectRollup.rollUp(strategy.projects(), asOf));
    }

    private static EvaluationSummary summary(List<Indicator> indicators, List<IndicatorEvaluation> results, Assessment overall) {
        Map<Status, Integer> distribution = new EnumMap<>(Status.class);
        int counted = 0;
        int scored = 0;
        int fresh = 0;
        for (int i = 0; i < results.size(); i++) {
            if (indicators.get(i).isContext()) {
                continue;
            }
            IndicatorEvaluation e = results.get(i);
            counted++;
            distribution.merge(e.assessment().status(), 1, Integer::sum);
            scored += e.assessment().isScored() ? 1 : 0;
            fresh += e.latestPeriod() != null && !e.stale() ? 1 : 0;
        }
        return new EvaluationSummary(overall.score(), overall.status(), distribution, counted, scored, fresh);
    }

    /** One evaluation: the series of every indicator, computed ones resolved on demand. */
    private final class Run {
        private final List<Indicator> indicators;
        private final LegacyCodeIndex index;
        private final LegacySeriesAssembler assembled;
        private final LocalDate asOf;
        private final SeriesData[] headline;
        private final boolean[] broken;
        private final List<ComputationGap>[] gaps;
        private Period lastLatest;
        private Periodicity lastPeriodicity;
        private boolean lastStale;
        private final String[] seenIds = new String[4];
        private final EvaluationMethod[] seenMethods = new EvaluationMethod[4];

        @SuppressWarnings("unchecked")
        Run(List<Indicator> indicators, LegacyCodeIndex index, LegacySeriesAssembler assembled, LocalDate asOf) {
            this.indicators = indicators;
            this.index = index;
            this.assembled = assembled;
            this.asOf = asOf;
            this.headline = new SeriesData[indicators.size()];
            this.broken = new boolean[indicators.size()];
            this.gaps = new List[indicators.size()];
        }

        IndicatorEvaluation evaluate(int i) {
            Indicator ind = indicators.get(i);
            SeriesData head = headline(i);
            String methodId = EvaluationMethods.methodIdFor(ind);
            EvaluationMethod method = method(methodId);
            MethodInput input = MethodInput.of(ind, asOf);
            Period latest = head.isEmpty() ? null : head.period(head.last());
            Assessment headAssessment = assess(method, methodId, head, broken[i], input);
            SeriesEvaluation headSeries = !head.isEmpty() || broken[i] ? new SeriesEvaluation(SeriesKey.headline(ind.code()), headAssessment) : null;
            Map<SortedMap<String, String>, SeriesData.Builder> dis = assembled.disaggregated[i];
            List<SeriesEvaluation> series;
            if (dis == null) {
                series = headSeries == null ? ImmutableList.of() : ImmutableList.of(headSeries);
            } else {
                ImmutableList.Builder<SeriesEvaluation> b = ImmutableList.builderWithExpectedSize(dis.size() + 1);
                if (headSeries != null) {
                    b.add(headSeries);
                }
                for (Map.Entry<SortedMap<String, String>, SeriesData.Builder> e : dis.entrySet()) {
                    SeriesData s = buildOrNull(e.getValue());
                    b.add(new SeriesEvaluation(new SeriesKey(ind.code(), e.getKey()),
                            assess(method, methodId, s == null ? SeriesData.empty() : s, s == null, input)));
                    if (s != null && !s.isEmpty() && (latest == null || s.period(s.last()).isAfter(latest))) {
                        latest = s.period(s.last());
                    }
                }
                series = b.build();
            }
            Assessment overall = headAssessment;
            if (head.isEmpty() && !broken[i] && dis != null) {
                overall = ScoreMean.of(methodId, series.stream().map(SeriesEvaluation::assessment).toList());
            }
            List<ComputationGap> g = gaps[i] == null ? ImmutableList.of() : gaps[i];
            if (ind.isComputed() && head.isEmpty() && !g.isEmpty() && overall.status() == Status.NOT_ASSESSABLE) {
                overall = Assessment.notAssessable(methodId, NotAssessableReason.MISSING_FORMULA_INPUT, overall.components());
            }
            boolean stale = latest != null && stale(latest, ind.periodicity());
            return new IndicatorEvaluation(ind.code(), overall, series, latest, stale, assembled.counts[i], g);
        }

        /** Whether a latest value of {@code latest} is stale (§6); the last answer is reused for the same inputs. */
        private boolean stale(Period latest, Periodicity periodicity) {
            if (latest != lastLatest || periodicity != lastPeriodicity) {
                lastLatest = latest;
                lastPeriodicity = periodicity;
                lastStale = latest.end().plus(periodicity.staleAfter()).isBefore(asOf);
            }
            return lastStale;
        }

        /** The method of an id; the last few look-ups are kept (a strategy uses few methods). */
        private EvaluationMethod method(String methodId) {
            for (int k = 0; k < seenIds.length; k++) {
                if (seenIds[k] == null) {
                    seenIds[k] = methodId;
                    seenMethods[k] = methods.get(methodId);
                    return seenMethods[k];
                }
                if (seenIds[k].equals(methodId)) {
                    return seenMethods[k];
                }
            }
            return methods.get(methodId);
        }

        private Assessment assess(EvaluationMethod method, String methodId, SeriesData s, boolean isBroken, MethodInput input) {
            if (method == null) {
                return Assessment.notAssessable(methodId, NotAssessableReason.UNKNOWN_METHOD, null);
            }
            if (isBroken) {
                return Assessment.notAssessable(methodId, NotAssessableReason.MANY_SERIES, null);
            }
            return method.assess(s, input);
        }

        /** The headline series of indicator {@code i}, computing formulas (and their inputs) on first use. */
        SeriesData headline(int i) {
            if (headline[i] != null) {
                return headline[i];
            }
            Indicator ind = indicators.get(i);
            SeriesData s;
            if (ind.isComputed()) {
                headline[i] = SeriesData.empty(); // a guard: a valid strategy has no cycles, so this is never read
                s = computed(i, ind);
            } else {
                SeriesData.Builder b = assembled.headline[i];
                s = b == null ? SeriesData.empty() : buildOrNull(b);
                if (s == null) {
                    broken[i] = true;
                    s = SeriesData.empty();
                }
            }
            headline[i] = s;
            return s;
        }

        private SeriesData computed(int i, Indicator ind) {
            Formula f = Formula.parse(ind.formula());
            Map<String, SeriesData> inputs = new HashMap<>();
            for (String code : f.references()) {
                int k = index.find(code, -1);
                if (k >= 0) {
                    inputs.put(code, headline(k));
                }
            }
            LegacyComputedSeries.Result r = LegacyComputedSeries.compute(f, inputs);
            gaps[i] = r.gaps();
            SeriesData s = r.series();
            if (ind.baseline() != null && ind.baseline().period().hasEndedBy(asOf) && s.indexOf(ind.baseline().period()) < 0) {
                SeriesData.Builder b = SeriesData.builder(s.size() + 1);
                for (int k = 0; k < s.size(); k++) {
                    b.add(s.period(k), s.value(k), s.exact(k));
                }
                b.add(ind.baseline().period(), ind.baseline().value());
                s = buildOrNull(b);
            }
            return s == null ? SeriesData.empty() : s;
        }
    }

    private static SeriesData buildOrNull(SeriesData.Builder b) {
        try {
            return b.build();
        } catch (ValidationException e) {
            return null;
        }
    }
}
