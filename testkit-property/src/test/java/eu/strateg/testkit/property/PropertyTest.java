package eu.strateg.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PropertyTest {

    @Test
    void aFailingCaseIsReportedWithTrySeedAndCase() {
        List<Integer> seen = new ArrayList<>();

        assertThatThrownBy(() -> Property.forAll(1000, Gen.ints(0, 100), v -> {
            seen.add(v);
            assertThat(v).isLessThan(90);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("property failed at try " + seen.size() + " of 1000 with seed " + Property.DEFAULT_SEED)
                .hasMessageContaining("-Dstrateg.property.seed=" + Property.DEFAULT_SEED)
                .hasMessageContaining("case: " + seen.get(seen.size() - 1))
                .hasCauseInstanceOf(AssertionError.class);
        assertThat(seen.get(seen.size() - 1)).isGreaterThanOrEqualTo(90);
    }

    @Test
    void anExceptionOfTheCheckFailsTheProperty() {
        assertThatThrownBy(() -> Property.forAll(10, Gen.just("x"), v -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("case: x").hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyTryRunsWhenAllPass() {
        int[] count = {0};
        Property.forAll(777, Gen.booleans(), v -> count[0]++);
        assertThat(count[0]).isEqualTo(777);
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        Gen<List<Integer>> gen = Gen.ints(-5, 5).list(10);
        assertThat(gen.next(new Random(7))).isEqualTo(gen.next(new Random(7)));
    }

    @Test
    void numbersStayInTheirRangeAndReachBothEnds() {
        Random r = new Random(1);
        Gen<Integer> ints = Gen.ints(3, 9);
        Gen<Double> doubles = Gen.doubles(0, 0.2);
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 5000; i++) {
            int v = ints.next(r);
            assertThat(v).isBetween(3, 9);
            sawMin |= v == 3;
            sawMax |= v == 9;
            assertThat(doubles.next(r)).isBetween(0.0, 0.2);
            assertThat(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).next(r)).isNotNull();
            assertThat(Gen.finiteDoubles().next(r)).isFinite();
            assertThat(Gen.strings("ab", 2, 4).next(r)).matches("[ab]{2,4}");
            assertThat(Gen.ints(1, 5).set(3).next(r)).hasSizeLessThanOrEqualTo(3).allSatisfy(x -> assertThat(x).isBetween(1, 5));
            assertThat(Gen.decimals().next(r).abs()).isLessThan(new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.TEN));
        }
        assertThat(sawMin && sawMax).isTrue();
    }

    @Test
    void aBadSeedIsNamed() {
        System.setProperty(Property.SEED_PROPERTY, "abc");
        try {
            assertThatThrownBy(Property::seed).hasMessageContaining("-Dstrateg.property.seed=abc is not a number");
        } finally {
            System.clearProperty(Property.SEED_PROPERTY);
        }
    }

    @Test
    void longCasesAreCut() {
        assertThat(Property.describe("x".repeat(Property.MAX_CASE_CHARS + 5))).endsWith("… (5 more characters)");
    }
}
