package eu.strateg.core.evaluation;

import static eu.strateg.core.evaluation.EvalFixtures.element;
import static eu.strateg.core.evaluation.EvalFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Computed indicators: a formula over other indicators, per period (issue 3, acceptance 6). */
class ComputedIndicatorTest {

    private static Indicator measured(String code, String unit) {
        return Indicator.of(code, code, unit, IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL);
    }

    /** Waste per 1,000 inhabitants, to decrease from 250 (2021) to 160 (2030); linear by default. */
    private final Indicator perThousand = Indicator.of("WASTE_PER_1000", "Municipal waste per 1,000 inhabitants", "t",
            IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL).withFormula("WASTE_T / POPULATION * 1000")
            .withBaseline(Baseline.of("2021", "250")).withTarget(Target.of("160", 2030));

    private Strategy strategy(Indicator... indicators) {
        return EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "1", "WASTE_PER_1000")), List.of(indicators),
                List.of());
    }

    @Test
    void perThousandFormulaIsEvaluatedPerPeriodAndASkippedYearNamesTheMissingInput() {
        Strategy s = strategy(measured("WASTE_T", "t"), measured("POPULATION", "persons"), perThousand);
        // 2021: 5000/20000·1000 = 250; 2022: 4500/20000·1000 = 225; 2023: no population → not computed.
        StrategyEvaluation r = new StandardEvaluator().evaluate(s, List.of(value("WASTE_T", "2021", "5000"),
                value("POPULATION", "2021", "20000"), value("WASTE_T", "2022", "4500"), value("POPULATION", "2022", "20000"),
                value("WASTE_T", "2023", "4000")), LocalDate.of(2024, 6, 30));
        IndicatorEvaluation e = r.indicator("WASTE_PER_1000").orElseThrow();

        assertThat(e.latestPeriod()).isEqualTo(Period.year(2022));
        assertThat(e.gaps()).singleElement().satisfies(g -> {
            assertThat(g.period()).isEqualTo(Period.year(2023));
            assertThat(g.reason()).isEqualTo(NotAssessableReason.MISSING_FORMULA_INPUT);
            assertThat(g.missingInputs()).containsExactly("POPULATION");
        });
        // linear: expected(2022) = 250 − 90·1/9 = 240; ratio = (225 − 250)/(240 − 250) = 2.5 → ON_TRACK, score 5.
        Assessment a = e.assessment();
        assertThat(a.components().currentValue()).isEqualByComparingTo("225");
        assertThat(a.components().baseValue()).isEqualByComparingTo("250");
        assertThat(a.components().expectedValue()).isCloseTo(240, within(1e-9));
        assertThat(a.components().ratio()).isCloseTo(2.5, within(1e-9));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.score()).isEqualTo(5.0);
    }

    @Test
    void withNoComputablePeriodTheReasonIsTheMissingInput() {
        Strategy s = strategy(measured("WASTE_T", "t"), measured("POPULATION", "persons"), perThousand.withBaseline(null));
        IndicatorEvaluation e = new StandardEvaluator().evaluate(s, List.of(value("WASTE_T", "2022", "4500")), LocalDate.of(2024, 6, 30))
                .indicator("WASTE_PER_1000").orElseThrow();

        assertThat(e.assessment().status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(e.assessment().reason()).isEqualTo(NotAssessableReason.MISSING_FORMULA_INPUT);
        assertThat(e.gaps()).extracting(ComputationGap::period).containsExactly(Period.year(2022));
    }

    @Test
    void aFormulaMayUseAnotherComputedIndicator() {
        Indicator perPerson = Indicator.of("PER_PERSON", "per person", "t", IndicatorType.CONTEXT, Direction.NONE, Periodicity.ANNUAL)
                .withFormula("[WASTE_PER_1000] / 1000");
        Strategy s = strategy(perPerson, measured("WASTE_T", "t"), measured("POPULATION", "persons"), perThousand);
        IndicatorEvaluation e = new StandardEvaluator().evaluate(s, List.of(value("WASTE_T", "2022", "4500"),
                value("POPULATION", "2022", "20000")), LocalDate.of(2024, 6, 30)).indicator("PER_PERSON").orElseThrow();

        // 4500/20000 = 0.225 t per person
        assertThat(e.assessment().components().currentValue()).isEqualByComparingTo("0.225");
    }

    @Test
    void aBareCodeWithADashGetsAHint() {
        Indicator out = measured("OUT-07", "t");
        Indicator doubled = measured("DOUBLED", "t").withFormula("OUT-07 * 2");

        assertThatThrownBy(() -> strategy(perThousand, measured("WASTE_T", "t"), measured("POPULATION", "p"), out, doubled))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("indicators[DOUBLED].formula")
                .hasMessageContaining("indicator OUT is not defined in this strategy (a code with '-' is written in brackets: [OUT-07])");
    }

    @Test
    void aCycleIsRejectedWithThePath() {
        Indicator a = measured("A", "t").withFormula("B + 1");
        Indicator b = measured("B", "t").withFormula("[C] * 2");
        Indicator c = measured("C", "t").withFormula("A / 2");

        assertThatThrownBy(() -> strategy(perThousand, measured("WASTE_T", "t"), measured("POPULATION", "p"), a, b, c))
                .isInstanceOf(ValidationException.class)
                .satisfies(ex -> assertThat(((ValidationException) ex).problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("indicators[A].formula");
                    assertThat(p.message()).contains("cycle").contains("A → B → C → A");
                }));
    }

    @Test
    void aSelfReferenceIsACycleToo() {
        assertThatThrownBy(() -> strategy(perThousand.withFormula("WASTE_PER_1000 * 2")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("indicators[WASTE_PER_1000].formula")
                .hasMessageContaining("cycle");
    }

    @Test
    void unknownCodesAndSyntaxErrorsAreValidationProblemsWithPaths() {
        Indicator broken = measured("BROKEN", "t").withFormula("WASTE_T * (2");

        ValidationException ex = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> strategy(perThousand, measured("WASTE_T", "t"), broken));

        assertThat(ex.problems()).extracting(Problem::path).containsExactlyInAnyOrder("indicators[WASTE_PER_1000].formula",
                "indicators[BROKEN].formula");
        assertThat(ex.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("POPULATION is not defined"))
                .anySatisfy(m -> assertThat(m).contains("expected ')'"));
    }
}
