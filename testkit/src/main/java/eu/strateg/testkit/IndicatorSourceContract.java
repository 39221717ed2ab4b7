package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.port.IndicatorSource.Batch;
import eu.strateg.core.strategy.Strategy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IndicatorSource} must do. Extend it in your adapter's tests: {@link #newSource()} gives a source
 * that can answer (for an HTTP source, one pointed at a local server with fixture responses) and {@link #strategy()}
 * a strategy with at least one indicator that declares this source, for whose territory the source has values, and
 * at least one indicator that does not declare it.
 *
 * <p>By default an indicator declares a source when its {@code source} is the source's {@link IndicatorSource#name()
 * name}, a colon and the variable, e.g. {@code bdl:72305}; override {@link #declaresThisSource(IndicatorSource,
 * Indicator)} and {@link #variableOf(Indicator)} when an adapter uses another convention.
 *
 * <p>Provenance: every observation names, in its {@code source}, the source and the variable it was fetched for, and
 * carries the time it was retrieved as its {@code recordedAt} (the time the value became known to Strateg, so that
 * fetching the same value again changes nothing in a store); the batch says where it came from, and its {@code
 * retrievedAt} is the time of its oldest value, so no observation carries an earlier one.
 */
public abstract class IndicatorSourceContract {

    /** A new source, ready to answer for {@link #strategy()}. */
    protected abstract IndicatorSource newSource();

    /** A strategy with indicators that declare this source (with values available) and at least one that does not. */
    protected abstract Strategy strategy();

    /** Whether {@code indicator} asks {@code source} for its values; by default its source is {@code name:variable}. */
    protected boolean declaresThisSource(IndicatorSource source, Indicator indicator) {
        String s = indicator.source();
        return !indicator.isComputed() && s != null && s.startsWith(source.name() + ":") && s.length() > source.name().length() + 1;
    }

    /** The variable {@code indicator} asks for, which each of its observations must name; by default the part after the colon. */
    protected String variableOf(Indicator indicator) {
        return indicator.source().substring(indicator.source().indexOf(':') + 1);
    }

    private Map<String, Indicator> declared(IndicatorSource source, Strategy strategy) {
        return strategy.indicators().stream().filter(i -> declaresThisSource(source, i))
                .collect(Collectors.toMap(Indicator::code, i -> i, (a, b) -> a, TreeMap::new));
    }

    private static List<String> values(Batch batch) {
        return batch.observations().stream()
                .map(o -> o.indicatorCode() + o.disaggregation() + "@" + o.period() + "=" + o.value().stripTrailingZeros().toPlainString() + " "
                        + o.status())
                .sorted().toList();
    }

    @Test
    void theNameIsShortStableAndTheSameForEveryInstance() {
        IndicatorSource source = newSource();
        String name = source.name();

        assertThat(name).isNotBlank().doesNotContainAnyWhitespaces().doesNotContain(":");
        assertThat(source.name()).isEqualTo(name);
        assertThat(newSource().name()).isEqualTo(name);
    }

    @Test
    void theExampleStrategyHasIndicatorsOfThisSourceAndOthers() {
        IndicatorSource source = newSource();
        Strategy strategy = strategy();
        Map<String, Indicator> declared = declared(source, strategy);

        assertThat(declared).as("indicators of %s declaring source '%s'", strategy.id(), source.name()).isNotEmpty();
        assertThat(strategy.indicators()).as("indicators that do not declare source '%s'", source.name())
                .anyMatch(i -> !declared.containsKey(i.code()));
    }

    @Test
    void fetchReturnsValuesOnlyForTheIndicatorsThatDeclareThisSource() {
        IndicatorSource source = newSource();
        Strategy strategy = strategy();

        Batch batch = source.fetch(strategy);

        assertThat(batch.observations()).isNotEmpty();
        assertThat(batch.observations()).extracting(Observation::indicatorCode).allMatch(declared(source, strategy)::containsKey);
    }

    @Test
    void everyObservationNamesItsVariableAndCarriesItsRetrievalTimeAndTheBatchSaysWhereItCameFrom() {
        IndicatorSource source = newSource();
        Strategy strategy = strategy();
        Map<String, Indicator> declared = declared(source, strategy);

        Batch batch = source.fetch(strategy);

        assertThat(batch.retrievedAt()).isNotNull();
        assertThat(batch.provenance()).isNotBlank();
        for (Observation o : batch.observations()) {
            String variable = variableOf(declared.get(o.indicatorCode()));
            assertThat(o.source()).as("source of %s %s", o.indicatorCode(), o.period()).isNotBlank().contains(variable);
            assertThat(o.recordedAt()).as("retrieval time (recordedAt) of %s %s", o.indicatorCode(), o.period()).isNotNull()
                    .isAfterOrEqualTo(batch.retrievedAt());
        }
    }

    @Test
    void thereIsAtMostOneValuePerSeriesAndPeriod() {
        Batch batch = newSource().fetch(strategy());

        Set<String> seen = new HashSet<>();
        for (Observation o : batch.observations()) {
            assertThat(seen.add(o.seriesKey() + "@" + o.period())).as("a second value for %s %s", o.seriesKey(), o.period()).isTrue();
        }
    }

    @Test
    void aStrategyWithNoIndicatorOfThisSourceGetsAnEmptyBatch() {
        IndicatorSource source = newSource();
        Strategy strategy = strategy();
        Strategy without = strategy.withIndicators(strategy.indicators().stream()
                .map(i -> declaresThisSource(source, i) ? i.withDetails(i.description(), null, i.responsible(), i.displayDecimals()) : i)
                .toList());

        Batch batch = source.fetch(without);

        assertThat(batch.observations()).isEmpty();
    }

    @Test
    void fetchingAgainGivesTheSameValues() {
        IndicatorSource source = newSource();
        Strategy strategy = strategy();

        List<String> first = values(source.fetch(strategy));
        List<String> second = values(source.fetch(strategy));
        List<String> fresh = values(newSource().fetch(strategy));

        assertThat(second).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
    }
}
