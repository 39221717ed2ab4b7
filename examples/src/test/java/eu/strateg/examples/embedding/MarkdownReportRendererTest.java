package eu.strateg.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.BudgetRow;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.ProjectEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Markdown renderer on an evaluation built by hand, so every expected cell is known without running an evaluator. */
class MarkdownReportRendererTest {

    private static final Strategy STRATEGY = new Strategy(StrategyId.of("t"), 3,
            new Territory(TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307"), "Kyjov", TerritoryLevel.MUNICIPALITY, null),
            "Strategie | test *důležité*", StrategyKind.DEVELOPMENT_STRATEGY, StrategyPeriod.of(2021, 2030), null, List.of("Cíl", "Opatření"),
            null,
            List.of(Element.of("1", null, ElementKind.GOAL, "Doprava").withIndicators(List.of("CYC")),
                    Element.of("1.1", "1", ElementKind.MEASURE, "Cyklostezky <b>nové</b>").withIndicators(List.of("OLD"))
                            .withDetails(null, "Odbor")),
            List.of(Indicator.of("CYC", "Délka cyklostezek", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                            .withBaseline(Baseline.of("2020", "10")).withTarget(Target.of("20", 2030))
                            .withDetails(null, null, null, 1),
                    Indicator.of("OLD", "Stížnosti", "počet", IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL)
                            .withBaseline(Baseline.of("2018", "21")).withTarget(Target.of("10", 2030))),
            List.of(new Project("P1", "Cyklostezka", null, List.of("1.1"), ProjectStatus.IN_PROGRESS,
                    Schedule.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)), Schedule.UNKNOWN,
                    List.of(new BudgetLine(2024, FinancingSource.EU, Money.of("1000", "CZK"), Money.of("500", "CZK"))), null, List.of())));

    /** CYC: linear, on track with score 3.25 at 15.5 km (2024); OLD: not assessable, stale. Both show one decimal (Indicator.of's default). */
    private static final StrategyEvaluation EVALUATION = new StrategyEvaluation(StrategyId.of("t"), 3, LocalDate.of(2025, 6, 30),
            new EvaluationSummary(3.25, Status.ON_TRACK, Map.of(Status.ON_TRACK, 1, Status.NOT_ASSESSABLE, 1), 2, 1, 1),
            List.of(new IndicatorEvaluation("CYC", Assessment.scored("linear", Status.ON_TRACK, 3.25,
                            Components.builder().current(Period.year(2024), new BigDecimal("15.5")).build()), List.of(), Period.year(2024), false, 4),
                    new IndicatorEvaluation("OLD", Assessment.notAssessable("linear", NotAssessableReason.NO_OBSERVATION_AFTER_BASELINE, null),
                            List.of(), Period.year(2018), true, 1)),
            List.of(new ElementEvaluation("1", 3.25, Status.ON_TRACK, 1, 2, List.of()),
                    new ElementEvaluation("1.1", null, Status.NOT_ASSESSABLE, 0, 1, List.of())),
            new ProjectsEvaluation(Map.of(ProjectStatus.IN_PROGRESS, 1),
                    List.of(new ProjectEvaluation("P1", ProjectStatus.IN_PROGRESS, 30L, new BigDecimal("1000"), new BigDecimal("500"), 0.5)),
                    List.of(new BudgetRow(2024, FinancingSource.EU, Currency.getInstance("CZK"), new BigDecimal("1000"), new BigDecimal("500"))),
                    new BigDecimal("1000"), new BigDecimal("500"), 0.5));

    private static List<String> render(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownReportRenderer().render(new ReportInput(STRATEGY, EVALUATION, List.of(), locale), out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void writesTheReportInCzechWithEscapedUserText() throws IOException {
        assertThat(render(Locale.forLanguageTag("cs"))).contains(
                "# Strategie \\| test \\*důležité\\*",
                "Kyjov (CZ_ZUJ:586307) · stav k 2025-06-30 · revize 3",
                "| 3,25 | na dobré cestě | 2 | 1 | 1 |",
                "- **1** Doprava — na dobré cestě (3,25; 1/2)",
                "  - **1.1** Cyklostezky \\<b\\>nové\\</b\\> — nelze hodnotit (–; 0/1)",
                "| Kód | Název | Jednotka | Výchozí hodnota | Cíl | Poslední hodnota | Stav | Skóre | Poznámka |",
                "| CYC | Délka cyklostezek | km | 10,0 (2020) | 20,0 (2030) | 15,5 (2024) | na dobré cestě | 3,25 |  |",
                "| OLD | Stížnosti | počet | 21,0 (2018) | 10,0 (2030) |  | nelze hodnotit | – | zastaralá data; NO_OBSERVATION_AFTER_BASELINE |");
    }

    @Test
    void writesProjectsAndBudgetInEnglish() throws IOException {
        assertThat(render(Locale.ENGLISH)).contains(
                "| Code | Name | Status | Slippage (days) | Planned | Actual | Absorption |",
                "| P1 | Cyklostezka | in progress | 30 | 1,000 | 500 | 50% |",
                "| 2024 | EU | 1,000 CZK | 500 CZK |");
    }

    @Test
    void speaksPolish() throws IOException {
        assertThat(render(Locale.forLanguageTag("pl"))).contains("## Wskaźniki", "## Budżet")
                .anySatisfy(line -> assertThat(line).contains("zgodnie z planem"));
    }

    @Test
    void escapesMarkdownPunctuationAndFoldsLineBreaks() {
        assertThat(MarkdownReportRenderer.escape("a|b*c_d`e[f](g)\nh\\i&amp;"))
                .isEqualTo("a\\|b\\*c\\_d\\`e\\[f\\](g) h\\\\i\\&amp;");
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new MarkdownReportRenderer().render(new ReportInput(STRATEGY, EVALUATION, List.of(), Locale.ENGLISH), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }
}
