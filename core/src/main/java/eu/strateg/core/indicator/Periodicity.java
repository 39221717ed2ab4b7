package eu.strateg.core.indicator;

import java.time.Period;

/** How often an indicator is measured; decides when its latest value counts as stale (spec §6). */
public enum Periodicity {
    ANNUAL(Period.ofYears(2)),
    SEMIANNUAL(Period.ofMonths(12)),
    QUARTERLY(Period.ofMonths(9)),
    MONTHLY(Period.ofMonths(3)),
    /** measured once in a while (a survey every few years): stale after five years */
    IRREGULAR(Period.ofYears(5));

    private final Period staleAfter;

    Periodicity(Period staleAfter) {
        this.staleAfter = staleAfter;
    }

    /** How long after the end of the latest period the value is still fresh. */
    public Period staleAfter() {
        return staleAfter;
    }
}
