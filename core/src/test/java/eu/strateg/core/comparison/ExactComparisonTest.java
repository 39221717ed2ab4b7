package eu.strateg.core.comparison;

import static eu.strateg.core.comparison.Towns.WASTE;
import static eu.strateg.core.comparison.Towns.town;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact decimals: no value passes through a double, so a tenth stays a tenth. */
class ExactComparisonTest {

    @Test
    void quartilesOfTenthsAreExactDecimals() {
        // in double, 0.1 + 0.2 = 0.30000000000000004; here sorted 0.1, 0.2, 0.3, 0.4 (n = 4):
        // Q1 h = 0.75 → 0.1 + 0.75 · 0.1 = 0.175; median h = 1.5 → 0.2 + 0.5 · 0.1 = 0.25; Q3 h = 2.25 → 0.3 + 0.25 · 0.1 = 0.325
        Distribution d = Distribution.of(List.of(new BigDecimal("0.3"), new BigDecimal("0.1"), new BigDecimal("0.4"), new BigDecimal("0.2")));

        assertThat(d.lowerQuartile().toPlainString()).isEqualTo("0.175");
        assertThat(d.median().toPlainString()).isEqualTo("0.25");
        assertThat(d.upperQuartile().toPlainString()).isEqualTo("0.325");
    }

    @Test
    void valuesWithManyDecimalsKeepEveryDigit() {
        List<ComparedTerritory> towns = List.of(town("500001", "Alfa").with(WASTE, 2023, "0.1000000000000000000001").build(),
                town("500002", "Beta").with(WASTE, 2023, "0.1").build());

        YearComparison y = Comparisons.compare(ComparisonRequest.of(towns, List.of(SharedIndicator.of("WASTE")))).indicator("WASTE")
                .orElseThrow().year(2023).orElseThrow();

        // a double could not tell them apart and would tie them; lower is better: Beta 1, Alfa 2
        assertThat(y.values()).extracting(TerritoryValue::rank).containsExactly(1, 2);
        // median of two values: 0.1 + 0.5 · 0.0000000000000000000001 = 0.10000000000000000000005
        assertThat(y.distribution().median().toPlainString()).isEqualTo("0.10000000000000000000005");
    }

    @Test
    void noPublicValueOfTheComparisonIsAFloatingPointNumber() {
        List<String> floating = new ArrayList<>();
        for (Class<?> c : List.of(Comparison.class, IndicatorComparison.class, YearComparison.class, TerritoryValue.class, Distribution.class,
                MissingData.class, ComparedTerritory.class, TerritoryProfile.class, TerritoryProfile.Entry.class, PeerGroup.class,
                SharedIndicator.class, ComparisonRequest.class)) {
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    if (rc.getType() == double.class || rc.getType() == float.class || rc.getType() == Double.class) {
                        floating.add(c.getSimpleName() + "." + rc.getName());
                    }
                }
            }
            for (Method m : c.getMethods()) {
                if (m.getReturnType() == double.class || m.getReturnType() == float.class) {
                    floating.add(c.getSimpleName() + "." + m.getName() + "()");
                }
            }
        }
        assertThat(floating).isEmpty();
    }
}
