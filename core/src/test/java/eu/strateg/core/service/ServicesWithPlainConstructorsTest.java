package eu.strateg.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.Fixtures;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The use cases, wired by hand: no container anywhere. */
class ServicesWithPlainConstructorsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-02-01T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStrategyRepository repository = new InMemoryStrategyRepository(clock);
    private final StrategyService strategies = new StrategyService(repository);
    private final ObservationService observations = new ObservationService(new InMemoryObservationStore(clock), repository, clock);

    @Test
    void createsEditsAndAdoptsAStrategyKeepingEveryRevision() {
        Strategy created = strategies.create(Fixtures.valid());
        Strategy edited = strategies.edit(created.id(), 1, s -> s.withVision("Město pro život"));
        Strategy adopted = strategies.adopt(created.id(), 2, LocalDate.of(2021, 6, 21), "Usnesení ZM č. 12/2021");
        Strategy amended = strategies.edit(created.id(), 3, s -> s.withTitle("Strategie – aktualizace"));

        assertThat(List.of(created.revision(), edited.revision(), adopted.revision(), amended.revision())).containsExactly(1L, 2L, 3L, 4L);
        assertThat(adopted.lifecycle().state()).isEqualTo(LifecycleState.ADOPTED);
        assertThat(amended.lifecycle().state()).as("an edit of an adopted strategy is a draft amendment").isEqualTo(LifecycleState.DRAFT);
        assertThat(strategies.history(created.id())).extracting(RevisionInfo::adopted).containsExactly(false, false, true, false);
        assertThat(repository.findLatestAdopted(created.id())).contains(adopted);
    }

    @Test
    void anEditBasedOnAStaleRevisionIsAConflict() {
        Strategy created = strategies.create(Fixtures.valid());
        strategies.edit(created.id(), 1, s -> s.withVision("Alice"));

        assertThatThrownBy(() -> strategies.edit(created.id(), 1, s -> s.withVision("Bob"))).isInstanceOf(RevisionConflictException.class);
        assertThat(strategies.current(created.id()).vision()).isEqualTo("Alice");
    }

    @Test
    void adoptingAStrategyWithProblemsReportsThemAllAndSavesNothing() {
        Indicator noBaseline = Indicator.of("I1", "Cyklostezky", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL);
        List<eu.strateg.core.strategy.Element> tree = new ArrayList<>(Fixtures.tree());
        tree.set(2, tree.get(2).withDetails(null, null));
        Strategy incomplete = strategies.create(Fixtures.strategy(tree, List.of(noBaseline), List.of()));

        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> strategies.adopt(incomplete.id(), 1, LocalDate.of(2021, 6, 21), "ZM 1/2021"));

        assertThat(e.problems()).containsExactly(
                new Problem("indicators[I1].baseline", "indicator I1 has no baseline; an adopted strategy needs one"),
                new Problem("indicators[I1].target", "indicator I1 has no target; an adopted strategy needs one"),
                new Problem("elements[1.1.1].responsible", "measure 1.1.1 has nobody responsible"));
        assertThat(strategies.history(incomplete.id())).hasSize(1);
        assertThat(strategies.current(incomplete.id()).lifecycle().state()).isEqualTo(LifecycleState.DRAFT);
    }

    @Test
    void recordsObservationsAndRejectsUnknownIndicatorsWithTheirPosition() {
        Strategy s = strategies.create(Fixtures.valid());

        UpsertResult ok = observations.record(s.id(), List.of(Observation.of("I1", "2022", "2.5"), Observation.of("I1", "2023", "4")));
        ValidationException bad = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(() -> observations.record(s.id(),
                List.of(Observation.of("I1", "2024", "5"), Observation.of("OUT-07", "2024", "1"), Observation.of("X", "2024", "1"))));

        assertThat(ok).isEqualTo(new UpsertResult(2, 0, 0));
        assertThat(bad.problems()).containsExactly(
                new Problem("observations[1].indicator", "indicator OUT-07 is not defined in strategy test"),
                new Problem("observations[2].indicator", "indicator X is not defined in strategy test"));
        assertThat(observations.find(ObservationQuery.all(s.id()))).hasSize(2);
        // undated first values are history: known from the day after their period ended, in the clock's zone
        assertThat(observations.find(ObservationQuery.all(s.id()))).allSatisfy(o -> assertThat(o.recordedAt())
                .isEqualTo(o.period().end().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }

    @Test
    void importsFromAnIndicatorSourceWithProvenance() {
        Strategy s = strategies.create(Fixtures.valid());
        IndicatorSource spreadsheet = new IndicatorSource() {
            @Override
            public String name() {
                return "spreadsheet";
            }

            @Override
            public Batch fetch(Strategy strategy) {
                return new Batch(List.of(Observation.of("I1", "2022", "3")), "file:cyklostezky.xlsx", Instant.parse("2025-01-20T00:00:00Z"));
            }
        };

        UpsertResult result = observations.importFrom(spreadsheet, s.id());

        assertThat(result.inserted()).isEqualTo(1);
        Observation o = observations.find(ObservationQuery.all(s.id())).get(0);
        assertThat(o.source()).isEqualTo("file:cyklostezky.xlsx");
        // the retrieval time is provenance; an undated first value is known from the day after its period (2022) ended
        assertThat(o.recordedAt()).isEqualTo(LocalDate.of(2023, 1, 1).atStartOfDay(clock.getZone()).toInstant());
    }

    @Test
    void unknownStrategiesAreValidationErrorsNamingTheId() {
        assertThatThrownBy(() -> strategies.current(StrategyId.of("nikde")))
                .isInstanceOf(StrategyNotFoundException.class).hasMessage("id: no strategy with id nikde");
        assertThatThrownBy(() -> observations.record(StrategyId.of("nikde"), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nikde");
    }
}
