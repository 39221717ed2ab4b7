package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 7 of issue 3: the Open SDG sample, imported as Strateg indicators and observations and evaluated through
 * the public services (in-memory adapters, no back door), gives every series the reference's status, score and
 * progress value.
 */
class OpenSdgThroughServicesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStrategyRepository repository = new InMemoryStrategyRepository(clock);
    private final StrategyService strategies = new StrategyService(repository);

    @Test
    void importedIndicatorsEvaluatedThroughTheServicesMatchTheReferenceSeries() {
        OpenSdgRepository repo = OpenSdgRepository.read(ReferenceData.openSdgReference().resolve("statcan-gif"));
        OpenSdgConversion conversion = OpenSdgConversion.of(repo);
        Map<String, SeriesProgress> reference = OpenSdgProgress.calculate(repo).indicators().stream()
                .flatMap(i -> i.series().stream()).collect(Collectors.toMap(SeriesProgress::key, s -> s));
        assertThat(conversion.problems()).isEmpty();
        assertThat(conversion.indicators()).hasSize(19);

        InMemoryObservationStore store = new InMemoryObservationStore(clock);
        ObservationService obs = new ObservationService(store, repository, clock);
        Strategy created = strategies.create(new Strategy(StrategyId.of("statcan-gif"), 0,
                Territory.of(TerritoryCode.of(CodeScheme.NUTS, "CZ063"), "Sample", TerritoryLevel.REGION), "Open SDG sample",
                StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Goal"), null, List.of(),
                conversion.indicators(), List.of()));
        obs.record(created.id(), conversion.observations());
        EvaluationService evaluation = new EvaluationService(repository, store, new StandardEvaluator(), clock);

        StrategyEvaluation result = evaluation.evaluate(created.id(), LocalDate.of(2025, 3, 1));

        for (IndicatorEvaluation ie : result.indicators()) {
            SeriesProgress expected = reference.get(conversion.keys().get(ie.indicatorCode()));
            Assessment a = ie.assessment();
            String what = ie.indicatorCode() + " (" + expected.key() + ")";
            assertThat(a.method()).isEqualTo(OpenSdgMethod.ID);
            assertThat(OpenSdgMethod.category(a.status())).as(what).isEqualTo(expected.status());
            if (expected.score() == null) {
                assertThat(a.score()).as(what).isNull();
            } else {
                assertThat(a.score()).as(what).isCloseTo(expected.score(), within(1e-6));
            }
            if (expected.progressValue() != null) {
                assertThat(a.components().progressValue()).as(what).isCloseTo(expected.progressValue(), within(1e-9));
            }
        }
        assertThat(result.indicators()).hasSize(19);
    }
}
