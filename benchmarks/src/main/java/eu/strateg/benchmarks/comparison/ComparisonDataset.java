package eu.strateg.benchmarks.comparison;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated municipalities for the comparison benchmark: municipality {@code s} has strategy {@code obec-s} in
 * territory CZ_ZUJ {@code 500000 + s}, with {@link #INDICATORS} compared indicators {@code C01 … C20} (odd ones higher
 * is better, even ones lower is better; each with a baseline in the first year and a target in 2030) and the
 * population {@code POP}, each with one headline annual value (two decimals; POP whole) in each of {@link #YEARS}
 * years from {@link #FIRST_YEAR}. The same seed gives the same values.
 */
public final class ComparisonDataset {

    public static final int INDICATORS = 20;
    public static final int YEARS = 10;
    public static final int FIRST_YEAR = 2014;
    public static final String POP = "POP";

    private final long seed;

    public ComparisonDataset(long seed) {
        this.seed = seed;
    }

    /** The code of compared indicator {@code i} (from 0): C01 … C20. */
    public static String code(int i) {
        return String.format("C%02d", i + 1);
    }

    /** Every compared code, in order. */
    public static List<String> codes() {
        List<String> out = new ArrayList<>(INDICATORS);
        for (int i = 0; i < INDICATORS; i++) {
            out.add(code(i));
        }
        return out;
    }

    /** Whether a higher value of indicator {@code i} is better. */
    public static boolean higherIsBetter(int i) {
        return i % 2 == 0;
    }

    public Strategy strategy(int s) {
        List<Indicator> indicators = new ArrayList<>(INDICATORS + 1);
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + s);
        for (int i = 0; i < INDICATORS; i++) {
            BigDecimal base = BigDecimal.valueOf(1_000 + r.nextInt(9_000), 1);
            BigDecimal target = higherIsBetter(i) ? base.multiply(BigDecimal.valueOf(13, 1)) : base.multiply(BigDecimal.valueOf(7, 1));
            indicators.add(Indicator.of(code(i), "Ukazatel " + (i + 1), "jednotka", IndicatorType.RESULT,
                    higherIsBetter(i) ? Direction.INCREASE : Direction.DECREASE, Periodicity.ANNUAL)
                    .withBaseline(Baseline.of(Period.year(FIRST_YEAR), base)).withTarget(Target.of(target, 2030)));
        }
        indicators.add(Indicator.of(POP, "Počet obyvatel", "osob", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL));
        List<Element> elements = List.of(Element.of("1", null, ElementKind.PRIORITY_AREA, "Rozvoj obce"),
                Element.of("1.1", "1", ElementKind.GOAL, "Lepší život v obci").withIndicators(codes()));
        Territory t = Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, String.valueOf(500000 + s)), "Obec " + s, TerritoryLevel.MUNICIPALITY);
        return new Strategy(StrategyId.of("obec-" + s), 1, t, "Strategie rozvoje obce " + s, StrategyKind.DEVELOPMENT_STRATEGY,
                StrategyPeriod.of(2021, 2030), null, List.of("Oblast", "Cíl"), null, elements, indicators, List.of());
    }

    /** The values of municipality {@code s}: each indicator's in each year, then the population's. */
    public List<Observation> observations(int s) {
        List<Observation> out = new ArrayList<>((INDICATORS + 1) * YEARS);
        SplittableRandom r = new SplittableRandom(seed * 7_919L + s);
        for (int i = 0; i < INDICATORS; i++) {
            long cents = 10_000 + r.nextInt(990_000);
            for (int y = 0; y < YEARS; y++) {
                cents = Math.max(1, cents + r.nextInt(-5_000, 5_001));
                out.add(Observation.of(code(i), Period.year(FIRST_YEAR + y), BigDecimal.valueOf(cents, 2)));
            }
        }
        long inhabitants = 50 + r.nextInt(r.nextInt(10) == 0 ? 200_000 : 5_000);
        for (int y = 0; y < YEARS; y++) {
            inhabitants = Math.max(20, inhabitants + r.nextInt(-30, 31));
            out.add(Observation.of(POP, Period.year(FIRST_YEAR + y), BigDecimal.valueOf(inhabitants)));
        }
        return out;
    }
}
