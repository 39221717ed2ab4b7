package eu.strateg.core.evaluation;

import static eu.strateg.core.evaluation.EvalFixtures.element;
import static eu.strateg.core.evaluation.EvalFixtures.scored;
import static eu.strateg.core.evaluation.EvalFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roll-up (spec/evaluation.md §5) on a three-level strategy scored with {@link ValueAsScoreMethod} (the latest value
 * is the score):
 *
 * <pre>
 * 1      priority area, weight 1
 *   1.1    goal, weight 2:   A (w 1, score 4), B (w 3, score 0)
 *   1.2    goal, weight 1:   C (w 1, score −2), D (w 1, no data)
 *     1.2.1  measure, w 1:   E (score 1)
 * 2      priority area, weight 1
 *   2.1    goal, weight 1:   F (score −3), G (context indicator, never scored)
 * </pre>
 *
 * By hand: 1.1 = (1·4 + 3·0)/4 = 1.0; 1.2.1 = 1; 1.2 = (1·(−2) + 1·1)/2 = −0.5 (D left out, 2 of 3
 * assessable; were D counted as 0 it would be −1/3); 1 = (2·1.0 + 1·(−0.5))/3 = 0.5; 2.1 = −3 (G is no
 * contribution); 2 = −3; strategy = (0.5 − 3)/2 = −1.25 → LIMITED_PROGRESS.
 */
class RollupTest {

    private final Indicator context = Indicator.of("G", "Population", "persons", IndicatorType.CONTEXT, Direction.NONE,
            Periodicity.ANNUAL);

    private final Strategy strategy = EvalFixtures.strategy(List.of(
            element("1", null, ElementKind.PRIORITY_AREA, "1"),
            element("1.1", "1", ElementKind.GOAL, "2", "A", "B"),
            element("1.2", "1", ElementKind.GOAL, "1", "C", "D"),
            element("1.2.1", "1.2", ElementKind.MEASURE, "1", "E"),
            element("2", null, ElementKind.PRIORITY_AREA, "1"),
            element("2.1", "2", ElementKind.GOAL, "1", "F", "G")),
            List.of(scored("A"), scored("B", "3"), scored("C"), scored("D"), scored("E"), scored("F"), context), List.of());

    private final StrategyEvaluation result = EvalFixtures.evaluator().evaluate(strategy, List.of(
            value("A", "2023", "4"), value("B", "2023", "0"), value("C", "2023", "-2"), value("E", "2023", "1"),
            value("F", "2023", "-3"), value("G", "2023", "21450")), LocalDate.of(2024, 3, 31));

    @Test
    void aThreeLevelStrategyGivesTheHandCalculatedScores() {
        assertThat(score("1.1")).isCloseTo(1.0, within(1e-12));
        assertThat(score("1.2.1")).isCloseTo(1.0, within(1e-12));
        assertThat(score("1.2")).isCloseTo(-0.5, within(1e-12));
        assertThat(score("1")).isCloseTo(0.5, within(1e-12));
        assertThat(score("2.1")).isCloseTo(-3.0, within(1e-12));
        assertThat(score("2")).isCloseTo(-3.0, within(1e-12));
        assertThat(result.summary().score()).isCloseTo(-1.25, within(1e-12));
        assertThat(result.summary().status()).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(result.element("1.2").orElseThrow().status()).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(result.element("1").orElseThrow().status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(result.element("2").orElseThrow().status()).isEqualTo(Status.DETERIORATION);
    }

    @Test
    void weightsArePartOfTheContributions() {
        ElementEvaluation e = result.element("1.1").orElseThrow();

        assertThat(e.contributions()).extracting(Contribution::code, c -> c.weight().intValue(), Contribution::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1, 4.0), org.assertj.core.groups.Tuple.tuple("B", 3, 0.0));
    }

    @Test
    void aChildWithoutAScoreIsLeftOutAndCountedNeverTreatedAsZero() {
        ElementEvaluation e = result.element("1.2").orElseThrow();

        assertThat(e.assessable()).isEqualTo(2);
        assertThat(e.total()).isEqualTo(3);
        assertThat(e.contributions()).filteredOn(c -> c.code().equals("D")).singleElement()
                .satisfies(c -> {
                    assertThat(c.score()).isNull();
                    assertThat(c.status()).isEqualTo(Status.NOT_ASSESSABLE);
                });
        assertThat(e.score()).isNotCloseTo(-1.0 / 3, within(1e-6));
    }

    @Test
    void contextIndicatorsAreShownButAreNoContribution() {
        assertThat(result.element("2.1").orElseThrow().contributions()).extracting(Contribution::code).containsExactly("F");
        assertThat(result.indicator("G").orElseThrow().assessment().reason()).isEqualTo(NotAssessableReason.CONTEXT_INDICATOR);
        assertThat(result.summary().indicators()).isEqualTo(6);
        assertThat(result.summary().assessable()).isEqualTo(5);
        assertThat(result.summary().distribution()).containsEntry(Status.ON_TRACK, 1).containsEntry(Status.NEEDS_ACCELERATION, 2)
                .containsEntry(Status.LIMITED_PROGRESS, 1).containsEntry(Status.DETERIORATION, 1).containsEntry(Status.NOT_ASSESSABLE, 1);
    }

    @Test
    void targetAchievedOnlyWhenEveryScoredChildAchievedIt() {
        Strategy s = EvalFixtures.strategy(List.of(
                element("1", null, ElementKind.PRIORITY_AREA, "1", "A", "B", "C"),
                element("2", null, ElementKind.PRIORITY_AREA, "1", "D", "E")),
                List.of(scored("A"), scored("B"), scored("C"), scored("D"), scored("E")), List.of());
        // 1: A and B achieved (5), C without data → all scored children achieved → TARGET_ACHIEVED, score 5.
        // 2: D achieved, E = 4.9 → mean 4.95 → ON_TRACK, not achieved.
        StrategyEvaluation r = EvalFixtures.evaluator().evaluate(s, List.of(value("A", "2023", "5"), value("B", "2023", "5"),
                value("D", "2023", "5"), value("E", "2023", "4.9")), LocalDate.of(2024, 3, 31));

        assertThat(r.element("1").orElseThrow().status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(r.element("1").orElseThrow().score()).isEqualTo(5.0);
        assertThat(r.element("2").orElseThrow().status()).isEqualTo(Status.ON_TRACK);
        assertThat(r.element("2").orElseThrow().score()).isCloseTo(4.95, within(1e-12));
        assertThat(r.summary().status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void anElementWithNoScoredChildIsNotAssessable() {
        Strategy s = EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "1", "A")), List.of(scored("A")),
                List.of());
        ElementEvaluation e = EvalFixtures.evaluator().evaluate(s, List.of(), LocalDate.of(2024, 1, 1)).element("1").orElseThrow();

        assertThat(e.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(e.score()).isNull();
        assertThat(e.assessable()).isZero();
        assertThat(e.total()).isEqualTo(1);
    }

    private double score(String element) {
        return result.element(element).orElseThrow().score();
    }
}
