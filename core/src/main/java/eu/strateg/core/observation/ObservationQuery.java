package eu.strateg.core.observation;

import com.google.common.collect.ImmutableSet;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import java.time.Instant;
import java.util.Set;

/**
 * Which observations to read from a store.
 *
 * @param indicatorCodes the indicators wanted; empty means all of the strategy's
 * @param from if set, only periods that start on or after {@code from}'s start
 * @param to if set, only periods that end on or before {@code to}'s end
 * @param asOf if set, each value as it was known at that instant (corrections recorded later are ignored);
 *     null means the latest
 */
public record ObservationQuery(StrategyId strategy, Set<String> indicatorCodes, Period from, Period to, Instant asOf) {

    public ObservationQuery {
        if (strategy == null) {
            throw new eu.strateg.core.validation.ValidationException("strategy", "a query needs a strategy id");
        }
        indicatorCodes = indicatorCodes == null ? ImmutableSet.of() : ImmutableSet.copyOf(indicatorCodes);
    }

    public static ObservationQuery all(StrategyId strategy) {
        return new ObservationQuery(strategy, Set.of(), null, null, null);
    }

    public ObservationQuery indicators(Set<String> codes) {
        return new ObservationQuery(strategy, codes, from, to, asOf);
    }

    public ObservationQuery between(Period newFrom, Period newTo) {
        return new ObservationQuery(strategy, indicatorCodes, newFrom, newTo, asOf);
    }

    public ObservationQuery asOf(Instant instant) {
        return new ObservationQuery(strategy, indicatorCodes, from, to, instant);
    }

    /** Whether an observation's indicator and period pass this query's filters (not the as-of time). */
    public boolean matches(Observation o) {
        return (indicatorCodes.isEmpty() || indicatorCodes.contains(o.indicatorCode()))
                && (from == null || !o.period().start().isBefore(from.start()))
                && (to == null || !o.period().end().isAfter(to.end()));
    }
}
