package eu.strateg.core.micronaut;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.Fixtures;
import eu.strateg.core.evaluation.Evaluator;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The container provides the standard evaluator and so the evaluation service. */
class EvaluationWiringTest {

    @Test
    void evaluationServiceComesFromTheContextWithTheStandardEvaluator() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            Strategy s = ctx.getBean(StrategyService.class).create(Fixtures.valid());
            // I1: baseline 2020 = 0, target 2030 = 10 → linear; 2023 = 3: expected 3, ratio 1 → ON_TRACK.
            ctx.getBean(ObservationService.class).record(s.id(), List.of(Observation.of("I1", "2023", "3")));

            StrategyEvaluation e = ctx.getBean(EvaluationService.class).evaluate(s.id(), LocalDate.now().plusDays(1));

            assertThat(ctx.getBean(Evaluator.class)).isInstanceOf(StandardEvaluator.class);
            assertThat(e.indicator("I1").orElseThrow().assessment().status()).isEqualTo(Status.ON_TRACK);
            assertThat(e.element("1.1.1").orElseThrow().status()).isEqualTo(Status.ON_TRACK);
        }
    }

    @Test
    void anEvaluatorOfTheApplicationReplacesTheStandardOne() {
        Evaluator mine = (strategy, observations, asOf) -> new StandardEvaluator().evaluate(strategy, List.of(), asOf);
        try (ApplicationContext ctx = ApplicationContext.builder().singletons(mine).start()) {
            assertThat(ctx.getBean(Evaluator.class)).isSameAs(mine);
            assertThat(ctx.getBean(EvaluationService.class)).isNotNull();
        }
    }
}
