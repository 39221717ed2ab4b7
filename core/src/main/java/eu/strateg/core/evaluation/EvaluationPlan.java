package eu.strateg.core.evaluation;

import eu.strateg.core.evaluation.method.EvaluationMethod;
import eu.strateg.core.evaluation.method.EvaluationMethods;
import eu.strateg.core.evaluation.method.LinearMethod;
import eu.strateg.core.evaluation.method.MethodInput;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.method.TrendParameters;
import eu.strateg.core.evaluation.rollup.ElementRollup;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.formula.Formula;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.strategy.Strategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy (one revision) compiled for evaluation (plán vyhodnocení / plan oceny): for each indicator its method
 * and the method's parameters as numbers, its baseline and formula, and the roll-up structure (who contributes to
 * whom, with which weight), so that evaluating the strategy for a date and a set of values is one loop over the
 * indicators and one over the elements. Compile a strategy once and evaluate it as often as needed, for other
 * dates or other values; {@link StandardEvaluator} compiles it on each call.
 *
 * <p>Two results from the same calculation, chosen per call: {@link #scores} gives only the statuses and scores
 * of the indicators, the elements and the strategy; {@link #evaluate} gives the explainable
 * {@link StrategyEvaluation} (components, series, contributions, summary, projects), whose numbers are exactly
 * those of {@link #scores}. Values come as {@link Observation}s or as {@link ValueColumns}; both give the same
 * result for the same values, as do the values of a reusable {@link ValueColumns.Buffer}. Immutable and thread-safe.
 */
public final class EvaluationPlan {

    /** How an indicator's method is run: the two built-in trend methods in the loop itself, others through their interface. */
    enum Kind { OPEN_SDG, LINEAR, OTHER, UNKNOWN }

    private final Strategy strategy;
    private final List<Indicator> indicators;
    private final int size;
    private final String[] codes;
    private final Map<String, Integer> positions;
    private final Kind[] kind;
    private final String[] methodIds;
    private final EvaluationMethod[] methods;
    private final TrendParameters trend;
    private final Formula[] formulas;
    private final Period[] basePeriods;
    private final double[] baseTimes;
    private final double[] baseValues;
    private final BigDecimal[] exactBaseValues;
    /** the epoch day of the end of the baseline period (Long.MAX_VALUE: no baseline) */
    private final long[] baseEnds;
    private final long[] baseStarts;
    private final PeriodType[] baseTypes;
    private final ElementRollup rollup;
    private final StaleRule staleRule;
    private final boolean hasFormulas;
    /**
     * Where this plan's indicators sit in the layout and as-of date of the last evaluation from columns (null
     * before the first): computed once and kept, since many evaluations share a layout and a date.
     */
    private volatile ColumnPlacement placement;

    private EvaluationPlan(Strategy strategy, EvaluationMethods registry, StaleRule staleRule) {
        this.strategy = strategy;
        this.staleRule = staleRule;
        this.indicators = strategy.indicators();
        int n = indicators.size();
        size = n;
        codes = new String[n];
        positions = new HashMap<>(n * 2);
        kind = new Kind[n];
        methodIds = new String[n];
        methods = new EvaluationMethod[n];
        trend = new TrendParameters(n);
        formulas = new Formula[n];
        basePeriods = new Period[n];
        baseTimes = new double[n];
        baseValues = new double[n];
        exactBaseValues = new BigDecimal[n];
        baseEnds = new long[n];
        baseStarts = new long[n];
        baseTypes = new PeriodType[n];
        for (int i = 0; i < n; i++) {
            compile(i, indicators.get(i), registry);
        }
        rollup = ElementRollup.of(strategy);
        boolean any = false;
        for (Formula f : formulas) {
            any |= f != null;
        }
        hasFormulas = any;
    }

    private void compile(int i, Indicator ind, EvaluationMethods registry) {
        codes[i] = ind.code();
        positions.putIfAbsent(ind.code(), i);
        methodIds[i] = EvaluationMethods.methodIdFor(ind);
        methods[i] = registry.get(methodIds[i]);
        MethodInput input = MethodInput.of(ind, null);
        if (methods[i] instanceof OpenSdgMethod) {
            kind[i] = Kind.OPEN_SDG;
            trend.setOpenSdg(i, input);
        } else if (methods[i] instanceof LinearMethod) {
            kind[i] = Kind.LINEAR;
            trend.setLinear(i, input);
        } else {
            kind[i] = methods[i] == null ? Kind.UNKNOWN : Kind.OTHER;
        }
        formulas[i] = ind.isComputed() ? Formula.parse(ind.formula()) : null;
        if (ind.baseline() != null) {
            basePeriods[i] = ind.baseline().period();
            baseTimes[i] = SeriesData.timeOf(basePeriods[i]);
            baseValues[i] = ind.baseline().value().doubleValue();
            exactBaseValues[i] = ind.baseline().value();
            baseEnds[i] = basePeriods[i].end().toEpochDay();
            baseStarts[i] = basePeriods[i].start().toEpochDay();
            baseTypes[i] = basePeriods[i].type();
        } else {
            baseEnds[i] = Long.MAX_VALUE;
        }
    }

    /** Compiles a strategy with the methods of a registry; stale assessments count in the roll-up. */
    public static EvaluationPlan compile(Strategy strategy, EvaluationMethods methods) {
        return compile(strategy, methods, StaleRule.COUNT);
    }

    /** Compiles a strategy with the methods of a registry and a rule for stale assessments in the roll-up. */
    public static EvaluationPlan compile(Strategy strategy, EvaluationMethods methods, StaleRule staleRule) {
        return new EvaluationPlan(Objects.requireNonNull(strategy, "strategy"), Objects.requireNonNull(methods, "methods"),
                Objects.requireNonNull(staleRule, "staleRule"));
    }

    /** The strategy this plan was compiled from. */
    public Strategy strategy() {
        return strategy;
    }

    /** The explainable evaluation of the strategy with these observations as of a date (see {@link StandardEvaluator}). */
    public StrategyEvaluation evaluate(List<Observation> observations, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), true, observations == null ? List.of() : observations).evaluation();
    }

    /** The same with the values as columns: equal to the evaluation of {@code values.toObservations()}. */
    public StrategyEvaluation evaluate(ValueColumns values, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), true, Objects.requireNonNull(values, "values").layout(), values.cells(), values.whole()).evaluation();
    }

    /** Only the statuses and scores of the evaluation with these observations: the same numbers, no explanation. */
    public StrategyScores scores(List<Observation> observations, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), false, observations == null ? List.of() : observations).scores();
    }

    /** Only the statuses and scores of the evaluation with these values as columns. */
    public StrategyScores scores(ValueColumns values, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), false, Objects.requireNonNull(values, "values").layout(), values.cells(), values.whole()).scores();
    }

    /**
     * The explainable evaluation with the values a buffer holds now: equal to that of {@code values.toColumns()}.
     * The buffer is read during the call only.
     */
    public StrategyEvaluation evaluate(ValueColumns.Buffer values, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), true, Objects.requireNonNull(values, "values").layout(), values.cells(), values.whole()).evaluation();
    }

    /** Only the statuses and scores of the evaluation with the values a buffer holds now (read during the call only). */
    public StrategyScores scores(ValueColumns.Buffer values, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), false, Objects.requireNonNull(values, "values").layout(), values.cells(), values.whole()).scores();
    }

    /**
     * The explainable evaluation with one strategy's values as a plain array of a layout (row by row, NaN for none),
     * equal to that of {@code layout.with(values)}. The array is read in place during the call only, never kept or
     * changed, and checked as it is read, so a caller that holds its values in arrays hands them over without a copy.
     *
     * @throws eu.strateg.core.validation.ValidationException for an infinite value (naming every one) or a size that
     *     does not match
     */
    public StrategyEvaluation evaluate(ValueColumns.Layout layout, double[] values, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), true, layout, sized(layout, values), null).evaluation();
    }

    /** Only the statuses and scores with one strategy's values as a plain array of a layout (see {@link #evaluate(ValueColumns.Layout, double[], LocalDate)}). */
    public StrategyScores scores(ValueColumns.Layout layout, double[] values, LocalDate asOf) {
        return new PlanRun(this, Objects.requireNonNull(asOf, "asOf"), false, layout, sized(layout, values), null).scores();
    }

    /** The values when they fit the layout; otherwise the layout's report of what is wrong. */
    private static double[] sized(ValueColumns.Layout layout, double[] values) {
        Objects.requireNonNull(layout, "layout");
        if (values == null || values.length != layout.rows() * layout.width()) {
            layout.check(values, new boolean[layout.rows()]);
        }
        return values;
    }

    // --- what a run reads (package-private) ---

    /** Where this plan's indicators sit in a layout as of a date: the one kept when it is for these, else a new one, then kept. */
    ColumnPlacement placement(ValueColumns.Layout layout, LocalDate asOf) {
        ColumnPlacement p = placement;
        if (p == null || !p.isFor(layout, asOf)) {
            p = new ColumnPlacement(this, layout, asOf);
            placement = p;
        }
        return p;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    int size() {
        return size;
    }

    /** The position of {@code code}, trying {@code expected} first (values come in the strategy's order); −1 when unknown. */
    int position(String code, int expected) {
        if (expected >= 0 && expected < size && (codes[expected] == code || codes[expected].equals(code))) {
            return expected;
        }
        Integer found = positions.get(code);
        return found == null ? -1 : found;
    }

    Kind kind(int i) {
        return kind[i];
    }

    String methodId(int i) {
        return methodIds[i];
    }

    EvaluationMethod method(int i) {
        return methods[i];
    }

    /** The parameters of the indicators whose method is open-sdg or linear (by position). */
    TrendParameters trend() {
        return trend;
    }

    /** Whether an indicator is computed by a formula. */
    boolean hasFormulas() {
        return hasFormulas;
    }

    Formula formula(int i) {
        return formulas[i];
    }

    /** The baseline period when it has ended by the as-of day ({@code LocalDate.toEpochDay}), else null. */
    Period basePeriod(int i, long asOfDay) {
        return baseEnds[i] <= asOfDay ? basePeriods[i] : null;
    }

    double baseTime(int i) {
        return baseTimes[i];
    }

    PeriodType baseType(int i) {
        return baseTypes[i];
    }

    long baseStart(int i) {
        return baseStarts[i];
    }

    double baseValue(int i) {
        return baseValues[i];
    }

    BigDecimal exactBaseValue(int i) {
        return exactBaseValues[i];
    }

    StaleRule staleRule() {
        return staleRule;
    }

    ElementRollup rollup() {
        return rollup;
    }
}
