package eu.strateg.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.Fixtures;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each plausibility rule refuses what cannot be true, with a path, and stores nothing. */
class PlausibilityTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStrategyRepository repository = new InMemoryStrategyRepository(clock);
    private final InMemoryObservationStore store = new InMemoryObservationStore(clock);
    private final ObservationService observations = new ObservationService(store, repository, clock);

    private static Indicator share() {
        return Indicator.of("SHARE", "Podíl tříděného odpadu", "%", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                .withNaturalLimit(BigDecimal.valueOf(100));
    }

    private Strategy saved(Indicator... indicators) {
        Strategy s = Fixtures.valid();
        List<Indicator> all = new java.util.ArrayList<>(s.indicators());
        all.addAll(List.of(indicators));
        return new StrategyService(repository).create(s.withIndicators(all));
    }

    private List<Problem> recording(Strategy s, Observation o) {
        ValidationException e = catchThrowableOfType(() -> observations.record(s.id(), List.of(Observation.of("I1", "2022", "1"), o)),
                ValidationException.class);
        assertThat(store.find(eu.strateg.core.observation.ObservationQuery.all(s.id()))).isEmpty();
        return e.problems();
    }

    @Test
    void aValueAboveTheNaturalLimitIsRefused() {
        Strategy s = saved(share());

        assertThat(recording(s, Observation.of("SHARE", "2024", "150"))).containsExactly(new Problem("observations[1].value",
                "indicator SHARE: value 150 for 2024 is above its natural limit 100"));
    }

    @Test
    void aTargetAboveTheNaturalLimitIsRefused() {
        ValidationException e = catchThrowableOfType(() -> share().withTarget(Target.of("120", 2030)), ValidationException.class);

        assertThat(e.problems()).containsExactly(new Problem("target.value", "the target 120 is above the natural limit 100"));
    }

    @Test
    void aQualitativeValueOtherThanZeroOrOneIsRefused() {
        Indicator plan = Indicator.of("PLAN", "Plán přijat", "ano/ne", IndicatorType.OUTPUT, Direction.QUALITATIVE, Periodicity.IRREGULAR);
        Strategy s = saved(plan);

        assertThat(recording(s, Observation.of("PLAN", "2024", "2"))).containsExactly(new Problem("observations[1].value",
                "indicator PLAN is a yes/no indicator: its values are 1 (yes) or 0 (no), not 2"));
        assertThat(catchThrowableOfType(() -> plan.withTarget(Target.of("2", 2030)), ValidationException.class).problems())
                .extracting(Problem::path).containsExactly("target.value");
    }

    @Test
    void aPeriodThatDoesNotMatchThePeriodicityIsRefused() {
        Strategy s = saved(share());

        assertThat(recording(s, Observation.of("SHARE", "2024-07", "40"))).containsExactly(new Problem("observations[1].period",
                "indicator SHARE is measured annual, so its periods look like 2024; 2024-07 does not match"));
        assertThat(Plausibility.periodType(Periodicity.IRREGULAR)).isNull();
        assertThat(Plausibility.periodType(Periodicity.QUARTERLY)).isEqualTo(eu.strateg.core.period.PeriodType.QUARTER);
    }

    @Test
    void twoDifferentValuesWithTheSameRecordedAtAreRefused() {
        Strategy s = saved();
        Instant at = Instant.parse("2024-03-01T08:00:00Z");
        observations.record(s.id(), List.of(Observation.of("I1", Period.year(2023), BigDecimal.ONE).withRecordedAt(at)));

        ValidationException e = catchThrowableOfType(() -> observations.record(s.id(),
                List.of(Observation.of("I1", Period.year(2023), BigDecimal.TEN).withRecordedAt(at))), ValidationException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("observations[0]");
            assertThat(p.message()).startsWith("I1 2023: 10 recorded at 2024-03-01T08:00:00Z, but the store already holds 1");
        });
    }
}
