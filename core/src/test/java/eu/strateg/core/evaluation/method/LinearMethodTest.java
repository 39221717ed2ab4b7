package eu.strateg.core.evaluation.method;

import static eu.strateg.core.evaluation.method.TestSeries.annual;
import static eu.strateg.core.evaluation.method.TestSeries.input;
import static eu.strateg.core.evaluation.method.TestSeries.withMilestones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Milestone;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-derived vectors for the linear trajectory method (spec/evaluation.md §3). */
class LinearMethodTest {

    private final LinearMethod method = new LinearMethod();

    @Test
    void aCountStartingAtZero() {
        // km of cycle paths: baseline 2020 = 0, target 2030 = 100. expected(2024) = 0 + 100·4/10 = 40;
        // ratio = (32 − 0)/(40 − 0) = 0.8 ≥ 0.6 → NEEDS_ACCELERATION, score 7.1429·0.8 − 4.2857 = 1.42862.
        Assessment a = method.assess(annual("2020=0", "2024=32"), input(Direction.INCREASE, 2020, "100", 2030));

        assertThat(a.components().expectedValue()).isCloseTo(40, within(1e-12));
        assertThat(a.components().ratio()).isCloseTo(0.8, within(1e-12));
        assertThat(a.status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(a.score()).isCloseTo(1.42862, within(1e-9));
        assertThat(a.method()).isEqualTo("linear");
    }

    @Test
    void aDecreasingIndicator() {
        // baseline 2020 = 200, target 2030 = 100. expected(2025) = 200 − 100·5/10 = 150; y = 140:
        // ratio = (140 − 200)/(150 − 200) = 1.2 ≥ 0.95 → ON_TRACK, score min(7.1429·1.2 − 4.2857, 5) = 4.28578.
        Assessment a = method.assess(annual("2020=200", "2025=140"), input(Direction.DECREASE, 2020, "100", 2030));

        assertThat(a.components().ratio()).isCloseTo(1.2, within(1e-12));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.score()).isCloseTo(4.28578, within(1e-9));
    }

    @Test
    void aBrokenLineThroughTwoMilestones() {
        // points (2020, 0), (2022, 10), (2025, 70), (2030, 100).
        // 2024: between 2022 and 2025: 10 + 60·2/3 = 50; y = 40 → ratio 0.8 → NEEDS_ACCELERATION.
        // 2027: between 2025 and 2030: 70 + 30·2/5 = 82; y = 75 → ratio 75/82 = 0.9146341 → NEEDS_ACCELERATION,
        //       score 7.1429·0.9146341 − 4.2857 = 2.2474402.
        MethodInput in = withMilestones(input(Direction.INCREASE, 2020, "100", 2030),
                List.of(Milestone.of(2022, "10"), Milestone.of(2025, "70")));

        Assessment in2024 = method.assess(annual("2020=0", "2024=40"), in);
        Assessment in2027 = method.assess(annual("2020=0", "2024=40", "2027=75"), in);

        assertThat(in2024.components().expectedValue()).isCloseTo(50, within(1e-12));
        assertThat(in2024.components().ratio()).isCloseTo(0.8, within(1e-12));
        assertThat(in2027.components().expectedValue()).isCloseTo(82, within(1e-12));
        assertThat(in2027.components().ratio()).isCloseTo(0.9146341, within(1e-7));
        assertThat(in2027.status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(in2027.score()).isCloseTo(2.2474402, within(1e-6));
    }

    @Test
    void anAchievedTarget() {
        Assessment a = method.assess(annual("2020=0", "2026=100"), input(Direction.INCREASE, 2020, "100", 2030));

        assertThat(a.status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(a.score()).isEqualTo(5.0);
    }

    @Test
    void afterTheTargetYearTheExpectedValueIsTheTarget() {
        // expected(2032) = 100 (the line ends at the target); y = 90 → ratio 0.9.
        Assessment a = method.assess(annual("2020=0", "2032=90"), input(Direction.INCREASE, 2020, "100", 2030));

        assertThat(a.components().expectedValue()).isEqualTo(100.0);
        assertThat(a.components().ratio()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void eachNotAssessableReason() {
        MethodInput normal = input(Direction.INCREASE, 2020, "100", 2030);
        // no value for the baseline period (nor a declared one put there)
        assertThat(method.assess(annual("2021=5", "2024=32"), normal).reason()).isEqualTo(NotAssessableReason.NO_BASELINE);
        assertThat(method.assess(annual("2021=5", "2024=32"), input(Direction.INCREASE, null, "100", 2030)).reason())
                .isEqualTo(NotAssessableReason.NO_BASELINE);
        // only the baseline itself
        assertThat(method.assess(annual("2020=0"), normal).reason()).isEqualTo(NotAssessableReason.NO_OBSERVATION_AFTER_BASELINE);
        // a first milestone equal to the baseline: expected(2021) = 0 = y0
        MethodInput flatStart = withMilestones(normal, List.of(Milestone.of(2022, "0")));
        assertThat(method.assess(annual("2020=0", "2021=3"), flatStart).reason()).isEqualTo(NotAssessableReason.EXPECTED_EQUALS_BASELINE);
        assertThat(method.assess(annual("2020=0", "2021=3"), input(Direction.INCREASE, 2020, null, null)).reason())
                .isEqualTo(NotAssessableReason.NO_TARGET);
        assertThat(method.assess(SeriesData.empty(), normal).reason()).isEqualTo(NotAssessableReason.NO_DATA);
    }
}
