package eu.strateg.reporting.comparison;

import eu.strateg.core.comparison.ComparedTerritory;
import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.ComparisonRequest;
import eu.strateg.core.comparison.Comparisons;
import eu.strateg.core.comparison.Normalisation;
import eu.strateg.core.comparison.SharedIndicator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.testkit.ExampleStrategies;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Žďár nad Sázavou (testkit) with Město 1–4 (its strategy copied to generated towns; Město 4's name tries markup) and
 * Łódź, which has none of the indicators. Žďár: POP 20,500, WASTE-KG 205.0 (2022), 198.6 (2023), CYC-KM 6.2 (2023);
 * Město i: POP 20,000 + 10,000·i, WASTE-KG 160 + 20·i (2022), 150 + 20·i (2023), CYC-KM 3·i (2023, not for i = 4).
 * Statuses as of {@link #STATUS_AS_OF} (as an evaluation would give them): Žďár WASTE-KG on track, CYC-KM needs
 * acceleration; each Město WASTE-KG deteriorating, CYC-KM without a status; Łódź none.
 */
public final class ComparisonExample {

    static final LocalDate STATUS_AS_OF = LocalDate.of(2024, 3, 31);

    static final String MARKUP_NAME = "Město 4 <script>alert('x')</script> & spol.";

    private ComparisonExample() {
    }

    static TerritoryCode code(int i) {
        return TerritoryCode.of(CodeScheme.CZ_ZUJ, "59990" + i);
    }

    public static Comparison comparison() {
        List<ComparedTerritory> towns = new ArrayList<>();
        towns.add(ComparedTerritory.of(ExampleStrategies.smallTown(), List.of(Observation.of("POP", "2023", "20500"),
                Observation.of("WASTE-KG", "2022", "205.0"), Observation.of("WASTE-KG", "2023", "198.6"),
                Observation.of("CYC-KM", "2023", "6.2"))).withPopulationFrom("POP")
                .withStatuses(Map.of("WASTE-KG", Status.ON_TRACK, "CYC-KM", Status.NEEDS_ACCELERATION)));
        for (int i = 1; i <= 4; i++) {
            Strategy s = ExampleStrategies.smallTown("mesto-" + i);
            Territory t = new Territory(code(i), i == 4 ? MARKUP_NAME : "Město " + i, TerritoryLevel.MUNICIPALITY, ExampleStrategies.VYSOCINA);
            s = new Strategy(s.id(), 0, t, "Strategie", s.kind(), s.period(), null, s.levelNames(), null, s.elements(), s.indicators(),
                    s.projects());
            List<Observation> obs = new ArrayList<>(List.of(Observation.of("POP", "2023", String.valueOf(20_000 + 10_000 * i)),
                    Observation.of("WASTE-KG", "2022", String.valueOf(160 + 20 * i)),
                    Observation.of("WASTE-KG", "2023", String.valueOf(150 + 20 * i))));
            if (i < 4) {
                obs.add(Observation.of("CYC-KM", "2023", String.valueOf(3 * i)));
            }
            towns.add(ComparedTerritory.of(s, obs).withPopulationFrom("POP").withStatuses(Map.of("WASTE-KG", Status.DETERIORATION)));
        }
        towns.add(ComparedTerritory.of(ExampleStrategies.gmina("lodz-2030"), List.of()));
        return Comparisons.compare(ComparisonRequest.of(towns, List.of(SharedIndicator.of("WASTE-KG"),
                SharedIndicator.of("CYC-KM", Normalisation.PER_1000_INHABITANTS))).withStatusAsOf(STATUS_AS_OF));
    }
}
