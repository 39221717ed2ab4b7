package eu.strateg.core.evaluation;

import static eu.strateg.core.evaluation.EvalFixtures.element;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluation as of a date and staleness (spec/evaluation.md §6), through the public services. */
class AsOfAndStalenessTest {

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(String instant) {
            now = Instant.parse(instant);
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock("2024-02-01T08:00:00Z");
    private final InMemoryStrategyRepository repository = new InMemoryStrategyRepository(clock);
    private final InMemoryObservationStore store = new InMemoryObservationStore(clock);
    private final StrategyService strategies = new StrategyService(repository);
    private final ObservationService observations = new ObservationService(store, repository, clock);
    private final EvaluationService evaluation = new EvaluationService(repository, store, new StandardEvaluator(), clock);

    /** km of cycle paths: baseline 2020 = 0, target 2030 = 100, linear by default. */
    private final Indicator paths = Indicator.of("KM", "Cycle paths", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
            .withBaseline(Baseline.of(Period.year(2020), java.math.BigDecimal.ZERO)).withTarget(Target.of("100", 2030));

    private Strategy create(List<Indicator> indicators) {
        return strategies.create(EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "1",
                indicators.stream().map(Indicator::code).toArray(String[]::new))), indicators, List.of()));
    }

    @Test
    void aCorrectionRecordedAfterTheDateDoesNotChangeTheEvaluationAsOfThatDate() {
        Strategy s = create(List.of(paths));
        observations.record(s.id(), List.of(Observation.of("KM", "2023", "24")));
        LocalDate d = LocalDate.of(2024, 3, 1);
        StrategyEvaluation before = evaluation.evaluate(s.id(), d);

        clock.set("2024-05-01T08:00:00Z");
        observations.correct(s.id(), Observation.of("KM", "2023", "33"));

        // As of D the value is still 24: expected(2023) = 30, ratio 24/30 = 0.8 → NEEDS_ACCELERATION.
        StrategyEvaluation again = evaluation.evaluate(s.id(), d);
        // As of a later date the correction counts: ratio 33/30 = 1.1 → ON_TRACK.
        StrategyEvaluation later = evaluation.evaluate(s.id(), LocalDate.of(2024, 5, 2));

        assertThat(again).isEqualTo(before);
        assertThat(again.indicator("KM").orElseThrow().assessment().components().currentValue()).isEqualByComparingTo("24");
        assertThat(again.indicator("KM").orElseThrow().assessment().status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(later.indicator("KM").orElseThrow().assessment().components().currentValue()).isEqualByComparingTo("33");
        assertThat(later.indicator("KM").orElseThrow().assessment().status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aPeriodNotYetEndedByTheDateIsIgnored() {
        Strategy s = create(List.of(paths));
        // 2024 is an early estimate recorded in February 2024; the year has not ended by June 2024.
        observations.record(s.id(), List.of(Observation.of("KM", "2023", "24"),
                Observation.of("KM", "2024", "60").withRecordedAt(Instant.parse("2024-02-15T09:00:00Z"))));

        IndicatorEvaluation mid2024 = evaluation.evaluate(s.id(), LocalDate.of(2024, 6, 30)).indicator("KM").orElseThrow();
        IndicatorEvaluation end2024 = evaluation.evaluate(s.id(), LocalDate.of(2024, 12, 31)).indicator("KM").orElseThrow();

        assertThat(mid2024.latestPeriod()).isEqualTo(Period.year(2023));
        assertThat(mid2024.observationCount()).isEqualTo(1);
        assertThat(end2024.latestPeriod()).isEqualTo(Period.year(2024));
    }

    @Test
    void staleAnnualQuarterlyAndMonthlyIndicators() {
        Indicator annual = Indicator.of("A", "Annual", "t", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL);
        Indicator quarterly = Indicator.of("Q", "Quarterly", "t", IndicatorType.RESULT, Direction.INCREASE, Periodicity.QUARTERLY);
        Indicator monthly = Indicator.of("M", "Monthly", "t", IndicatorType.RESULT, Direction.INCREASE, Periodicity.MONTHLY);
        Strategy s = create(List.of(annual, quarterly, monthly));
        clock.set("2023-10-15T08:00:00Z");
        observations.record(s.id(), List.of(Observation.of("A", "2021", "1"), Observation.of("Q", "2023-Q1", "1"),
                Observation.of("M", "2023-09", "1")));

        // annual 2021 ends 2021-12-31, fresh for 2 years: until 2023-12-31.
        // quarterly 2023-Q1 ends 2023-03-31, fresh for 3 quarters: until 2023-12-31.
        // monthly 2023-09 ends 2023-09-30, fresh for 3 months: until 2023-12-30.
        StrategyEvaluation dec30 = evaluation.evaluate(s.id(), LocalDate.of(2023, 12, 30));
        StrategyEvaluation dec31 = evaluation.evaluate(s.id(), LocalDate.of(2023, 12, 31));
        StrategyEvaluation jan1 = evaluation.evaluate(s.id(), LocalDate.of(2024, 1, 1));

        assertThat(stale(dec30)).containsExactly(false, false, false);
        assertThat(stale(dec31)).containsExactly(false, false, true);
        assertThat(stale(jan1)).containsExactly(true, true, true);
        assertThat(dec30.summary().fresh()).isEqualTo(3);
        assertThat(jan1.summary().fresh()).isZero();
        assertThat(jan1.summary().freshShare()).isZero();
    }

    @Test
    void theDeclaredBaselineStartsTheTrajectoryWhenNoValueWasRecordedForIt() {
        Strategy s = create(List.of(paths));
        observations.record(s.id(), List.of(Observation.of("KM", "2025", "50")));

        Assessment a = evaluation.evaluate(s.id(), LocalDate.of(2026, 1, 31)).indicator("KM").orElseThrow().assessment();

        // base (2020, 0) from the strategy; expected(2025) = 50; ratio 50/50 = 1 → ON_TRACK.
        assertThat(a.components().basePeriod()).isEqualTo(Period.year(2020));
        assertThat(a.components().ratio()).isEqualTo(1.0);
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.method()).isEqualTo("linear");
    }

    /**
     * The stale rule's option: KM's 2021 value (24 → expected 10, ratio 2.4 → ON_TRACK, score 5) is stale as of
     * 2025-06-30 (fresh until 2023-12-31); FRESH's 2024 value is fresh. Counted (default) the area's score is the
     * mean of both; left out, it is FRESH's alone, while KM itself keeps its status and its stale mark.
     */
    @Test
    void aStrategyCanLeaveStaleAssessmentsOutOfTheRollup() {
        Indicator fresh = Indicator.of("FRESH", "Fresh", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), java.math.BigDecimal.ZERO)).withTarget(Target.of("100", 2030));
        Strategy s = EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "1", "KM", "FRESH")), List.of(paths, fresh),
                List.of());
        // FRESH: expected(2024) = 40, value 20 → ratio 0.5 → LIMITED_PROGRESS, score below KM's 5
        List<Observation> values = List.of(Observation.of("KM", "2021", "24"), Observation.of("FRESH", "2024", "20"));
        LocalDate d = LocalDate.of(2025, 6, 30);

        StrategyEvaluation counted = new StandardEvaluator().evaluate(s, values, d);
        StrategyEvaluation leftOut = new StandardEvaluator().withStaleRule(StaleRule.LEAVE_OUT).evaluate(s, values, d);

        double kmScore = counted.indicator("KM").orElseThrow().assessment().score();
        double freshScore = counted.indicator("FRESH").orElseThrow().assessment().score();
        assertThat(counted.indicator("KM").orElseThrow().stale()).isTrue();
        assertThat(counted.summary().score()).isCloseTo((kmScore + freshScore) / 2, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(leftOut.summary().score()).isCloseTo(freshScore, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(leftOut.indicator("KM").orElseThrow().assessment()).isEqualTo(counted.indicator("KM").orElseThrow().assessment());
        assertThat(leftOut.elements().get(0).assessable()).isEqualTo(1);
    }

    private static List<Boolean> stale(StrategyEvaluation e) {
        return e.indicators().stream().map(IndicatorEvaluation::stale).toList();
    }
}
