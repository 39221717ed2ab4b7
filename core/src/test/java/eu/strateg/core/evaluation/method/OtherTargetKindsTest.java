package eu.strateg.core.evaluation.method;

import static eu.strateg.core.evaluation.method.TestSeries.annual;
import static eu.strateg.core.evaluation.method.TestSeries.asOf;
import static eu.strateg.core.evaluation.method.TestSeries.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.period.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Maintain, range, qualitative and context indicators (spec/evaluation.md §4). */
class OtherTargetKindsTest {

    @Test
    void maintainAtLeastIsAchievedOnTheRightSideAndScoresTheShortfallOtherwise() {
        MaintainMethod m = new MaintainMethod();
        MethodInput atLeast80 = input(Direction.MAINTAIN_AT_LEAST, null, "80", 2030);

        Assessment kept = m.assess(annual("2023=70", "2024=80"), atLeast80);
        // 76 is 4 below 80: s = 4/80 = 0.05 → score −5·min(1, 0.05/0.10) = −2.5, DETERIORATION.
        Assessment short5 = m.assess(annual("2023=80", "2024=76"), atLeast80);
        // 60: s = 0.25 ≥ 0.10 → −5.
        Assessment far = m.assess(annual("2024=60"), atLeast80);

        assertThat(kept.status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(kept.score()).isEqualTo(5.0);
        assertThat(short5.status()).isEqualTo(Status.DETERIORATION);
        assertThat(short5.components().ratio()).isCloseTo(0.05, within(1e-12));
        assertThat(short5.score()).isCloseTo(-2.5, within(1e-12));
        assertThat(far.score()).isEqualTo(-5.0);
    }

    @Test
    void maintainAtMostMirrors() {
        MaintainMethod m = new MaintainMethod();
        MethodInput atMost50 = input(Direction.MAINTAIN_AT_MOST, null, "50", 2030);

        // 51 is 1 above 50: s = 0.02 → −5·0.2 = −1.
        assertThat(m.assess(annual("2024=51"), atMost50).score()).isCloseTo(-1.0, within(1e-12));
        assertThat(m.assess(annual("2024=50"), atMost50).status()).isEqualTo(Status.TARGET_ACHIEVED);
        // a level of 0 (e.g. zero fatal accidents): the absolute shortfall, 0.04 → −5·0.4 = −2
        assertThat(m.assess(annual("2024=0.04"), input(Direction.MAINTAIN_AT_MOST, null, "0", 2030)).score())
                .isCloseTo(-2.0, within(1e-12));
    }

    @Test
    void rangeIsAchievedInsideAndScoredByDistanceOutside() {
        RangeMethod m = new RangeMethod();
        MethodInput range = TestSeries.range("20", "24", 2030);

        assertThat(m.assess(annual("2024=20"), range).status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(m.assess(annual("2024=24"), range).status()).isEqualTo(Status.TARGET_ACHIEVED);
        // 26 is 2 above 24; width 4 → δ/w = 0.5 → −2.5, "above the range"
        Assessment above = m.assess(annual("2024=26"), range);
        // 12 is 8 below 20 → δ/w = 2 → −5
        Assessment farBelow = m.assess(annual("2024=12"), range);

        assertThat(above.status()).isEqualTo(Status.DETERIORATION);
        assertThat(above.score()).isCloseTo(-2.5, within(1e-12));
        assertThat(above.components().methodCategory()).isEqualTo("above the range");
        assertThat(farBelow.score()).isEqualTo(-5.0);
        assertThat(farBelow.components().methodCategory()).isEqualTo("below the range");
    }

    @Test
    void qualitativeIsAchievedWithTheDateItHeldFrom() {
        QualitativeMethod m = new QualitativeMethod();
        MethodInput plan = input(Direction.QUALITATIVE, null, "1", 2025);

        Assessment adopted = m.assess(annual("2022=0", "2023=1", "2024=1"), plan);

        assertThat(adopted.status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(adopted.score()).isEqualTo(5.0);
        assertThat(adopted.components().currentPeriod()).isEqualTo(Period.year(2023));
    }

    @Test
    void qualitativeNotYetAchievedBeforeAndAfterTheDeadline() {
        QualitativeMethod m = new QualitativeMethod();
        MethodInput plan = input(Direction.QUALITATIVE, null, "1", 2025);

        Assessment stillTime = m.assess(annual("2023=0"), asOf(plan, LocalDate.of(2024, 6, 1)));
        Assessment missed = m.assess(annual("2023=0", "2025=0"), asOf(plan, LocalDate.of(2026, 1, 1)));

        assertThat(stillTime.status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(stillTime.score()).isEqualTo(0.0);
        assertThat(missed.status()).isEqualTo(Status.DETERIORATION);
        assertThat(missed.score()).isEqualTo(-5.0);
    }

    @Test
    void contextIndicatorsAreShownButNeverScored() {
        Assessment a = new ContextMethod().assess(annual("2024=21450"), input(Direction.NONE, null, null, null));

        assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(a.reason()).isEqualTo(NotAssessableReason.CONTEXT_INDICATOR);
        assertThat(a.score()).isNull();
        assertThat(a.components().currentValue()).isEqualByComparingTo("21450");
    }
}
