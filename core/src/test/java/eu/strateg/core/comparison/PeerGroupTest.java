package eu.strateg.core.comparison;

import static eu.strateg.core.comparison.Towns.town;
import static eu.strateg.core.comparison.Towns.zuj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Peers: same level and the same size class (by the latest population) as the territory looked at. */
class PeerGroupTest {

    @Test
    void choosesTerritoriesOfTheSameLevelAndSizeClassByTheirLatestPopulation() {
        Territory okres = Territory.of(TerritoryCode.of(CodeScheme.NUTS, "CZ064"), "Jihomoravský kraj", TerritoryLevel.REGION);
        List<ComparedTerritory> candidates = List.of(
                town("500001", "Malá").population(2023, "4999").build(), // 1,000–4,999
                town("586307", "Kyjov").population(Map.of(2013, new BigDecimal("11630"), 2024, new BigDecimal("10844"))).build(),
                town("500002", "Hraniční").population(2023, "5000").build(), // 5,000 is the first of 5,000–19,999
                town("500003", "Velká").population(2023, "20000").build(), // 20,000–99,999
                town("500004", "Skoro").population(2023, "19999.5").build(), // still below 20,000
                town("500005", "Neznámá").build(), // no population: listed, not chosen
                Towns.of(okres).population(2023, "12000").build()); // a region of peer size but not a municipality

        PeerGroup g = PeerGroup.of(zuj("586307"), candidates);

        // Kyjov's latest population (2024) is 10,844 → 5,000–19,999, though 2013's 11,630 would give the same class
        assertThat(g.sizeClass()).isEqualTo(SizeClass.FROM_5_000);
        assertThat(g.level()).isEqualTo(TerritoryLevel.MUNICIPALITY);
        assertThat(g.members()).extracting(m -> m.territory().name()).containsExactly("Kyjov", "Hraniční", "Skoro");
        assertThat(g.withoutPopulation()).extracting(Territory::name).containsExactly("Neznámá");
    }

    @Test
    void refusesToChoosePeersOfATerritoryWithoutPopulationOrNotAmongTheCandidates() {
        List<ComparedTerritory> candidates = List.of(town("500005", "Neznámá").build());

        assertThatThrownBy(() -> PeerGroup.of(zuj("500005"), candidates)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("the peers of CZ_ZUJ:500005 (Neznámá) are chosen by population size, and its population is unknown");
        assertThatThrownBy(() -> PeerGroup.of(zuj("500009"), candidates)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("territory CZ_ZUJ:500009 is not among the territories to choose peers from");
    }

    @Test
    void sizeClassesHaveInclusiveLowerBounds() {
        assertThat(SizeClass.of(new BigDecimal("0"))).isEqualTo(SizeClass.UNDER_1_000);
        assertThat(SizeClass.of(new BigDecimal("999"))).isEqualTo(SizeClass.UNDER_1_000);
        assertThat(SizeClass.of(new BigDecimal("1000"))).isEqualTo(SizeClass.FROM_1_000);
        assertThat(SizeClass.of(new BigDecimal("4999.5"))).isEqualTo(SizeClass.FROM_1_000);
        assertThat(SizeClass.of(new BigDecimal("5000"))).isEqualTo(SizeClass.FROM_5_000);
        assertThat(SizeClass.of(new BigDecimal("99999"))).isEqualTo(SizeClass.FROM_20_000);
        assertThat(SizeClass.of(new BigDecimal("100000"))).isEqualTo(SizeClass.FROM_100_000);
        assertThat(SizeClass.of(new BigDecimal("1.0E+6"))).isEqualTo(SizeClass.FROM_100_000);
        assertThatThrownBy(() -> SizeClass.of(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
