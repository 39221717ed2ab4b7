package eu.strateg.core.port;

import eu.strateg.core.strategy.StrategyId;
import java.math.BigDecimal;

/**
 * Receives the current headline annual values that {@link ObservationStore#forEachAnnualValue} reads (roční hodnoty /
 * wartości roczne): what a comparison of territories needs of each value, without the rest of an
 * {@link eu.strateg.core.observation.Observation} (status, source, note, recorded-at time).
 */
@FunctionalInterface
public interface AnnualValueSink {

    /**
     * One value.
     *
     * @param strategy the strategy the value belongs to
     * @param indicatorCode the indicator's code in that strategy
     * @param year the calendar year of the period
     * @param value the value, exactly as stored
     */
    void accept(StrategyId strategy, String indicatorCode, int year, BigDecimal value);
}
