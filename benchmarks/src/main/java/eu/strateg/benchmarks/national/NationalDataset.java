package eu.strateg.benchmarks.national;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.evaluation.ValueColumns;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The national dataset, generated deterministically from a seed: every municipality's strategy with the same
 * shape (priority areas → goals → measures → indicators, see {@link StrategyColumns}) and its own numbers.
 * {@link #national()} is the Czech scale: 6,258 strategies × 150 indicators × 12 annual values (2013–2024),
 * 11.26 M value slots of which 1 % are left missing (about 11.15 M observations).
 *
 * <p>Strategy {@code s} depends only on the seed and {@code s}, so it can be generated on its own: nothing needs
 * to hold 11 M {@link Observation} objects at once. Indicators: half linear (baseline, target, a third with a
 * milestone; a quarter are counts starting at 0), a fifth open-sdg with a target, the rest open-sdg without a
 * target (a third of them percentages with the natural limit 100); values have one decimal place.
 */
public final class NationalDataset {

    public static final long SEED = 20240601L;
    public static final int MUNICIPALITIES_CZ = 6258;

    private final long seed;
    private final int strategies;
    private final int indicators;
    private final int years;
    private final int firstYear;
    private final String[] codes;
    private final String[] names;
    private final Period[] periods;
    private final ValueColumns.Layout layout;

    public NationalDataset(long seed, int strategies, int indicators, int years) {
        if (strategies < 1 || indicators < 1 || years < 2) {
            throw new IllegalArgumentException("need at least 1 strategy, 1 indicator and 2 years");
        }
        this.seed = seed;
        this.strategies = strategies;
        this.indicators = indicators;
        this.years = years;
        this.firstYear = 2025 - years;
        codes = new String[indicators];
        names = new String[indicators];
        for (int i = 0; i < indicators; i++) {
            codes[i] = String.format("I%03d", i + 1);
            names[i] = "Indicator " + (i + 1);
        }
        periods = new Period[years];
        for (int y = 0; y < years; y++) {
            periods[y] = Period.year(firstYear + y);
        }
        layout = ValueColumns.layout(List.of(codes), List.of(periods));
    }

    /** 6,258 strategies × 150 indicators × 12 years. */
    public static NationalDataset national() {
        return new NationalDataset(SEED, MUNICIPALITIES_CZ, 150, 12);
    }

    public int strategies() {
        return strategies;
    }

    public int indicators() {
        return indicators;
    }

    public int years() {
        return years;
    }

    /** The evaluation date: mid-year after the last year, so every generated period has ended. */
    public LocalDate asOf() {
        return LocalDate.of(firstYear + years, 6, 30);
    }

    public String indicatorCode(int i) {
        return codes[i];
    }

    /** Generates strategy {@code s} as columns (the same for the same seed and {@code s}). */
    public StrategyColumns columns(int s) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + s);
        StrategyColumns c = new StrategyColumns(indicators, years, firstYear, StrategyColumns.areas(indicators));
        for (int a = 0; a < c.areaWeight.length; a++) {
            c.areaWeight[a] = 1 + r.nextInt(3);
        }
        for (int i = 0; i < indicators; i++) {
            indicator(r, c, i);
        }
        return c;
    }

    /** All strategies as columns (about 130 MB at national scale). */
    public StrategyColumns[] allColumns() {
        StrategyColumns[] all = new StrategyColumns[strategies];
        for (int s = 0; s < strategies; s++) {
            all[s] = columns(s);
        }
        return all;
    }

    private void indicator(SplittableRandom r, StrategyColumns c, int i) {
        double kind = r.nextDouble();
        boolean linear = kind < 0.5;
        boolean withTarget = kind < 0.7;
        boolean limited = !withTarget && r.nextInt(3) == 0;
        int d = r.nextInt(5) < 3 ? 1 : -1;
        c.method[i] = linear ? StrategyColumns.LINEAR : StrategyColumns.OPEN_SDG;
        c.direction[i] = (byte) d;
        c.weight[i] = r.nextInt(5) == 0 ? 2 : 1;
        double[] series = series(r, linear, limited);
        int base = linear || r.nextBoolean() ? r.nextInt(Math.min(4, years - 1)) : -1;
        c.baseYear[i] = (short) (base < 0 ? 0 : firstYear + base);
        c.baseValue[i] = base < 0 ? Double.NaN : series[base];
        c.limit[i] = limited ? 100 : Double.NaN;
        c.target[i] = Double.NaN;
        if (withTarget) {
            double from = base < 0 ? series[0] : series[base];
            double change = Math.max(Math.abs(from) * (0.05 + 0.55 * r.nextDouble()), 1.0);
            c.target[i] = tenths(Math.max(0, from + d * change));
            c.targetYear[i] = (short) (2025 + r.nextInt(11));
            if (linear && r.nextInt(3) == 0 && c.targetYear[i] - c.baseYear[i] >= 2) {
                c.milestoneYear[i] = (short) (c.baseYear[i] + 1 + r.nextInt(c.targetYear[i] - c.baseYear[i] - 1));
                c.milestoneValue[i] = tenths(from + (c.target[i] - from) * 0.4);
            }
        }
        for (int y = 0; y < years; y++) {
            c.values[i * years + y] = r.nextInt(100) < 1 ? Double.NaN : series[y];
        }
    }

    private double[] series(SplittableRandom r, boolean linear, boolean limited) {
        double[] v = new double[years];
        boolean count = linear && r.nextInt(4) == 0;
        double level = limited ? 20 + 75 * r.nextDouble() : count ? 0 : 1 + 999 * r.nextDouble();
        double growth = -0.03 + 0.1 * r.nextDouble();
        double step = 5 * r.nextDouble();
        for (int y = 0; y < years; y++) {
            double x = count ? level + step * y : level * Math.pow(1 + growth, y) * (0.98 + 0.04 * r.nextDouble());
            v[y] = tenths(Math.max(0, limited ? Math.min(100, x) : x));
        }
        return v;
    }

    private static double tenths(double x) {
        return Math.round(x * 10) / 10.0;
    }

    /** The value as Strateg holds it: the exact decimal with one decimal place. */
    static BigDecimal decimal(double tenthsValue) {
        return BigDecimal.valueOf(Math.round(tenthsValue * 10), 1);
    }

    /** Strategy {@code s} in Strateg's model. */
    public Strategy strategy(int s, StrategyColumns c) {
        List<Indicator> inds = new ArrayList<>(indicators);
        for (int i = 0; i < indicators; i++) {
            inds.add(indicator(c, i));
        }
        List<Element> elements = new ArrayList<>();
        int measures = StrategyColumns.measures(indicators);
        int goals = StrategyColumns.goals(indicators);
        String[] goalCodes = new String[goals];
        for (int a = 0; a < c.areaWeight.length; a++) {
            elements.add(Element.of(String.valueOf(a + 1), null, ElementKind.PRIORITY_AREA, "Area " + (a + 1))
                    .withWeight(BigDecimal.valueOf((long) c.areaWeight[a])));
        }
        for (int g = 0; g < goals; g++) {
            String area = String.valueOf(g / StrategyColumns.GOALS_PER_AREA + 1);
            goalCodes[g] = area + "." + (g % StrategyColumns.GOALS_PER_AREA + 1);
            elements.add(Element.of(goalCodes[g], area, ElementKind.GOAL, "Goal " + goalCodes[g]));
        }
        for (int m = 0; m < measures; m++) {
            String code = goalCodes[m / StrategyColumns.MEASURES_PER_GOAL] + "." + (m % StrategyColumns.MEASURES_PER_GOAL + 1);
            int from = m * StrategyColumns.INDICATORS_PER_MEASURE;
            int to = Math.min(indicators, from + StrategyColumns.INDICATORS_PER_MEASURE);
            elements.add(Element.of(code, goalCodes[m / StrategyColumns.MEASURES_PER_GOAL], ElementKind.MEASURE, "Measure " + code)
                    .withIndicators(List.of(codes).subList(from, to)));
        }
        Territory t = Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, String.valueOf(500000 + s)), "Obec " + s, TerritoryLevel.MUNICIPALITY);
        return new Strategy(StrategyId.of("obec-" + s), 1, t, "Strategie rozvoje obce " + s, StrategyKind.DEVELOPMENT_STRATEGY,
                StrategyPeriod.of(2021, 2035), null, List.of("Oblast", "Cíl", "Opatření"), null, elements, inds, List.of());
    }

    private Indicator indicator(StrategyColumns c, int i) {
        Direction dir = c.direction[i] > 0 ? Direction.INCREASE : Direction.DECREASE;
        Indicator ind = Indicator.of(codes[i], names[i], "units", IndicatorType.RESULT, dir, Periodicity.ANNUAL)
                .withMethod(c.method[i] == StrategyColumns.LINEAR ? "linear" : "open-sdg")
                .withWeight(BigDecimal.valueOf((long) c.weight[i]));
        if (c.baseYear[i] != 0) {
            ind = ind.withBaseline(Baseline.of(Period.year(c.baseYear[i]), decimal(c.baseValue[i])));
        }
        if (!Double.isNaN(c.target[i])) {
            ind = ind.withTarget(Target.of(decimal(c.target[i]), c.targetYear[i]));
        }
        if (c.milestoneYear[i] != 0) {
            ind = ind.withMilestones(List.of(new Milestone(c.milestoneYear[i], decimal(c.milestoneValue[i]))));
        }
        if (!Double.isNaN(c.limit[i])) {
            ind = ind.withNaturalLimit(decimal(c.limit[i]));
        }
        return ind;
    }

    /**
     * Strategy {@code s}'s values as Strateg's columnar input (one layout for every strategy, checked once, so each
     * strategy's values are only copied and checked for infinities): the same values as {@link #observations}, whose
     * decimals (tenths) are exactly the shortest decimals of the doubles, so both evaluate alike.
     */
    public ValueColumns valueColumns(StrategyColumns c) {
        return layout.with(c.values);
    }

    /** The one layout of every strategy's values ({@link StrategyColumns#values}, row by row). */
    public ValueColumns.Layout layout() {
        return layout;
    }

    /** A reusable buffer of the shared layout, for {@link #fill}: one per thread. */
    public ValueColumns.Buffer buffer() {
        return layout.buffer();
    }

    /** Strategy {@code c}'s values copied (and checked for infinities) into a buffer of {@link #buffer()}: the same values as {@link #valueColumns}. */
    public ValueColumns.Buffer fill(ValueColumns.Buffer buffer, StrategyColumns c) {
        return buffer.set(c.values);
    }

    /** Strategy {@code s}'s observations in Strateg's model (headline series only, all final). */
    public List<Observation> observations(StrategyColumns c) {
        List<Observation> out = new ArrayList<>(indicators * years);
        for (int i = 0; i < indicators; i++) {
            for (int y = 0; y < years; y++) {
                double v = c.values[i * years + y];
                if (!Double.isNaN(v)) {
                    out.add(Observation.of(codes[i], periods[y], decimal(v)));
                }
            }
        }
        return out;
    }
}
