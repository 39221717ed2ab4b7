package eu.strateg.micronaut;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.Evaluator;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled renderers are beans of the report service, and every default bean gives way to one of the application. */
class ReplaceableBeansTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Test
    void theReportServiceHasTheFiveBundledRenderers() throws Exception {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            Strategy s = saveExample(ctx);
            ReportService reports = ctx.getBean(ReportService.class);

            assertThat(reports.formats()).containsExactlyInAnyOrder("html", "pdf", "xlsx", "csv", "json");
            assertThat(ctx.getBeansOfType(ReportRenderer.class)).hasSize(5);
            assertThat(render(reports, s, ReportFormat.HTML)).startsWith("<!DOCTYPE html>").contains(s.title());
            assertThat(render(reports, s, ReportFormat.PDF)).startsWith("%PDF-");
            assertThat(render(reports, s, ReportFormat.JSON)).contains("\"CYC-KM\"");
        }
    }

    @Test
    void aRendererOfTheApplicationReplacesTheBundledOneOfItsFormat() throws Exception {
        ReportRenderer mine = new ReportRenderer() {
            @Override
            public ReportFormat format() {
                return ReportFormat.HTML;
            }

            @Override
            public void render(eu.strateg.core.port.ReportInput input, java.io.OutputStream out) throws java.io.IOException {
                out.write(("mine: " + input.strategy().id()).getBytes(StandardCharsets.UTF_8));
            }
        };
        try (ApplicationContext ctx = ApplicationContext.builder().singletons(mine).start()) {
            Strategy s = saveExample(ctx);
            ReportService reports = ctx.getBean(ReportService.class);

            assertThat(reports.formats()).containsExactlyInAnyOrder("html", "pdf", "xlsx", "csv", "json");
            assertThat(render(reports, s, ReportFormat.HTML)).isEqualTo("mine: " + s.id());
            assertThat(render(reports, s, ReportFormat.PDF)).startsWith("%PDF-");
        }
    }

    @Test
    void aRepositoryOfTheApplicationReplacesTheChosenStorage() {
        InMemoryStrategyRepository mine = new InMemoryStrategyRepository();
        try (ApplicationContext ctx = ApplicationContext.builder().singletons(mine).start()) {
            ctx.getBean(StrategyService.class).create(ExampleStrategies.smallTown());

            assertThat(ctx.getBean(StrategyRepository.class)).isSameAs(mine);
            assertThat(mine.find(ExampleStrategies.smallTown().id())).isPresent();
        }
    }

    @Test
    void anEvaluatorAndAClockOfTheApplicationReplaceTheStandardOnes() {
        Evaluator mine = (strategy, observations, asOf) -> new StandardEvaluator().evaluate(strategy, List.of(), asOf);
        Clock clock = Clock.fixed(Instant.parse("2024-07-01T10:00:00Z"), ZoneOffset.UTC);
        try (ApplicationContext ctx = ApplicationContext.builder().singletons(mine, clock).start()) {
            Strategy s = ctx.getBean(StrategyService.class).create(ExampleStrategies.smallTown());

            assertThat(ctx.getBean(Evaluator.class)).isSameAs(mine);
            assertThat(ctx.getBean(Clock.class)).isSameAs(clock);
            assertThat(ctx.getBean(StrategyRepository.class).history(s.id()).get(0).savedAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    void aServiceOfTheApplicationReplacesOurs() {
        StrategyService mine = new StrategyService(new InMemoryStrategyRepository());
        try (ApplicationContext ctx = ApplicationContext.builder().singletons(mine).start()) {
            assertThat(ctx.getBean(StrategyService.class)).isSameAs(mine);
            assertThat(ctx.getBean(EvaluationService.class)).isNotNull();
        }
    }

    private static Strategy saveExample(ApplicationContext ctx) {
        Strategy s = ctx.getBean(StrategyService.class).create(ExampleStrategies.smallTown());
        ctx.getBean(ObservationService.class).record(s.id(), List.of(Observation.of("CYC-KM", "2022", "2.4"), Observation.of("CYC-KM", "2023", "4.1")));
        return s;
    }

    private static String render(ReportService reports, Strategy s, ReportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.render(s.id(), AS_OF, format, Locale.forLanguageTag("cs"), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
