package eu.strateg.core.evaluation.method;

import static eu.strateg.core.evaluation.method.TestSeries.annual;
import static eu.strateg.core.evaluation.method.TestSeries.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.period.Period;
import org.junit.jupiter.api.Test;

/** Hand-derived vectors for the Eurostat profile (spec/evaluation.md §2). */
class EurostatMethodTest {

    private final EurostatMethod shortTerm = EurostatMethod.shortTerm();
    private final EurostatMethod longTerm = EurostatMethod.longTerm();

    @Test
    void withoutTargetTheShortTermWindowIsTheLastFiveYears() {
        // t = 2020, window start 2015 (100); 2010 (50) lies outside. CAGR = (105/100)^(1/5) − 1 = 0.0098058:
        // 0 < 0.98 % ≤ 1 % → NEEDS_ACCELERATION ("moderate progress"), score 250·0.0098058 = 2.45145.
        Assessment a = shortTerm.assess(annual("2010=50", "2015=100", "2020=105"), input(Direction.INCREASE, null, null, null));

        assertThat(a.components().basePeriod()).isEqualTo(Period.year(2015));
        assertThat(a.components().actualRate()).isCloseTo(0.0098058, within(1e-7));
        assertThat(a.status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(a.components().methodCategory()).isEqualTo("moderate progress");
        assertThat(a.score()).isCloseTo(2.45145, within(1e-5));
        assertThat(a.components().window()).startsWith("short term 2015–2020");
    }

    @Test
    void theLongTermWindowIsTheLastFifteenYears() {
        // t = 2020, start 2005 → nearest year with data: 2005 missing, 2006 missing... data at 2010 only (and 2015):
        // nearest to 2005 is 2010. CAGR = (105/50)^(1/10) − 1 = 0.0770154 > 1 % → ON_TRACK, score clamp(250·0.077) = 5.
        Assessment a = longTerm.assess(annual("2010=50", "2015=100", "2020=105"), input(Direction.INCREASE, null, null, null));

        assertThat(a.components().basePeriod()).isEqualTo(Period.year(2010));
        assertThat(a.status()).isEqualTo(Status.ON_TRACK);
        assertThat(a.score()).isEqualTo(5.0);
        assertThat(a.method()).isEqualTo("eurostat-long");
    }

    @Test
    void theBaseIsTheNearestYearPreferringTheLaterOne() {
        // start 2015 missing; 2014 and 2016 are equally near → 2016 (order start, +1, −1).
        Assessment both = shortTerm.assess(annual("2014=90", "2016=100", "2020=110"), input(Direction.INCREASE, null, null, null));
        // only 2014 near → 2014.
        Assessment earlier = shortTerm.assess(annual("2014=90", "2020=110"), input(Direction.INCREASE, null, null, null));

        assertThat(both.components().basePeriod()).isEqualTo(Period.year(2016));
        assertThat(earlier.components().basePeriod()).isEqualTo(Period.year(2014));
    }

    @Test
    void withoutTargetTheDirectionAdjustedBands() {
        // d = −1: 100 → 90 over 5 years: CAGR = 0.9^(1/5) − 1 = −0.0208516, adjusted +0.0208516 > 1 % → ON_TRACK
        // ("significant progress"), score clamp(5.2129) = 5.
        Assessment falling = shortTerm.assess(annual("2015=100", "2020=90"), input(Direction.DECREASE, null, null, null));
        // d = +1: 100 → 99: CAGR = 0.99^(1/5) − 1 = −0.0020080 ≥ −1 % → LIMITED_PROGRESS ("moderate movement away"),
        // score 250·(−0.0020080) = −0.50201.
        Assessment slightly = shortTerm.assess(annual("2015=100", "2020=99"), input(Direction.INCREASE, null, null, null));
        // d = +1: 100 → 90: −2.085 % < −1 % → DETERIORATION ("significant movement away"), score clamp(−5.213) = −5.
        Assessment away = shortTerm.assess(annual("2015=100", "2020=90"), input(Direction.INCREASE, null, null, null));

        assertThat(falling.status()).isEqualTo(Status.ON_TRACK);
        assertThat(falling.components().methodCategory()).isEqualTo("significant progress");
        assertThat(falling.score()).isEqualTo(5.0);
        assertThat(slightly.status()).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(slightly.components().methodCategory()).isEqualTo("moderate movement away");
        assertThat(slightly.score()).isCloseTo(-0.50201, within(1e-5));
        assertThat(away.status()).isEqualTo(Status.DETERIORATION);
        assertThat(away.components().methodCategory()).isEqualTo("significant movement away");
        assertThat(away.score()).isEqualTo(-5.0);
    }

    @Test
    void withTargetTheRatioOfActualToRequiredRate() {
        // base 2015 = 100, t = 2020; target 121 in 2025: CAGR_required = 1.21^(1/10) − 1 = 0.0192449.
        //  y = 110: CAGR_actual = 1.1^(1/5) − 1 = 0.0192449 → RR = 1.0 → ON_TRACK ("significant progress"),
        //           score 7.1429·1 − 4.2857 = 2.8572
        //  y = 105: CAGR_actual = 0.0098058 → RR = 0.0098058/0.0192449 = 0.5095277 → LIMITED_PROGRESS
        //           ("insufficient progress"), score 4.1667·0.5095277 − 2.5 = −0.3769509
        Assessment onTrack = shortTerm.assess(annual("2015=100", "2020=110"), input(Direction.INCREASE, null, "121", 2025));
        Assessment slow = shortTerm.assess(annual("2015=100", "2020=105"), input(Direction.INCREASE, null, "121", 2025));

        assertThat(onTrack.components().requiredRate()).isCloseTo(0.0192449, within(1e-7));
        assertThat(onTrack.components().ratio()).isCloseTo(1.0, within(1e-9));
        assertThat(onTrack.status()).isEqualTo(Status.ON_TRACK);
        assertThat(onTrack.components().methodCategory()).isEqualTo("significant progress");
        assertThat(onTrack.score()).isCloseTo(2.8572, within(1e-6));
        assertThat(slow.components().ratio()).isCloseTo(0.5095277, within(1e-7));
        assertThat(slow.status()).isEqualTo(Status.LIMITED_PROGRESS);
        assertThat(slow.components().methodCategory()).isEqualTo("insufficient progress");
        assertThat(slow.score()).isCloseTo(-0.3769509, within(1e-6));
    }

    @Test
    void withTargetMovingAway() {
        // y = 95: CAGR_actual = 0.95^(1/5) − 1 = −0.0102062 → RR = −0.5303343 < 0 → DETERIORATION ("movement away").
        Assessment a = shortTerm.assess(annual("2015=100", "2020=95"), input(Direction.INCREASE, null, "121", 2025));

        assertThat(a.status()).isEqualTo(Status.DETERIORATION);
        assertThat(a.components().methodCategory()).isEqualTo("movement away");
        assertThat(a.components().ratio()).isCloseTo(-0.5303343, within(1e-6));
    }
}
