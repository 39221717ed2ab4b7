package eu.strateg.core.strategy;

import eu.strateg.core.validation.Problems;

/** The years a strategy covers, e.g. 2021–2030 (inclusive). */
public record StrategyPeriod(int fromYear, int toYear) {

    public StrategyPeriod {
        Problems p = new Problems();
        if (fromYear < 1900 || fromYear > 2200) {
            p.add("fromYear", "year %d is outside 1900–2200", fromYear);
        }
        if (toYear < 1900 || toYear > 2200) {
            p.add("toYear", "year %d is outside 1900–2200", toYear);
        }
        if (toYear < fromYear) {
            p.add("", "the period is inverted: it starts in %d and ends in %d", fromYear, toYear);
        }
        p.throwIfAny();
    }

    public static StrategyPeriod of(int fromYear, int toYear) {
        return new StrategyPeriod(fromYear, toYear);
    }

    public boolean contains(int year) {
        return year >= fromYear && year <= toYear;
    }

    @Override
    public String toString() {
        return fromYear + "–" + toYear;
    }
}
