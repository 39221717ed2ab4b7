package eu.strateg.consumer;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The README's Micronaut section, as a consumer of the published jars writes it. */
public final class MicronautReport {

    private MicronautReport() {
    }

    /**
     * Stores a strategy with two observations in an H2 database in {@code dir} and writes its PDF report there.
     *
     * @param dir the directory of the database and the report
     * @return the report file
     * @throws IOException when the report cannot be written
     */
    public static Path run(Path dir) throws IOException {
        Strategy strategy = cyclePaths();
        Path pdf = dir.resolve("report.pdf");
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "strateg.storage", "h2", "strateg.directory", dir.toString()))) {
            StrategyService strategies = context.getBean(StrategyService.class);
            ObservationService observations = context.getBean(ObservationService.class);
            ReportService reports = context.getBean(ReportService.class);

            Strategy draft = strategies.create(strategy);
            observations.record(draft.id(), List.of(
                    Observation.of("CYC-KM", "2022", "2.4"), Observation.of("CYC-KM", "2023", "4.1")));
            try (OutputStream out = Files.newOutputStream(pdf)) {
                reports.render(draft.id(), LocalDate.of(2024, 6, 30), ReportFormat.PDF, Locale.forLanguageTag("cs"), out);
            }
        }
        return pdf;
    }

    /** A small strategy: one goal with one indicator (10 km of cycle paths by 2030, from none in 2020). */
    static Strategy cyclePaths() {
        Territory town = Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307"), "Kyjov", TerritoryLevel.MUNICIPALITY);
        Indicator km = Indicator.of("CYC-KM", "Délka cyklostezek", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                .withBaseline(Baseline.of(Period.year(2020), BigDecimal.ZERO))
                .withTarget(Target.of(BigDecimal.TEN, 2030));
        return Strategy.draft(StrategyId.of("kyjov-2030"), town, "Strategie rozvoje města Kyjova 2021–2030",
                        StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), List.of("Cíl"))
                .withContent(List.of(Element.of("1", null, ElementKind.GOAL, "Bezpečná doprava").withIndicators(List.of("CYC-KM"))),
                        List.of(km), List.of());
    }

    /**
     * Runs {@link #run} in the directory given as the first argument (default {@code strateg-data}).
     *
     * @param args the directory
     * @throws IOException when the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.out.println(run(Path.of(args.length > 0 ? args[0] : "strateg-data")));
    }
}
