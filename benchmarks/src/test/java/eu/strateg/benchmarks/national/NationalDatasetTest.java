package eu.strateg.benchmarks.national;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import org.junit.jupiter.api.Test;

class NationalDatasetTest {

    @Test
    void sameSeedAndIndexGiveTheSameStrategyWhateverWasGeneratedBefore() {
        NationalDataset a = new NationalDataset(7, 100, 30, 12);
        NationalDataset b = new NationalDataset(7, 100, 30, 12);
        a.columns(3);
        assertThat(a.columns(42).values).isEqualTo(b.columns(42).values);
        assertThat(a.columns(42).target).isEqualTo(b.columns(42).target);
        assertThat(new NationalDataset(8, 100, 30, 12).columns(42).values).isNotEqualTo(a.columns(42).values);
    }

    @Test
    void nationalScaleIsCzechMunicipalitiesTimes150IndicatorsTimes12YearsWithAboutOnePercentMissing() {
        NationalDataset n = NationalDataset.national();
        assertThat(n.strategies()).isEqualTo(6258);
        assertThat(n.indicators()).isEqualTo(150);
        assertThat(n.years()).isEqualTo(12);
        long observed = 0;
        for (int s = 0; s < 50; s++) {
            observed += n.columns(s).observationCount();
        }
        // 50 strategies × 1,800 slots = 90,000; 1 % missing leaves about 89,100
        assertThat(observed).isBetween(88_500L, 89_700L);
    }

    @Test
    void generatedStrategyIsAValidStrategyWithTheFixedTree() {
        NationalDataset n = new NationalDataset(1, 1, 150, 12);
        StrategyColumns c = n.columns(0);
        Strategy s = n.strategy(0, c);
        // 150 indicators / 5 = 30 measures, / 2 = 15 goals, / 3 = 5 areas
        assertThat(s.indicators()).hasSize(150);
        assertThat(s.elements()).hasSize(30 + 15 + 5);
        assertThat(n.observations(c)).hasSize(c.observationCount());
        assertThat(ElementOrder.codes(150)).containsExactlyInAnyOrderElementsOf(s.elements().stream().map(e -> e.code()).toList());
    }
}
