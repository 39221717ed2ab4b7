package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.comparison.ComparedTerritory;
import eu.strateg.core.comparison.ComparisonRequest;
import eu.strateg.core.comparison.Comparisons;
import eu.strateg.core.comparison.IndicatorMapping;
import eu.strateg.core.comparison.Normalisation;
import eu.strateg.core.comparison.SharedIndicator;
import eu.strateg.core.comparison.StoredTerritories;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link StoredTerritories}, the comparison's bulk read, gives the territories that reading each strategy and its
 * values one at a time gives (the way {@code strateg compare} read them before): the same chosen strategy, values,
 * population, area and statuses (each strategy evaluated with all its values by {@link StandardEvaluator#evaluate}).
 */
class StoredTerritoriesTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final TerritoryCode MESTO = TerritoryCode.of(CodeScheme.CZ_ZUJ, "599901");

    private final StrategyRepository strategies = new InMemoryStrategyRepository();
    private final ObservationStore observations = new InMemoryObservationStore();

    /**
     * Žďár with two strategies: "zdar-0-akcni" (first by id, the gmina's, without WASTE-KG) and "zdar-2030" (with it, so the one
     * compared); Město 1 with the small town's strategy, its own values and an area; Łódź without WASTE-KG.
     */
    private Map<TerritoryCode, List<StrategyId>> store() {
        Strategy town = ExampleStrategies.smallTown("zdar-2030");
        strategies.save(in(ExampleStrategies.gmina("zdar-0-akcni"), town.territory()), 0);
        strategies.save(town, 0);
        Strategy m = in(ExampleStrategies.smallTown("mesto-1"), new Territory(MESTO, "Město 1", TerritoryLevel.MUNICIPALITY,
                ExampleStrategies.VYSOCINA));
        strategies.save(m, 0);
        strategies.save(ExampleStrategies.gmina("lodz-2030"), 0);
        observations.upsert(town.id(), List.of(Observation.of("WASTE-KG", "2022", "205.0"), Observation.of("WASTE-KG", "2023", "198.6"),
                Observation.of("POP", "2023", "20500"), Observation.of("CYC-KM", "2023", "6.2"), Observation.of("PM10", "2023", "19.5"),
                Observation.of("AREA", "2020", "36.9")));
        observations.upsert(StrategyId.of("zdar-0-akcni"), List.of(Observation.of("UNEMP", "2023", "3.9")));
        observations.upsert(m.id(), List.of(Observation.of("WASTE-KG", "2023", "170"), Observation.of("POP", "2023", "30000"),
                Observation.of("POP", "2022", "29800"), Observation.of("CYC-KM", "2022", "1.5"), Observation.of("CYC-KM", "2023", "3")));
        observations.upsert(StrategyId.of("lodz-2030"), List.of(Observation.of("POP", "2023", "655000")));
        Map<TerritoryCode, List<StrategyId>> candidates = new LinkedHashMap<>();
        candidates.put(ExampleStrategies.ZDAR, List.of(StrategyId.of("zdar-0-akcni"), town.id()));
        candidates.put(MESTO, List.of(m.id()));
        candidates.put(ExampleStrategies.LODZ, List.of(StrategyId.of("lodz-2030")));
        return candidates;
    }

    private static Strategy in(Strategy s, Territory t) {
        return new Strategy(s.id(), 0, t, s.title(), s.kind(), s.period(), null, s.levelNames(), s.vision(), s.elements(), s.indicators(),
                s.projects());
    }

    /** One territory read the old way: its chosen strategy, the values of the wanted codes, and the evaluation of all its values. */
    private ComparedTerritory oneAtATime(String strategyId) {
        Strategy s = strategies.find(StrategyId.of(strategyId)).orElseThrow();
        List<Observation> wanted = observations.find(ObservationQuery.all(s.id()).indicators(Set.of("WASTE-KG", "CYC-KM", "POP", "AREA")));
        List<Observation> all = observations.find(ObservationQuery.all(s.id()));
        return ComparedTerritory.of(s, wanted).withPopulationFrom("POP")
                .withEvaluation(new StandardEvaluator().evaluate(s, all, AS_OF));
    }

    @Test
    void readsWhatTheOneAtATimeReadsGiveWithStatusesOfTheWholeEvaluation() {
        Map<TerritoryCode, List<StrategyId>> candidates = store();

        List<ComparedTerritory> read = new StoredTerritories(strategies, observations, null, "POP", "AREA", AS_OF)
                .read(candidates, List.of("WASTE-KG", "CYC-KM"));

        List<ComparedTerritory> expected = new ArrayList<>();
        expected.add(oneAtATime("zdar-2030").withArea(new BigDecimal("36.9")));
        expected.add(oneAtATime("mesto-1"));
        expected.add(oneAtATime("lodz-2030"));
        assertThat(read).isEqualTo(expected);
        // Žďár through zdar-2030 (it has WASTE-KG), without PM10 among the compared values but with its status
        assertThat(read.get(0).indicator("WASTE-KG")).isPresent();
        assertThat(read.get(0).observations()).extracting(Observation::indicatorCode).doesNotContain("PM10");
        assertThat(read.get(0).statuses()).containsKeys("WASTE-KG", "CYC-KM", "POP", "PM10");
        assertThat(read.get(1).population()).containsEntry(2022, new BigDecimal("29800")).containsEntry(2023, new BigDecimal("30000"));
        assertThat(read.get(1).status("WASTE-KG")).isNotNull().isNotEqualTo(Status.NOT_ASSESSABLE);
        List<SharedIndicator> shared = List.of(SharedIndicator.of("WASTE-KG"), SharedIndicator.of("CYC-KM"));
        assertThat(Comparisons.compare(ComparisonRequest.of(read, shared).withStatusAsOf(AS_OF)))
                .isEqualTo(Comparisons.compare(ComparisonRequest.of(expected, shared).withStatusAsOf(AS_OF)));
    }

    @Test
    void withoutADateNoStatusesAndOnlyTheWantedValues() {
        Map<TerritoryCode, List<StrategyId>> candidates = store();
        IndicatorMapping mapping = IndicatorMapping.of(Map.of(MESTO, Map.of("CYC-KM", "cycling")));

        List<ComparedTerritory> read = StoredTerritories.of(strategies, observations).withMapping(mapping).read(candidates, List.of("cycling"));

        // Žďár has no "cycling" of its own, so it is compared through its first strategy, zdar-0-akcni
        assertThat(read).extracting(t -> t.territory().code()).containsExactly(ExampleStrategies.ZDAR, MESTO, ExampleStrategies.LODZ);
        assertThat(read.get(0).indicators()).extracting(i -> i.code()).containsExactly("UNEMP");
        // without statuses the values come as annual values, not observations
        assertThat(read).allSatisfy(t -> assertThat(t.observations()).isEmpty());
        assertThat(read.get(0).annualValues()).isEmpty();
        assertThat(read.get(1).annualValues()).containsOnlyKeys("CYC-KM"); // its own code for "cycling"
        assertThat(read.get(1).annualValues().get("CYC-KM")).containsExactly(Map.entry(2022, new BigDecimal("1.5")), Map.entry(2023, new BigDecimal("3")));
        assertThat(read).allSatisfy(t -> assertThat(t.statuses()).isEmpty());
        assertThat(read).allSatisfy(t -> assertThat(t.population()).isEmpty());
    }

    @Test
    void withoutADateTheAnnualValuesCompareAsTheObservationsReadOneAtATime() {
        Map<TerritoryCode, List<StrategyId>> candidates = store();
        // Žďár's area also has a value of a day after its annual one: the latest period wins, whatever its type
        observations.upsert(StrategyId.of("zdar-2030"), List.of(Observation.of("AREA", "2024-03-01", "37.1"),
                Observation.of("WASTE-KG", "2023-Q1", "50").withDisaggregation(Map.of("část", "Zámek"))));

        List<ComparedTerritory> read = new StoredTerritories(strategies, observations, null, "POP", "AREA", null)
                .read(candidates, List.of("WASTE-KG", "CYC-KM", "PM10"));

        List<ComparedTerritory> expected = new ArrayList<>();
        for (String id : List.of("zdar-2030", "mesto-1", "lodz-2030")) {
            Strategy s = strategies.find(StrategyId.of(id)).orElseThrow();
            expected.add(ComparedTerritory.of(s, observations.find(ObservationQuery.all(s.id()).indicators(Set.of("WASTE-KG", "CYC-KM", "PM10",
                    "POP", "AREA")))).withPopulationFrom("POP"));
        }
        expected.set(0, expected.get(0).withArea(new BigDecimal("37.1")));
        assertThat(read).extracting(ComparedTerritory::areaKm2).containsExactly(new BigDecimal("37.1"), null, null);
        assertThat(read).extracting(ComparedTerritory::population).isEqualTo(expected.stream().map(ComparedTerritory::population).toList());
        // Žďár: WASTE-KG 2022 and 2023, POP, CYC-KM and PM10 2023, AREA 2020 (annual only; the day and the quarter left out)
        assertThat(read.get(0).annualValues()).containsOnlyKeys("WASTE-KG", "CYC-KM", "PM10", "POP", "AREA");
        assertThat(read.get(0).annualValues().get("WASTE-KG")).containsExactly(Map.entry(2022, new BigDecimal("205.0")),
                Map.entry(2023, new BigDecimal("198.6")));
        assertThat(read.get(0).annualValues().get("AREA")).containsExactly(Map.entry(2020, new BigDecimal("36.9")));
        List<SharedIndicator> shared = List.of(SharedIndicator.of("WASTE-KG"), SharedIndicator.of("CYC-KM", Normalisation.PER_1000_INHABITANTS),
                SharedIndicator.of("PM10", Normalisation.PER_KM2));
        assertThat(Comparisons.compare(ComparisonRequest.of(read, shared))).isEqualTo(Comparisons.compare(ComparisonRequest.of(expected, shared)));
    }

    @Test
    void aTerritoryWithoutAStoredStrategyIsNamed() {
        Map<TerritoryCode, List<StrategyId>> candidates = store();
        candidates.put(TerritoryCode.of(CodeScheme.CZ_ZUJ, "500011"), List.of(StrategyId.of("neni-ulozena")));

        assertThatThrownBy(() -> StoredTerritories.of(strategies, observations).read(candidates, List.of("WASTE-KG")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("CZ_ZUJ:500011").hasMessageContaining("neni-ulozena");
    }
}
