package eu.strateg.core.service;

import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Produces a monitoring report: evaluates as of a date and hands the result to the renderer of the format asked for. */
public class ReportService {

    /** Languages the bundled renderers speak. */
    public static final Set<String> LANGUAGES = Set.of("cs", "pl", "en");

    private final StrategyRepository strategies;
    private final EvaluationService evaluation;
    private final Map<String, ReportRenderer> renderers = new LinkedHashMap<>();

    public ReportService(StrategyRepository strategies, EvaluationService evaluation, List<ReportRenderer> renderers) {
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        for (ReportRenderer r : renderers) {
            this.renderers.put(r.format().id(), r);
        }
    }

    public Set<String> formats() {
        return renderers.keySet();
    }

    /**
     * Evaluates the revision in force on {@code asOf} (the latest when none was, see {@link RevisionInForce}) as of
     * {@code asOf} and writes the report in {@code format} and {@code locale}; the report's strategy is that revision.
     */
    public StrategyEvaluation render(StrategyId id, LocalDate asOf, ReportFormat format, Locale locale, OutputStream out) throws IOException {
        ReportRenderer renderer = renderer(format);
        return render(evaluation.inForce(id, asOf).strategy(), renderer, asOf, locale, out);
    }

    /** Evaluates the given revision as of {@code asOf} and writes the report in {@code format} and {@code locale}. */
    public StrategyEvaluation render(StrategyId id, long revision, LocalDate asOf, ReportFormat format, Locale locale, OutputStream out)
            throws IOException {
        ReportRenderer renderer = renderer(format);
        Strategy s = strategies.find(id, revision).orElseThrow(() -> new StrategyNotFoundException(id, revision));
        return render(s, renderer, asOf, locale, out);
    }

    private ReportRenderer renderer(ReportFormat format) {
        ReportRenderer renderer = renderers.get(format.id());
        if (renderer == null) {
            throw new ValidationException("format", "no renderer for format '" + format.id() + "'; available: " + renderers.keySet());
        }
        return renderer;
    }

    /**
     * What a renderer is fed for the given revision as of {@code asOf}: the strategy, its evaluation and the observations
     * known by the end of that day, in {@code locale}. For callers that render through something other than a
     * {@link ReportRenderer}, e.g. a portal of several strategies.
     */
    public ReportInput input(Strategy s, LocalDate asOf, Locale locale) {
        return new ReportInput(s, evaluation.evaluate(s, asOf), evaluation.observationsKnownAt(s.id(), asOf), locale);
    }

    private StrategyEvaluation render(Strategy s, ReportRenderer renderer, LocalDate asOf, Locale locale, OutputStream out) throws IOException {
        ReportInput input = input(s, asOf, locale);
        renderer.render(input, out);
        return input.evaluation();
    }
}
