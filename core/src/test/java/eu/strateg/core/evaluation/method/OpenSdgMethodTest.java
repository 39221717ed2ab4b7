package eu.strateg.core.evaluation.method;

import static eu.strateg.core.evaluation.method.TestSeries.annual;
import static eu.strateg.core.evaluation.method.TestSeries.input;
import static eu.strateg.core.evaluation.method.TestSeries.withLimit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-derived vectors for open-sdg (spec/evaluation.md §1). Unless said otherwise: base year 2015 with y0 = 100,
 * latest year 2016 (so t − t0 = 1 and CAGR = y_t / y0 − 1), direction positive (d = +1), sign +1.
 */
class OpenSdgMethodTest {

    private final OpenSdgMethod method = new OpenSdgMethod();

    /*
     * With a target of 121 in 2017: CAGR_required = (121/100)^(1/2) − 1 = 0.1, so P = CAGR_actual / 0.1.
     *  y_t = 110: P = 0.10/0.1 = 1.0  ≥ 0.95 → ON_TRACK,           score min(7.1429·1.0 − 4.2857, 5) = 2.8572
     *  y_t = 107: P = 0.07/0.1 = 0.7  ≥ 0.60 → NEEDS_ACCELERATION, score 7.1429·0.7 − 4.2857 = 0.71433
     *  y_t = 103: P = 0.03/0.1 = 0.3  ≥ 0    → LIMITED_PROGRESS,   score 4.1667·0.3 − 2.5 = −1.24999
     *  y_t =  95: P = −0.05/0.1 = −0.5 < 0   → DETERIORATION,      score 4.1667·(−0.5) − 2.5 = −4.58335
     *  y_t =  70: P = −3 → score max(4.1667·(−3) − 2.5, −5) = −5
     */
    @ParameterizedTest
    @CsvSource({
        "110, 1.0, ON_TRACK, 2.8572",
        "107, 0.7, NEEDS_ACCELERATION, 0.71433",
        "103, 0.3, LIMITED_PROGRESS, -1.24999",
        "95, -0.5, DETERIORATION, -4.58335",
        "70, -3.0, DETERIORATION, -5"})
    void everyStatusBandWithATarget(String latest, double p, Status status, double score) {
        Assessment a = method.assess(annual("2015=100", "2016=" + latest), input(Direction.INCREASE, 2015, "121", 2017));

        assertThat(a.status()).isEqualTo(status);
        assertThat(a.components().progressValue()).isCloseTo(p, within(1e-9));
        assertThat(a.components().requiredRate()).isCloseTo(0.1, within(1e-12));
        assertThat(a.score()).isCloseTo(score, within(1e-9));
        assertThat(a.method()).isEqualTo("open-sdg");
    }

    @Test
    void targetAchievedIsCheckedFirstAndLeavesTheProgressValueOut() {
        // y_t = 125 ≥ target 121 with d = +1: achieved, score 5, whatever the trend.
        Assessment a = method.assess(annual("2015=100", "2016=125"), input(Direction.INCREASE, 2015, "121", 2017));

        assertThat(a.status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(a.score()).isEqualTo(5.0);
        assertThat(a.components().progressValue()).isNull();
        assertThat(a.components().methodCategory()).isEqualTo("target_achieved");
    }

    /*
     * Without a target and without a limit (C = 1): P = CAGR = y_t/100 − 1.
     *  y_t = 101.6: P = 0.016 ≥ 0.015 → ON_TRACK,           score min(500·0.016 − 5, 5) = 3
     *  y_t = 101:   P = 0.01  ≥ 0.005 → NEEDS_ACCELERATION, score 250·0.01 − 1.25 = 1.25
     *  y_t = 100.2: P = 0.002 ≥ 0     → LIMITED_PROGRESS,   score 500·0.002 − 2.5 = −1.5
     *  y_t = 99:    P = −0.01 < 0     → DETERIORATION,      score 125·(−0.01) − 2.5 = −3.75
     *  y_t = 90:    P = −0.1          → score max(−12.5 − 2.5, −5) = −5
     *  y_t = 110:   P = 0.1           → score min(50 − 5, 5) = 5
     */
    @ParameterizedTest
    @CsvSource({
        "101.6, 0.016, ON_TRACK, 3",
        "101, 0.01, NEEDS_ACCELERATION, 1.25",
        "100.2, 0.002, LIMITED_PROGRESS, -1.5",
        "99, -0.01, DETERIORATION, -3.75",
        "90, -0.1, DETERIORATION, -5",
        "110, 0.1, ON_TRACK, 5"})
    void everyStatusBandWithoutATarget(String latest, double p, Status status, double score) {
        Assessment a = method.assess(annual("2015=100", "2016=" + latest), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.status()).isEqualTo(status);
        assertThat(a.components().progressValue()).isCloseTo(p, within(1e-9));
        assertThat(a.components().limitFactor()).isEqualTo(1.0);
        assertThat(a.score()).isCloseTo(score, within(1e-9));
    }

    @Test
    void aDecreaseWantedTurnsAFallIntoProgress() {
        // d = −1: y 100 → 99 gives CAGR −0.01, P = (+1)(−1)(−0.01) = 0.01 → NEEDS_ACCELERATION, 250·0.01 − 1.25 = 1.25
        Assessment a = method.assess(annual("2015=100", "2016=99"), input(Direction.DECREASE, 2015, null, null));

        assertThat(a.status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(a.score()).isCloseTo(1.25, within(1e-9));
        assertThat(a.components().direction()).isEqualTo(-1);
    }

    /*
     * Limit factor C = f(b = |y0|, L = |limit|), a = 4.44:
     *  L = 100, y0 = 250: b ≥ 2L                → C = 1
     *  L = 100, y0 = 50:  b ≤ L                 → C = 1 − 0.5^4.44 = 1 − 2^−4.44 = 1 − 0.0460709 = 0.9539291
     *  L = 100, y0 = 150: L < b < 2L            → C = 1 − ((200 − 150)/100)^4.44 = 0.9539291 (the mirror image)
     *  L = 100, y0 = 100: b = L                 → C = 1 − 1^4.44 = 0
     */
    @ParameterizedTest
    @CsvSource({"250, 1.0", "50, 0.9539291", "150, 0.9539291", "100, 0.0"})
    void limitFactorInEachBranch(double y0, double c) {
        assertThat(OpenSdgMethod.limitFactor(y0, 100)).isCloseTo(c, within(1e-7));
    }

    @Test
    void limitFactorScalesTheNoTargetThresholds() {
        // y0 = 50, y_t = 50.5: P = 0.01; C = 0.9539291 → 0.015·C = 0.0143089 > P ≥ 0.005·C = 0.0047696
        // → NEEDS_ACCELERATION, score 250·0.01/0.9539291 − 1.25 = 2.6207399 − 1.25 = 1.3707399
        Assessment a = method.assess(annual("2015=50", "2016=50.5"), withLimit(input(Direction.INCREASE, 2015, null, null), "100"));

        assertThat(a.status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(a.components().limitFactor()).isCloseTo(0.9539291, within(1e-7));
        assertThat(a.score()).isCloseTo(1.3707399, within(1e-6));
    }

    @Test
    void aBaseAtTheLimitIsOnTrackWithScoreFiveWhenNotFalling() {
        // y0 = 100 = L → C = 0; y_t = 100 gives P = 0 ≥ 0 → ON_TRACK with score 5.
        Assessment flat = method.assess(annual("2015=100", "2016=100"), withLimit(input(Direction.INCREASE, 2015, null, null), "100"));
        // falling: P = −0.01 < 0 → DETERIORATION, 125·(−0.01) − 2.5 = −3.75 (C plays no part below 0).
        Assessment falling = method.assess(annual("2015=100", "2016=99"), withLimit(input(Direction.INCREASE, 2015, null, null), "100"));

        assertThat(flat.status()).isEqualTo(Status.ON_TRACK);
        assertThat(flat.score()).isEqualTo(5.0);
        assertThat(flat.components().limitFactor()).isEqualTo(0.0);
        assertThat(falling.status()).isEqualTo(Status.DETERIORATION);
        assertThat(falling.score()).isCloseTo(-3.75, within(1e-9));
    }

    @Test
    void reproducesTheWorkedExampleOfTheSpec() {
        // spec §1: y0 = 90 (2015), y_t = 93.2 (2021), positive, no target, limit 100 → C = 0.373622,
        // P = 0.00584000, ON_TRACK, score 2.815386645395768.
        Assessment a = method.assess(annual("2015=90", "2018=90", "2021=93.2"),
                withLimit(input(Direction.INCREASE, 2015, null, 2030), "100"));

        assertThat(a.components().limitFactor()).isCloseTo(0.373622, within(1e-6));
        assertThat(a.components().progressValue()).isCloseTo(0.00584000, within(1e-8));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.score()).isCloseTo(2.815386645395768, within(1e-9));
    }

    @Test
    void aMissingBaseYearMovesTheBaseToTheNextYearWithAValue() {
        // base year 2015 has no value; 2014 is earlier and ignored; the base is 2016 (100). t − t0 = 2017 − 2016 = 1,
        // P = 110/100 − 1 = 0.1 → ON_TRACK, score min(500·0.1 − 5, 5) = 5.
        Assessment a = method.assess(annual("2014=80", "2016=100", "2017=110"), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.components().basePeriod()).isEqualTo(Period.year(2016));
        assertThat(a.components().baseValue()).isEqualByComparingTo("100");
        assertThat(a.components().progressValue()).isCloseTo(0.1, within(1e-12));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void noValueFromTheBaseYearOnIsNotAssessable() {
        Assessment a = method.assess(annual("2012=80", "2014=100"), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(a.reason()).isEqualTo(NotAssessableReason.NO_BASE_VALUE);
    }

    @Test
    void theDefaultBaseYearIs2015AndTheDefaultTargetYear2030() {
        Assessment a = method.assess(annual("2014=1", "2015=100", "2016=101"), input(Direction.INCREASE, null, null, null));

        assertThat(a.components().basePeriod()).isEqualTo(Period.year(2015));
        assertThat(a.components().targetYear()).isEqualTo(2030);
    }

    @Test
    void aBaseValueOfZeroIsReadAs0001() {
        // y0 = 0 → 0.001; y_t = 0.002: P = 0.002/0.001 − 1 = 1 → ON_TRACK, score 5.
        Assessment a = method.assess(annual("2015=0", "2016=0.002"), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.components().baseValue()).isEqualByComparingTo("0.001");
        assertThat(a.components().progressValue()).isCloseTo(1.0, within(1e-12));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aTargetOfZeroIsReadAs0001() {
        // d = −1, y0 = 100, y_t = 50, target 0 → 0.001 in 2017: required = (0.001/100)^(1/2) − 1 = 0.00316228 − 1 = −0.99683772,
        // actual = −0.5; P = (+1)(−1)(−0.5)/0.99683772 = 0.50158615 → LIMITED_PROGRESS.
        Assessment a = method.assess(annual("2015=100", "2016=50"), input(Direction.DECREASE, 2015, "0", 2017));

        assertThat(a.components().targetValue()).isEqualByComparingTo("0.001");
        assertThat(a.components().progressValue()).isCloseTo(0.50158615, within(1e-8));
        assertThat(a.status()).isEqualTo(Status.LIMITED_PROGRESS);
    }

    @Test
    void baseAndLatestOfOppositeSignsAreNotAssessable() {
        Assessment a = method.assess(annual("2015=-5", "2016=5"), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.reason()).isEqualTo(NotAssessableReason.OPPOSITE_SIGNS);
        assertThat(a.score()).isNull();
    }

    @Test
    void lessThanOneYearBetweenBaseAndLatestIsNotAssessable() {
        Assessment a = method.assess(annual("2021=59.9"), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.reason()).isEqualTo(NotAssessableReason.TOO_SHORT);
        assertThat(a.components().basePeriod()).isEqualTo(Period.year(2021));
        assertThat(a.components().currentPeriod()).isEqualTo(Period.year(2021));
    }

    @Test
    void aNegativeBaseFlipsTheSign() {
        // y0 = −100, y_t = −90, d = +1: CAGR = (−90/−100) − 1 = −0.1; sign = −1 → P = (−1)(+1)(−0.1) = 0.1 → ON_TRACK.
        Assessment a = method.assess(annual("2015=-100", "2016=-90"), input(Direction.INCREASE, 2015, null, null));

        assertThat(a.components().sign()).isEqualTo(-1);
        assertThat(a.components().progressValue()).isCloseTo(0.1, within(1e-12));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aTargetEqualToTheBaseGivesMinusInfinityWhenMovingAway() {
        // target = y0 = 100 → CAGR_required = 1^(1/15) − 1 = 0. y_t = 90 (not achieved, d = +1): numerator
        // (+1)(+1)(−0.1) < 0 → P = −∞ → DETERIORATION with score max(−∞, −5) = −5.
        Assessment a = method.assess(annual("2015=100", "2016=90"), input(Direction.INCREASE, 2015, "100", 2030));

        assertThat(a.components().requiredRate()).isEqualTo(0.0);
        assertThat(a.components().progressValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(a.status()).isEqualTo(Status.DETERIORATION);
        assertThat(a.score()).isEqualTo(-5.0);
    }

    @Test
    void aRequiredRateThatRoundsToZeroGivesPlusInfinity() {
        // In exact arithmetic a move towards a target equal to the base reaches it; in floating point a target one
        // ulp pair above the base gives CAGR_required = (1 + 4.4e-16)^(1/15) − 1 = 0 while y_t = 1 + 2.2e-16 is
        // still below it: numerator > 0 over 0 → P = +∞ → ON_TRACK, score min(+∞, 5) = 5.
        Assessment a = method.assess(annual("2015=1", "2016=1.0000000000000002"),
                input(Direction.INCREASE, 2015, "1.0000000000000004", 2030));

        assertThat(a.components().requiredRate()).isEqualTo(0.0);
        assertThat(a.components().progressValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.score()).isEqualTo(5.0);
    }

    @Test
    void zeroOverZeroIsNotAssessableUnlessAchieved() {
        // No change (numerator 0) and a required rate of 0 → P = 0/0 = NaN → not assessable...
        Assessment undefined = method.assess(annual("2015=1", "2016=1"), input(Direction.INCREASE, 2015, "1.0000000000000004", 2030));
        // ...but a constant series sitting at its target is achieved (spec §1).
        Assessment achieved = method.assess(annual("2015=2.5", "2023=2.5"), input(Direction.DECREASE, 2015, "2.5", 2030));

        assertThat(undefined.reason()).isEqualTo(NotAssessableReason.UNDEFINED_PROGRESS);
        assertThat(undefined.components().progressValue()).isNaN();
        assertThat(achieved.status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(achieved.score()).isEqualTo(5.0);
    }

    @Test
    void anEmptySeriesHasNoData() {
        assertThat(method.assess(SeriesData.empty(), input(Direction.INCREASE, 2015, null, null)).reason())
                .isEqualTo(NotAssessableReason.NO_DATA);
    }

    @Test
    void aDirectionWithoutSignIsNotForThisMethod() {
        assertThat(method.assess(annual("2015=1", "2016=2"), input(Direction.NONE, 2015, null, null)).reason())
                .isEqualTo(NotAssessableReason.METHOD_NOT_APPLICABLE);
    }
}
