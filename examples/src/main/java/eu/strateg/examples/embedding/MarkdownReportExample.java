package eu.strateg.examples.embedding;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.examples.data.ExampleData.Example;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A custom report format through the ordinary report service: the Kyjov example (or Niepołomice with {@code pl})
 * rendered as Markdown by {@link MarkdownReportRenderer}, as of {@link ExampleData#DEMO_AS_OF}.
 *
 * <p>Run: {@code java -cp examples/target/strateg.jar eu.strateg.examples.embedding.MarkdownReportExample [cs|pl|en]}.
 */
public final class MarkdownReportExample {

    private MarkdownReportExample() {
    }

    public static void main(String[] args) {
        String language = args.length > 0 ? args[0] : "cs";
        Example example = "pl".equals(language) ? ExampleData.niepolomiceExample() : ExampleData.kyjovExample();
        run(example, Locale.forLanguageTag(language), System.out);
    }

    /** Stores and adopts the example, records its observations, and writes its Markdown report to {@code out}. */
    public static void run(Example example, Locale locale, OutputStream out) {
        Clock clock = Clock.systemUTC();
        var strategies = new InMemoryStrategyRepository(clock);
        var observations = new InMemoryObservationStore(clock);
        var strategyService = new StrategyService(strategies);
        var observationService = new ObservationService(observations, strategies, clock);
        var evaluationService = new EvaluationService(strategies, observations, new StandardEvaluator(), clock);
        var reportService = new ReportService(strategies, evaluationService, List.of(new MarkdownReportRenderer()));

        Strategy draft = strategyService.create(example.strategy());
        Strategy adopted = strategyService.adopt(draft.id(), draft.revision(), example.adoptedOn(), example.resolution());
        observationService.record(adopted.id(), example.observations());
        try {
            reportService.render(adopted.id(), ExampleData.DEMO_AS_OF, MarkdownReportRenderer.MARKDOWN, locale, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
