package eu.strateg.core.port;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import eu.strateg.core.strategy.StrategyId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where measured values are kept, apart from strategies (driven port). Observations are many; each belongs to a
 * strategy and is identified within it by series (indicator + disaggregation) and period.
 *
 * <p>Corrections never overwrite: a new value for an existing series and period is stored as a new version with
 * its recorded-at time, and a query as of an earlier instant still sees the old value.
 */
public interface ObservationStore {

    /**
     * Stores observations in bulk. For each one: no value yet for its series and period → inserted; the same
     * content already current (value compared numerically, status, source, note) → unchanged, nothing written;
     * otherwise → a correction, the old value kept as history. Observations without a recorded-at time are stamped
     * with the store's clock. Loading the same file twice changes nothing. All or nothing: on an error nothing of
     * the batch is stored.
     */
    UpsertResult upsert(StrategyId strategy, Collection<Observation> observations);

    /** The current value (or the value as of {@code query.asOf()}) of every matching series and period, ordered by indicator, series, period. */
    List<Observation> find(ObservationQuery query);

    /** Like {@link #find} but streams to {@code sink}; adapters override it to avoid holding everything in memory. */
    default void forEach(ObservationQuery query, Consumer<Observation> sink) {
        find(query).forEach(sink);
    }

    /**
     * The current values of many strategies at once (a comparison of all municipalities): for each strategy given that
     * has a matching value, {@code sink} gets, once, the strategy's id and the list {@link #find} gives for
     * {@code ObservationQuery.all(strategy).indicators(indicatorCodes)} (empty codes: all indicators). A strategy
     * without matching values (unknown, outside a scope) is not handed over; an id given twice counts once. The order
     * of the strategies is the adapter's. The default loops over {@link #find}; adapters read them in one streamed
     * query.
     */
    default void forEachStrategy(Collection<StrategyId> strategies, Set<String> indicatorCodes,
            BiConsumer<StrategyId, List<Observation>> sink) {
        for (StrategyId id : new LinkedHashSet<>(strategies)) {
            List<Observation> found = find(ObservationQuery.all(id).indicators(indicatorCodes));
            if (!found.isEmpty()) {
                sink.accept(id, found);
            }
        }
    }

    /**
     * The current headline annual values of many strategies at once, each handed to {@code sink} as strategy, code, year
     * and value (what a comparison of territories reads): of the strategies and codes {@link #forEachStrategy} would
     * read (empty codes: all indicators), only the values without disaggregation whose period is a calendar year.
     * Superseded versions are left out as in {@link #find}. The order is the adapter's: a strategy's values need not
     * come together. The default filters {@link #forEachStrategy}; adapters read only these columns and rows.
     */
    default void forEachAnnualValue(Collection<StrategyId> strategies, Set<String> indicatorCodes, AnnualValueSink sink) {
        forEachStrategy(strategies, indicatorCodes, (id, observations) -> {
            for (Observation o : observations) {
                if (o.disaggregation().isEmpty() && o.period().type() == PeriodType.YEAR) {
                    sink.accept(id, o.indicatorCode(), o.period().year(), o.value());
                }
            }
        });
    }

    /** Every version ever stored for one series and period, oldest first. */
    List<Observation> history(StrategyId strategy, SeriesKey series, Period period);

    /** How many current values a strategy has (all series and periods). */
    default long count(StrategyId strategy) {
        return find(ObservationQuery.all(strategy)).size();
    }
}
