package eu.strateg.core.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.strategy.StrategyId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link AnnualValues} groups what a store hands over by strategy and code, each code's values by year. */
class AnnualValuesTest {

    private static final StrategyId A = StrategyId.of("alfa-2030");
    private static final StrategyId B = StrategyId.of("beta-2030");

    @Test
    void groupsValuesThatComeInAnyOrderByStrategyCodeAndYear() {
        AnnualValues values = new AnnualValues();
        values.accept(A, "WASTE", 2023, new BigDecimal("210"));
        values.accept(B, "WASTE", 2022, new BigDecimal("190.5"));
        values.accept(A, "WASTE", 2021, new BigDecimal("230"));
        values.accept(A, "POP", 2023, new BigDecimal("1500"));
        values.accept(A, "WASTE", 2022, new BigDecimal("220.0"));

        Map<String, java.util.SortedMap<Integer, BigDecimal>> a = values.of(A, Set.of("WASTE", "FIRMS"));

        // POP not asked for, FIRMS without values; WASTE's three years in year order, the value as given (220.0)
        assertThat(a).containsOnlyKeys("WASTE");
        assertThat(a.get("WASTE").entrySet()).extracting(e -> e.getKey() + "=" + e.getValue().toPlainString())
                .containsExactly("2021=230", "2022=220.0", "2023=210");
        assertThat(values.of(B, Set.of("WASTE")).get("WASTE")).isEqualTo(Map.of(2022, new BigDecimal("190.5")));
        assertThat(values.of(StrategyId.of("gama-2030"), Set.of("WASTE"))).isEmpty();
    }

    @Test
    void twoValuesOfOneYearAreAnErrorOfTheStore() {
        AnnualValues values = new AnnualValues();
        for (String v : List.of("210", "211")) {
            values.accept(A, "WASTE", 2023, new BigDecimal(v));
        }

        assertThatThrownBy(() -> values.of(A, Set.of("WASTE"))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the store gave two current values (210 and 211) of WASTE in 2023 of strategy alfa-2030");
    }
}
