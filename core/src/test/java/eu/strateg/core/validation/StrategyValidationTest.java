package eu.strateg.core.validation;

import static eu.strateg.core.Fixtures.indicator;
import static eu.strateg.core.Fixtures.project;
import static eu.strateg.core.Fixtures.strategy;
import static eu.strateg.core.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.Fixtures;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.StrategyPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** One test per validation rule of the model (DESIGN.md §3): each asserts the path and the message. */
class StrategyValidationTest {

    private static List<Problem> problemsOf(ThrowingCallable call) {
        List<Problem> out = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> out.addAll(e.problems()));
        return out;
    }

    @Test
    void theFixtureIsValid() {
        assertThat(Fixtures.valid().elements()).hasSize(3);
    }

    @Test
    void duplicateElementCodesAreReported() {
        List<Element> elements = new ArrayList<>(tree());
        elements.add(Element.of("1.1", "1", ElementKind.GOAL, "Druhý cíl 1.1"));

        assertThat(problemsOf(() -> strategy(elements, List.of(indicator("I1")), List.of())))
                .containsExactly(new Problem("elements[1.1]", "duplicate code 1.1 (positions 1 and 3)"));
    }

    @Test
    void duplicateIndicatorCodesAreReported() {
        assertThat(problemsOf(() -> strategy(tree(), List.of(indicator("I1"), indicator("I1")), List.of())))
                .containsExactly(new Problem("indicators[I1]", "duplicate code I1 (positions 0 and 1)"));
    }

    @Test
    void duplicateProjectCodesAreReported() {
        assertThat(problemsOf(() -> strategy(tree(), List.of(indicator("I1")), List.of(project("P1", "1.1.1"), project("P1", "1.1.1")))))
                .containsExactly(new Problem("projects[P1]", "duplicate code P1 (positions 0 and 1)"));
    }

    @Test
    void anUnknownParentIsReported() {
        List<Element> elements = new ArrayList<>(tree());
        elements.add(Element.of("1.9.1", "1.9", ElementKind.MEASURE, "Osiřelé opatření"));

        assertThat(problemsOf(() -> strategy(elements, List.of(indicator("I1")), List.of())))
                .containsExactly(new Problem("elements[1.9.1].parent", "unknown parent element 1.9"));
    }

    @Test
    void aCycleInTheTreeIsReportedOnce() {
        List<Element> elements = List.of(
                Element.of("A", "C", ElementKind.GOAL, "A"),
                Element.of("B", "A", ElementKind.GOAL, "B"),
                Element.of("C", "B", ElementKind.GOAL, "C"));

        List<Problem> problems = problemsOf(() -> strategy(elements, List.of(), List.of()));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("elements[A].parent");
        assertThat(problems.get(0).message()).isEqualTo("the tree has a cycle: A → C → B → A");
    }

    @Test
    void anElementThatIsItsOwnParentIsACycle() {
        assertThat(problemsOf(() -> strategy(List.of(Element.of("X", "X", ElementKind.GOAL, "X")), List.of(), List.of())))
                .containsExactly(new Problem("elements[X].parent", "the tree has a cycle: X → X"));
    }

    @Test
    void aHigherKindUnderALowerKindIsReported() {
        List<Element> elements = new ArrayList<>(tree());
        elements.add(Element.of("9", "1.1.1", ElementKind.PRIORITY_AREA, "Oblast pod opatřením"));

        assertThat(problemsOf(() -> strategy(elements, List.of(indicator("I1")), List.of())))
                .containsExactly(new Problem("elements[9].kind", "a PRIORITY_AREA cannot be placed under a MEASURE (1.1.1)"));
    }

    @Test
    void anIndicatorReferencedButNotDefinedIsReported() {
        List<Element> elements = new ArrayList<>(tree());
        elements.set(2, elements.get(2).withIndicators(List.of("I1", "OUT-07")));

        assertThat(problemsOf(() -> strategy(elements, List.of(indicator("I1")), List.of())))
                .containsExactly(new Problem("elements[1.1.1].indicators[OUT-07]", "indicator OUT-07 is not defined in this strategy"));
    }

    @Test
    void aTargetYearBeforeTheBaselinePeriodIsReported() {
        assertThat(problemsOf(() -> indicator("OUT-07").withBaseline(Baseline.of(Period.year(2021), BigDecimal.ONE))
                .withTarget(Target.of(BigDecimal.TEN, 2019))))
                .containsExactly(new Problem("target.year", "target year 2019 is before the baseline period 2021"));
    }

    @Test
    void aTargetYearOutsideAnySaneRangeIsReported() {
        assertThat(problemsOf(() -> Target.of(BigDecimal.TEN, 20300)))
                .containsExactly(new Problem("year", "target year 20300 is outside 1900–2200"));
    }

    @Test
    void aTargetYearLongAfterTheStrategyIsReportedWithItsPath() {
        Indicator late = indicator("I1").withTarget(Target.of(BigDecimal.TEN, 2060));

        assertThat(problemsOf(() -> strategy(tree(), List.of(late), List.of())))
                .containsExactly(new Problem("indicators[I1].target.year", "target year 2060 is more than ten years after the strategy ends (2030)"));
    }

    @Test
    void milestonesOutOfOrderOrAfterTheTargetYearAreReported() {
        List<Problem> problems = problemsOf(() -> indicator("I1").withMilestones(List.of(
                new Milestone(2026, BigDecimal.valueOf(6)), new Milestone(2024, BigDecimal.valueOf(4)),
                new Milestone(2032, BigDecimal.valueOf(12)))));

        assertThat(problems).containsExactly(
                new Problem("milestones[1].year", "milestones must be in increasing years: 2024 comes after 2026"),
                new Problem("milestones[2].year", "milestone year 2032 is after the target year 2030"));
    }

    @Test
    void aRangeWithLowAboveHighIsReported() {
        assertThat(problemsOf(() -> Target.range(BigDecimal.valueOf(30), BigDecimal.valueOf(20), 2030)))
                .containsExactly(new Problem("high", "range low 30 is above range high 20"));
    }

    @Test
    void aRangeIndicatorNeedsARangeTarget() {
        assertThat(problemsOf(() -> Indicator.of("PM10", "PM10", "µg/m³", IndicatorType.IMPACT, Direction.RANGE, Periodicity.ANNUAL)
                .withTarget(Target.of(BigDecimal.TEN, 2030))))
                .containsExactly(new Problem("target.high", "a RANGE indicator needs a target range (low and high)"));
    }

    @Test
    void nanAndInfiniteValuesAreReported() {
        assertThat(problemsOf(() -> Baseline.of(Period.year(2020), Double.NaN)))
                .containsExactly(new Problem("value", "must be a finite number, was NaN"));
        assertThat(problemsOf(() -> Target.of(Double.POSITIVE_INFINITY, 2030)))
                .containsExactly(new Problem("value", "must be a finite number, was Infinity"));
        assertThat(problemsOf(() -> Observation.of("I1", Period.year(2024), Double.NEGATIVE_INFINITY)))
                .containsExactly(new Problem("value", "must be a finite number, was -Infinity"));
        assertThat(problemsOf(() -> Observation.of("I1", "2024", "NaN")))
                .containsExactly(new Problem("value", "'NaN' is not a number"));
    }

    @Test
    void aNegativeBudgetIsReported() {
        assertThat(problemsOf(() -> new BudgetLine(2024, FinancingSource.EU, Money.of("-5", "CZK"), Money.of("-1", "CZK"))))
                .containsExactly(new Problem("planned.amount", "must not be negative, was -5"),
                        new Problem("actual.amount", "must not be negative, was -1"));
    }

    @Test
    void aProjectAttachedToSomethingThatIsNotAMeasureIsReported() {
        assertThat(problemsOf(() -> strategy(tree(), List.of(indicator("I1")), List.of(project("P1", "1.1", "9.9")))))
                .containsExactly(new Problem("projects[P1].measures[1.1]", "1.1 is a GOAL; projects implement measures"),
                        new Problem("projects[P1].measures[9.9]", "measure 9.9 is not defined in this strategy"));
    }

    @Test
    void anInvertedStrategyPeriodIsReported() {
        assertThat(problemsOf(() -> StrategyPeriod.of(2030, 2021)))
                .containsExactly(new Problem("", "the period is inverted: it starts in 2030 and ends in 2021"));
    }

    @Test
    void severalProblemsInOneInputAreAllReported() {
        List<Element> elements = new ArrayList<>(tree());
        elements.add(Element.of("1.1", "1", ElementKind.GOAL, "Duplicate"));
        elements.add(Element.of("7.1", "7", ElementKind.GOAL, "Orphan").withIndicators(List.of("NOPE")));

        List<Problem> problems = problemsOf(() -> strategy(elements, List.of(indicator("I1")), List.of(project("P1", "1"))));

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                "elements[1.1]", "elements[7.1].parent", "elements[7.1].indicators[NOPE]", "projects[P1].measures[1]");
    }

    @Test
    void anIndicatorWithManyBadFieldsReportsEachField() {
        List<Problem> problems = problemsOf(() -> new Indicator("bad code", " ", null, "", null, Direction.INCREASE, null, null, null,
                null, null, "Linear!", 42, null, null, null, BigDecimal.ZERO));

        assertThat(problems).extracting(Problem::path)
                .containsExactly("code", "name", "unit", "type", "periodicity", "method", "displayDecimals", "weight");
        assertThat(problems.get(0).message()).contains("'bad code' is not a valid code");
    }

    @Test
    void theExceptionMessageListsEveryProblemWithItsPath() {
        ValidationException e = new ValidationException(List.of(new Problem("elements[1]", "first"), new Problem("indicators[X].unit", "second")));

        assertThat(e.getMessage()).isEqualTo("2 problems:\n  elements[1]: first\n  indicators[X].unit: second");
        assertThat(e.under("strategy").problems()).extracting(Problem::path)
                .containsExactly("strategy.elements[1]", "strategy.indicators[X].unit");
    }
}
