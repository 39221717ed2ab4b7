package eu.strateg.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.Fixtures;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.formula.Formula;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyRules;
import eu.strateg.core.validation.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits core enforces on hostile sizes, each ending in a {@code ValidationException} rather than a stack overflow
 * or out-of-memory: the tree depth ({@link StrategyRules#MAX_DEPTH}), a formula's length and nesting, and the number of
 * observations one call records ({@link ObservationService#withMaxObservationsPerImport}).
 */
class CoreLimitsTest {

    /** A chain of elements {@code levels} deep: a priority area, then activities under activities. */
    private static List<Element> chain(int levels) {
        List<Element> out = new ArrayList<>();
        out.add(Element.of("L0", null, ElementKind.PRIORITY_AREA, "Level 0"));
        for (int i = 1; i < levels; i++) {
            out.add(Element.of("L" + i, "L" + (i - 1), ElementKind.ACTIVITY, "Level " + i));
        }
        return out;
    }

    @Test
    void aTreeAsDeepAsTheLimitIsValid() {
        Strategy s = Fixtures.strategy(chain(StrategyRules.MAX_DEPTH), List.of(), List.of());

        assertThat(s.elements()).hasSize(StrategyRules.MAX_DEPTH);
    }

    @Test
    void aTreeOneLevelDeeperThanTheLimitIsRejectedWithTheElementsPath() {
        assertThatThrownBy(() -> Fixtures.strategy(chain(StrategyRules.MAX_DEPTH + 1), List.of(), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("elements[L" + StrategyRules.MAX_DEPTH + "]")
                .hasMessageContaining("deeper than " + StrategyRules.MAX_DEPTH);
    }

    @Test
    void aTreeTwoHundredThousandLevelsDeepIsRejectedWithoutOverflowingTheStack() {
        // before the depth walk was capped this took n² steps: 20,000 levels about 7 s, 200,000 more than ten minutes
        assertThatThrownBy(() -> Fixtures.strategy(chain(200_000), List.of(), List.of())).isInstanceOf(ValidationException.class);
    }

    @Test
    void aShortCycleIsStillReportedAsACycle() {
        List<Element> cycle = List.of(Element.of("A", "C", ElementKind.GOAL, "A"), Element.of("B", "A", ElementKind.GOAL, "B"),
                Element.of("C", "B", ElementKind.GOAL, "C"));

        assertThatThrownBy(() -> Fixtures.strategy(cycle, List.of(), List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void aFormulaOfTwoThousandCharactersParsesAndALongerOneIsRejected() {
        String ok = "A" + " + A".repeat((2000 - 1) / 4);
        assertThat(ok.length()).isLessThanOrEqualTo(2000);
        assertThat(Formula.parse(ok).references()).containsExactly("A");

        assertThatThrownBy(() -> Formula.parse(ok + " + A")).isInstanceOf(ValidationException.class).hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> Formula.parse("A+".repeat(5_000_000) + "A")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aDeeplyNestedFormulaIsRejectedWithoutOverflowingTheStack() {
        assertThatThrownBy(() -> Formula.parse("(".repeat(999) + "A" + ")".repeat(999))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nested more than");
        assertThatThrownBy(() -> Formula.parse("-".repeat(1999) + "A")).isInstanceOf(ValidationException.class);
    }

    @Test
    void aStrategyWithAnOverlongFormulaIsRejectedAtTheIndicatorsFormula() {
        Indicator computed = Indicator.of("RATIO", "Ratio", "%", IndicatorType.RESULT, Direction.INCREASE, Periodicity.ANNUAL)
                .withFormula("[I1]" + " * 1".repeat(1000));

        assertThatThrownBy(() -> Fixtures.strategy(Fixtures.tree(), List.of(Fixtures.indicator("I1"), computed), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("indicators[RATIO].formula");
    }

    @Test
    void recordingMoreObservationsThanTheLimitIsRejectedAndStoresNothing() {
        InMemoryStrategyRepository strategies = new InMemoryStrategyRepository();
        InMemoryObservationStore store = new InMemoryObservationStore();
        Strategy s = strategies.save(Fixtures.valid(), 0);
        String code = s.indicators().get(0).code();
        ObservationService service = new ObservationService(store, strategies, Clock.systemUTC()).withMaxObservationsPerImport(100);
        List<Observation> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(Observation.of(code, String.valueOf(1900 + i), "1"));
        }

        assertThatThrownBy(() -> service.record(s.id(), many)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("101 observations in one import; at most 100");
        assertThat(store.count(s.id())).isZero();
        assertThat(service.record(s.id(), many.subList(0, 100)).inserted()).isEqualTo(100);
    }

    @Test
    void theDefaultLimitIsChecked() {
        ObservationService service = new ObservationService(new InMemoryObservationStore(), new InMemoryStrategyRepository(), Clock.systemUTC());
        List<Observation> tooMany = Collections.nCopies(ObservationService.DEFAULT_MAX_OBSERVATIONS_PER_IMPORT + 1,
                Observation.of("X", "2020", "1"));

        assertThatThrownBy(() -> service.record(Fixtures.valid().id(), tooMany)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most " + ObservationService.DEFAULT_MAX_OBSERVATIONS_PER_IMPORT);
    }
}
