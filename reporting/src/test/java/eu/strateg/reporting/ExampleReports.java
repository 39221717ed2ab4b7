package eu.strateg.reporting;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.BudgetRow;
import eu.strateg.core.evaluation.BudgetTotals;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.Contribution;
import eu.strateg.core.evaluation.ContributorKind;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.ProjectEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.Threshold;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Report inputs for tests: the testkit's example strategies with observations and an evaluation built by hand (the
 * evaluation engine is another module's work). Every figure below is derived in a comment from the linear method of
 * spec/evaluation.md §3 (expected on the line through baseline, milestones and target; ratio = (y − y0)/(expected −
 * y0); with-target thresholds 0.95 / 0.60 / 0; score 7.1429·r − 4.2857 for r ≥ 0.6, capped at 5).
 */
public final class ExampleReports {

    public static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static final Currency CZK = Currency.getInstance("CZK");
    static final List<Threshold> WITH_TARGET = List.of(new Threshold(Status.ON_TRACK, 0.95), new Threshold(Status.NEEDS_ACCELERATION, 0.60),
            new Threshold(Status.LIMITED_PROGRESS, 0), new Threshold(Status.DETERIORATION, Double.NEGATIVE_INFINITY));

    private ExampleReports() {
    }

    /** Žďár nad Sázavou's strategy (testkit {@code smallTown}) evaluated as of 31 March 2025, in {@code locale}. */
    public static ReportInput zdar(Locale locale) {
        return zdar(ExampleStrategies.smallTown(), locale);
    }

    /** The evaluation and observations of {@code smallTown}, around a strategy with the same codes (e.g. with XSS texts). */
    public static ReportInput zdar(Strategy s, Locale locale) {
        List<Observation> obs = new ArrayList<>();
        series(obs, "CYC-KM", 2021, "0.4", "1.1", "2.0", "3.1");
        series(obs, "WASTE-KG", 2019, "215.4", "212.0", "205.3", "199.8", "193.1", "188.0");
        series(obs, "POP", 2021, "20719", "20571", "20523", "20470");
        series(obs, "PM10", 2021, "20.8", "19.4");
        // CYC-KM: line (2020, 0) → milestone (2025, 5): expected(2024) = 4 × 5/5 = 4.0; ratio = 3.1 / 4.0 = 0.775
        // → NEEDS_ACCELERATION; score = 7.1429 × 0.775 − 4.2857 = 1.2500475
        IndicatorEvaluation cyc = linear("CYC-KM", "2020", "0", "2024", "3.1", "12.5", 2030, 4.0, 0.775, Status.NEEDS_ACCELERATION, 1.2500475, false);
        // WASTE-KG: line (2019, 215.4) → (2030, 160): expected(2024) = 215.4 − 55.4 × 5/11 = 190.21818;
        // ratio = (188.0 − 215.4)/(190.21818 − 215.4) = 1.0880866 → ON_TRACK; score = min(7.1429 × 1.0880866 − 4.2857, 5) = 3.4864
        IndicatorEvaluation waste = linear("WASTE-KG", "2019", "215.4", "2024", "188.0", "160", 2030, 190.21818, 1.0880866, Status.ON_TRACK,
                3.4864, false);
        IndicatorEvaluation pop = new IndicatorEvaluation("POP", Assessment.notAssessable("linear", NotAssessableReason.CONTEXT_INDICATOR,
                Components.builder().current(Period.year(2024), new BigDecimal("20470")).build()), List.of(), Period.year(2024), false, 4);
        // PM10: range [0, 20], latest 19.4 (2022) is inside → TARGET_ACHIEVED, score 5; 2022 ended 2022-12-31, more
        // than two years before 2025-03-31 → stale (spec §6, annual)
        IndicatorEvaluation pm10 = new IndicatorEvaluation("PM10", Assessment.scored("range", Status.TARGET_ACHIEVED, 5,
                Components.builder().base(Period.year(2020), new BigDecimal("21.3")).current(Period.year(2022), new BigDecimal("19.4"))
                        .target(BigDecimal.ZERO, new BigDecimal("20"), 2030).build()), List.of(), Period.year(2022), true, 2);
        // roll-up: 1.1.1 = CYC-KM (1.2500475), 1.1.1.1 has no score (counted); 1.1 = 1 = 1.2500475;
        // 2.1.1 = WASTE-KG 3.4864; 2.1 = mean(PM10 5, 2.1.1 3.4864), POP counted = 4.2432; 2 = 4.2432;
        // strategy = (1 × 1.2500475 + 2 × 4.2432) / 3 = 3.2454825 → ON_TRACK
        List<ElementEvaluation> elements = List.of(
                element("1", 1.2500475, 1, 1, contribution(ContributorKind.ELEMENT, "1.1", 1.2500475)),
                element("1.1", 1.2500475, 1, 1, contribution(ContributorKind.ELEMENT, "1.1.1", 1.2500475)),
                element("1.1.1", 1.2500475, 1, 2, contribution(ContributorKind.INDICATOR, "CYC-KM", 1.2500475),
                        contribution(ContributorKind.ELEMENT, "1.1.1.1", null)),
                new ElementEvaluation("1.1.1.1", null, Status.NOT_ASSESSABLE, 0, 0, List.of()),
                element("2", 4.2432, 1, 1, contribution(ContributorKind.ELEMENT, "2.1", 4.2432)),
                element("2.1", 4.2432, 2, 3, contribution(ContributorKind.INDICATOR, "POP", null),
                        contribution(ContributorKind.INDICATOR, "PM10", 5.0), contribution(ContributorKind.ELEMENT, "2.1.1", 3.4864)),
                element("2.1.1", 3.4864, 1, 1, contribution(ContributorKind.INDICATOR, "WASTE-KG", 3.4864)));
        EvaluationSummary summary = new EvaluationSummary(3.2454825, Status.ON_TRACK, Map.of(Status.TARGET_ACHIEVED, 1, Status.ON_TRACK, 1,
                Status.NEEDS_ACCELERATION, 1, Status.NOT_ASSESSABLE, 1), 4, 3, 3);
        // P-01: planned 1 500 000 + 4 200 000 = 5 700 000; actual 1 320 000.50 + 3 900 000 = 5 220 000.50;
        // absorption 0.91579; still running on 2025-03-31, 151 days after the planned end 2024-10-31
        ProjectsEvaluation projects = new ProjectsEvaluation(Map.of(ProjectStatus.IN_PROGRESS, 1, ProjectStatus.IDEA, 1), List.of(
                new ProjectEvaluation("P-01", ProjectStatus.IN_PROGRESS, 151L, new BigDecimal("5700000"), new BigDecimal("5220000.50"), 0.9157895),
                new ProjectEvaluation("P-02", ProjectStatus.IDEA, null, BigDecimal.ZERO, BigDecimal.ZERO, null)),
                List.of(new BudgetRow(2023, FinancingSource.OWN, CZK, new BigDecimal("1500000"), new BigDecimal("1320000.50")),
                        new BudgetRow(2024, FinancingSource.EU, CZK, new BigDecimal("4200000"), new BigDecimal("3900000"))),
                new BigDecimal("5700000"), new BigDecimal("5220000.50"), 0.9157895,
                // as of 2025-03-31 both years have ended: due = whole plan = 5 700 000, spent 5 220 000.50
                List.of(BudgetTotals.of(CZK, new BigDecimal("5700000"), new BigDecimal("5700000"), new BigDecimal("5220000.50"))));
        StrategyEvaluation ev = new StrategyEvaluation(s.id(), 3, AS_OF, summary, List.of(cyc, waste, pop, pm10), elements, projects);
        return new ReportInput(s, ev, obs, locale);
    }

    /** Łódź's strategy (testkit {@code gmina}) evaluated as of 31 March 2025. */
    public static ReportInput lodz(Locale locale) {
        Strategy s = ExampleStrategies.gmina("lodz-2030");
        List<Observation> obs = new ArrayList<>();
        series(obs, "UNEMP", 2021, "4.9", "4.6", "4.4", "4.5");
        // UNEMP: line (2020, 5.1) → (2030, 3.5): expected(2024) = 5.1 − 1.6 × 0.4 = 4.46; ratio = (4.5 − 5.1)/(4.46 − 5.1)
        // = 0.9375 → NEEDS_ACCELERATION; score = 7.1429 × 0.9375 − 4.2857 = 2.4107688
        IndicatorEvaluation unemp = linear("UNEMP", "2020", "5.1", "2024", "4.5", "3.5", 2030, 4.46, 0.9375, Status.NEEDS_ACCELERATION,
                2.4107688, false);
        List<ElementEvaluation> elements = List.of(
                element("A", 2.4107688, 1, 1, contribution(ContributorKind.ELEMENT, "A.1", 2.4107688)),
                element("A.1", 2.4107688, 1, 1, contribution(ContributorKind.INDICATOR, "UNEMP", 2.4107688)));
        EvaluationSummary summary = new EvaluationSummary(2.4107688, Status.NEEDS_ACCELERATION, Map.of(Status.NEEDS_ACCELERATION, 1), 1, 1, 1);
        StrategyEvaluation ev = new StrategyEvaluation(s.id(), 1, AS_OF, summary, List.of(unemp), elements,
                new ProjectsEvaluation(Map.of(), List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, null));
        return new ReportInput(s, ev, obs, locale);
    }

    static void series(List<Observation> into, String code, int firstYear, String... values) {
        for (int i = 0; i < values.length; i++) {
            into.add(Observation.of(code, String.valueOf(firstYear + i), values[i]).withSource("ČSÚ / GUS Łódź", null));
        }
    }

    static IndicatorEvaluation linear(String code, String basePeriod, String base, String current, String value, String target, int targetYear,
            double expected, double ratio, Status status, double score, boolean stale) {
        Components c = Components.builder().base(Period.parse(basePeriod), new BigDecimal(base)).current(Period.parse(current), new BigDecimal(value))
                .target(new BigDecimal(target), null, targetYear).expectedValue(expected).ratio(ratio).thresholds(WITH_TARGET).build();
        return new IndicatorEvaluation(code, Assessment.scored("linear", status, score, c), List.of(), Period.parse(current), stale, 4);
    }

    static ElementEvaluation element(String code, double score, int assessable, int total, Contribution... contributions) {
        return new ElementEvaluation(code, score, Status.fromScore(score), assessable, total, List.of(contributions));
    }

    static Contribution contribution(ContributorKind kind, String code, Double score) {
        return new Contribution(kind, code, BigDecimal.ONE, score, score == null ? Status.NOT_ASSESSABLE : Status.fromScore(score));
    }
}
