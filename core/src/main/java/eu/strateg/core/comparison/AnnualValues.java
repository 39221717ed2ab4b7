package eu.strateg.core.comparison;

import com.google.common.collect.ImmutableSortedMap;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.AnnualValueSink;
import eu.strateg.core.strategy.StrategyId;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Collects what {@link eu.strateg.core.port.ObservationStore#forEachAnnualValue} hands over, strategy by strategy and
 * code by code, in compact growable arrays rather than a tree map per series: at national scale (1.25 M values) the
 * collected values live through many young collections, and a map entry and a boxed year per value cost more in
 * copying than in building. Each year is boxed once per read.
 */
final class AnnualValues implements AnnualValueSink {

    /** One strategy's values of one code, in the order they came. */
    private static final class Series {
        private int[] years = new int[12];
        private BigDecimal[] values = new BigDecimal[12];
        private int size;

        void add(int year, BigDecimal value) {
            if (size == years.length) {
                years = Arrays.copyOf(years, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            years[size] = year;
            values[size++] = value;
        }
    }

    private final Map<StrategyId, Map<String, Series>> byStrategy = new HashMap<>();
    private final Integer[] boxedYears = new Integer[Period.MAX_YEAR - Period.MIN_YEAR + 1];
    private StrategyId last;
    private Map<String, Series> lastSeries;

    @Override
    public void accept(StrategyId strategy, String indicatorCode, int year, BigDecimal value) {
        if (!strategy.equals(last)) { // values mostly come strategy by strategy: one look-up per strategy
            last = strategy;
            lastSeries = byStrategy.computeIfAbsent(strategy, k -> new HashMap<>());
        }
        lastSeries.computeIfAbsent(indicatorCode, k -> new Series()).add(year, value);
    }

    /**
     * A strategy's values of the given codes: by code, the value of each year.
     *
     * @throws IllegalStateException when the store gave two values of one code and year (it must give current values only)
     */
    Map<String, SortedMap<Integer, BigDecimal>> of(StrategyId strategy, Set<String> codes) {
        Map<String, Series> all = byStrategy.getOrDefault(strategy, Map.of());
        Map<String, SortedMap<Integer, BigDecimal>> out = new LinkedHashMap<>();
        for (String code : codes) {
            Series s = all.get(code);
            if (s != null) {
                out.put(code, sorted(strategy, code, s));
            }
        }
        return out;
    }

    private ImmutableSortedMap<Integer, BigDecimal> sorted(StrategyId strategy, String code, Series s) {
        // insertion sort by year: the rows mostly come in year order already
        for (int i = 1; i < s.size; i++) {
            int year = s.years[i];
            BigDecimal value = s.values[i];
            int j = i - 1;
            while (j >= 0 && s.years[j] > year) {
                s.years[j + 1] = s.years[j];
                s.values[j + 1] = s.values[j];
                j--;
            }
            s.years[j + 1] = year;
            s.values[j + 1] = value;
        }
        ImmutableSortedMap.Builder<Integer, BigDecimal> b = ImmutableSortedMap.naturalOrder();
        for (int i = 0; i < s.size; i++) {
            if (i > 0 && s.years[i] == s.years[i - 1]) {
                throw new IllegalStateException(String.format("the store gave two current values (%s and %s) of %s in %d of strategy %s",
                        s.values[i - 1].toPlainString(), s.values[i].toPlainString(), code, s.years[i], strategy));
            }
            b.put(boxed(s.years[i]), s.values[i]);
        }
        return b.buildOrThrow();
    }

    private Integer boxed(int year) {
        int i = year - Period.MIN_YEAR;
        Integer y = boxedYears[i];
        if (y == null) {
            y = year;
            boxedYears[i] = y;
        }
        return y;
    }
}
