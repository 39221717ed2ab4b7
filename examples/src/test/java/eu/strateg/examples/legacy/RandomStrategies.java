package eu.strateg.examples.legacy;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Random valid strategies with their observations, for comparing evaluators: every direction and built-in method
 * (and an unknown one), baselines and targets at, above and below the values (a target equal to the base gives
 * infinite rates), zero bases and targets, milestones, natural limits, computed indicators, quarterly series,
 * disaggregations, two values for one period, weights and element trees of any shape. Values have one decimal
 * place, so the exact decimal and the double of a value order alike.
 */
final class RandomStrategies {

    private static final Direction[] DIRECTIONS = {Direction.INCREASE, Direction.INCREASE, Direction.DECREASE, Direction.DECREASE,
        Direction.MAINTAIN_AT_LEAST, Direction.MAINTAIN_AT_MOST, Direction.RANGE, Direction.QUALITATIVE, Direction.NONE};
    private static final String[] TREND_METHODS = {null, null, "open-sdg", "linear", "eurostat", "eurostat-long"};

    /** One generated case: the strategy, its observations, the as-of date. */
    record Case(Strategy strategy, List<Observation> observations, LocalDate asOf, boolean headlineAnnualOnly) {
    }

    private final Random r;
    private boolean onlyHeadlineAnnual;

    RandomStrategies(Random r) {
        this.r = r;
    }

    Case next(int number) {
        onlyHeadlineAnnual = true;
        int n = 1 + r.nextInt(12);
        List<Indicator> indicators = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Indicator ind = indicator("I" + (i + 1), i);
            indicators.add(ind);
            if (ind.formula() == null || r.nextInt(4) == 0) {
                observations.addAll(observations(ind));
            }
        }
        Territory t = Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, String.valueOf(500000 + number)), "Obec " + number,
                TerritoryLevel.MUNICIPALITY);
        Strategy s = new Strategy(StrategyId.of("gen-" + number), 1, t, "Strategie " + number, StrategyKind.DEVELOPMENT_STRATEGY,
                StrategyPeriod.of(2015, 2035), null, List.of("Oblast", "Cíl"), null, elements(indicators), indicators, List.of());
        LocalDate asOf = LocalDate.of(2016 + r.nextInt(11), 1 + r.nextInt(12), 1).plusDays(r.nextInt(28));
        return new Case(s, observations, asOf, onlyHeadlineAnnual);
    }

    private Indicator indicator(String code, int i) {
        Direction d = DIRECTIONS[r.nextInt(DIRECTIONS.length)];
        boolean quarterly = r.nextInt(8) == 0;
        onlyHeadlineAnnual &= !quarterly;
        Indicator ind = Indicator.of(code, "Indicator " + code, "units", IndicatorType.RESULT, d, quarterly ? Periodicity.QUARTERLY : Periodicity.ANNUAL);
        int baseYear = 2012 + r.nextInt(7);
        BigDecimal level = tenths(r.nextInt(6) == 0 ? 0 : r.nextInt(2000) / 10.0 - (r.nextInt(10) == 0 ? 50 : 0));
        if (r.nextInt(4) != 0) {
            ind = ind.withBaseline(Baseline.of(quarterly && r.nextBoolean() ? Period.quarter(baseYear, 4) : Period.year(baseYear), level));
        }
        int targetYear = baseYear + 2 + r.nextInt(15);
        if (d == Direction.RANGE) {
            BigDecimal low = level.subtract(tenths(r.nextInt(100) / 10.0));
            ind = ind.withTarget(Target.range(low, r.nextInt(5) == 0 ? low : low.add(tenths(r.nextInt(300) / 10.0)), targetYear));
        } else if (d == Direction.QUALITATIVE) {
            ind = r.nextBoolean() ? ind.withTarget(Target.of(BigDecimal.ONE, targetYear)) : ind;
        } else if (d != Direction.NONE && r.nextInt(5) != 0) {
            int kind = r.nextInt(5);
            BigDecimal target = kind == 0 ? level : kind == 1 ? BigDecimal.ZERO : level.add(tenths((r.nextInt(800) - 300) / 10.0));
            ind = ind.withTarget(Target.of(target, targetYear));
            if (ind.baseline() != null && r.nextInt(3) == 0 && targetYear - baseYear >= 2) {
                int year = baseYear + 1 + r.nextInt(targetYear - baseYear - 1);
                ind = ind.withMilestones(List.of(new Milestone(year, tenths((level.doubleValue() + target.doubleValue()) / 2))));
            }
        }
        if (r.nextInt(6) == 0) {
            ind = ind.withNaturalLimit(tenths(50 + r.nextInt(100)));
        }
        if (d == Direction.INCREASE || d == Direction.DECREASE) {
            String m = r.nextInt(30) == 0 ? "no-such-method" : TREND_METHODS[r.nextInt(TREND_METHODS.length)];
            ind = m == null ? ind : ind.withMethod(m);
        }
        if (i >= 2 && r.nextInt(8) == 0) {
            ind = ind.withFormula("I1 " + "+-*/".charAt(r.nextInt(4)) + " I2");
        }
        if (r.nextInt(4) == 0) {
            ind = ind.withWeight(new BigDecimal(new String[] {"2", "0.5", "3", "1.5"}[r.nextInt(4)]));
        }
        return ind;
    }

    private List<Observation> observations(Indicator ind) {
        List<Observation> out = new ArrayList<>();
        boolean quarterly = ind.periodicity() == Periodicity.QUARTERLY;
        double level = ind.baseline() != null ? ind.baseline().value().doubleValue() : r.nextInt(2000) / 10.0;
        double step = (r.nextInt(200) - 80) / 100.0 * Math.max(1, Math.abs(level) / 20);
        boolean qualitative = ind.direction() == Direction.QUALITATIVE;
        int first = 2010 + r.nextInt(8);
        int last = first + r.nextInt(16);
        SortedMap<String, String> none = new TreeMap<>();
        for (int y = first; y <= last; y++) {
            if (r.nextInt(8) == 0) {
                continue;
            }
            double v = qualitative ? (y > first + 3 && r.nextBoolean() ? 1 : 0) : level + step * (y - first) + (r.nextInt(21) - 10) / 10.0;
            if (ind.target() != null && r.nextInt(10) == 0) {
                v = ind.target().value().doubleValue();
            }
            Period p = quarterly ? Period.quarter(y, 1 + r.nextInt(4)) : Period.year(y);
            out.add(observation(ind.code(), p, v, none));
            if (r.nextInt(40) == 0) {
                out.add(observation(ind.code(), p, v + 1, none)); // two values for one period: not one series
                onlyHeadlineAnnual = false;
            }
        }
        if (r.nextInt(6) == 0) {
            onlyHeadlineAnnual = false;
            SortedMap<String, String> women = new TreeMap<>(Map.of("sex", "F"));
            for (int y = first; y <= last; y += 1 + r.nextInt(2)) {
                out.add(observation(ind.code(), Period.year(y), level * 0.9 + step * (y - first), women));
            }
        }
        if (r.nextInt(5) == 0) {
            java.util.Collections.shuffle(out, r);
        }
        return out;
    }

    private static Observation observation(String code, Period p, double v, SortedMap<String, String> dis) {
        return new Observation(code, p, tenths(v), dis, null, null, null, null);
    }

    private List<Element> elements(List<Indicator> indicators) {
        List<Element> out = new ArrayList<>();
        int areas = r.nextInt(4);
        List<String> parents = new ArrayList<>();
        for (int a = 1; a <= areas; a++) {
            Element e = Element.of(String.valueOf(a), null, ElementKind.PRIORITY_AREA, "Area " + a);
            out.add(r.nextInt(3) == 0 ? e.withWeight(new BigDecimal(1 + r.nextInt(3))) : e);
            parents.add(String.valueOf(a));
            for (int g = 1; g <= r.nextInt(3); g++) {
                out.add(Element.of(a + "." + g, String.valueOf(a), ElementKind.GOAL, "Goal " + a + "." + g));
                parents.add(a + "." + g);
            }
        }
        for (int i = 0; i < indicators.size() && !parents.isEmpty(); i++) {
            if (r.nextInt(5) != 0) {
                String owner = parents.get(r.nextInt(parents.size()));
                int k = indexOf(out, owner);
                List<String> codes = new ArrayList<>(out.get(k).indicatorCodes());
                codes.add(indicators.get(i).code());
                out.set(k, out.get(k).withIndicators(codes));
            }
        }
        return out;
    }

    private static int indexOf(List<Element> elements, String code) {
        for (int k = 0; k < elements.size(); k++) {
            if (elements.get(k).code().equals(code)) {
                return k;
            }
        }
        throw new IllegalStateException(code);
    }

    private static BigDecimal tenths(double v) {
        return BigDecimal.valueOf(Math.round(v * 10), 1);
    }
}
