package eu.strateg.core.evaluation.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SeriesData#decimalOf(double)} is exactly {@link BigDecimal#valueOf(double)}, digits and scale. */
class SeriesDataDecimalTest {

    @Test
    void valuesWithFewDecimalPlacesGiveTheDigitsOfDoubleToString() {
        Gen<Long> unscaled = Gen.longs(-10_000_000_000L, 10_000_000_000L);
        Gen<Integer> scale = Gen.ints(0, 4);
        Property.forAll(5000, r -> BigDecimal.valueOf(unscaled.next(r), scale.next(r)).doubleValue(),
                v -> assertThat(SeriesData.decimalOf(v)).isEqualTo(BigDecimal.valueOf(v)));
    }

    @Test
    void anyFiniteDoubleGivesTheDigitsOfDoubleToString() {
        Property.forAll(5000, Gen.finiteDoubles(), v -> assertThat(SeriesData.decimalOf(v)).isEqualTo(BigDecimal.valueOf(v)));
    }

    @Test
    void everyTenthUpToTenThousandAndHundredthUpToAThousandGivesTheDigitsOfDoubleToString() {
        for (int m = -100_000; m <= 100_000; m++) {
            double tenth = m / 10.0;
            double hundredth = m / 100.0;
            assertThat(SeriesData.decimalOf(tenth)).as("%s", tenth).isEqualTo(BigDecimal.valueOf(tenth));
            assertThat(SeriesData.decimalOf(hundredth)).as("%s", hundredth).isEqualTo(BigDecimal.valueOf(hundredth));
        }
    }

    @Test
    void randomValuesOfEveryMagnitudeGiveTheDigitsOfDoubleToString() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 200_000; i++) {
            double v = Math.round(r.nextDouble(-1e8, 1e8) * 100) / Math.pow(10, r.nextInt(8));
            assertThat(SeriesData.decimalOf(v)).as("%s", v).isEqualTo(BigDecimal.valueOf(v));
        }
    }

    @Test
    void examples() {
        // the scale is that of Double.toString: "12.0", "12.35", "1.0E7", "0.001", "0.0"
        assertThat(SeriesData.decimalOf(12)).isEqualTo(new BigDecimal("12.0"));
        assertThat(SeriesData.decimalOf(12.35)).isEqualTo(new BigDecimal("12.35"));
        assertThat(SeriesData.decimalOf(1e7)).isEqualTo(new BigDecimal("1.0E7"));
        assertThat(SeriesData.decimalOf(0.001)).isEqualTo(new BigDecimal("0.001"));
        assertThat(SeriesData.decimalOf(-0.0)).isEqualTo(new BigDecimal("0.0"));
    }
}
