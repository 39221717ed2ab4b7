package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Project;
import eu.strateg.reporting.chart.ChartData;
import eu.strateg.reporting.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;

/**
 * The monitoring report (monitorovací zpráva / raport z monitoringu) as data, built once from a
 * {@link ReportInput} and rendered by every format: the texts are already localised, numbers come both raw (for
 * spreadsheets and JSON) and formatted (for reading).
 */
public record ReportModel(
        Header header,
        Summary summary,
        List<TreeNode> tree,
        List<IndicatorCard> indicators,
        ProjectSection projects,
        List<LinkRow> links,
        Gaps gaps,
        List<MethodNote> methods) {

    /** Builds the model of a report in the input's language. */
    public static ReportModel of(ReportInput input, Messages messages) {
        return new ReportModelBuilder(input, messages).build();
    }

    /** Title block: what strategy, whose, which period, as of when. */
    public record Header(String title, String territory, String territoryCode, String period, String asOf, String asOfIso, long revision,
            String lifecycle, String vision, String language, String strategyId) {
    }

    /**
     * The strategy at a glance, counted from the cards the report shows.
     *
     * @param absorption known spending against the whole plan (first currency)
     * @param absorptionText known spending against the plan due by the as-of date (first currency), e.g. "90 %"
     * @param notAssessable indicators without a status (context indicators included)
     * @param budgets one headline per currency (never null; empty without a budget)
     * @param staleShareText how much of the score rests on stale data
     * @param plainText the state of the strategy in one plain sentence
     * @param attention what needs attention: deteriorating, off track, stale, without owner or data
     */
    public record Summary(Double score, String scoreText, StatusView status, List<StatusCount> distribution, int indicators,
            int assessable, int fresh, double freshShare, String freshShareText, String indicatorsText, String freshText, String currency,
            BigDecimal budgetPlanned, BigDecimal budgetActual, Double absorption, String budgetText, String absorptionText, int notAssessable,
            List<BudgetHeadline> budgets, String staleShareText, String plainText, List<AttentionRow> attention) {
    }

    /** The budget of one currency: known spending against the plan due by the as-of date and against the whole plan. */
    public record BudgetHeadline(String currency, BigDecimal planned, BigDecimal plannedDue, BigDecimal actual, Double absorptionDue,
            Double absorptionTotal, String absorptionDueText, String absorptionTotalText, String text) {
    }

    /** An indicator that needs attention, and why (in words). */
    public record AttentionRow(String code, String name, StatusView status, String reasons, boolean stale) {
    }

    /** How many indicators have one status. */
    public record StatusCount(StatusView status, int count, double share, String shareText) {
    }

    /**
     * One element of the strategy tree, in document order with its depth (0 for a priority area).
     *
     * @param assessableText e.g. "3 of 5 assessable"
     * @param kind the strategy's own name of the level ({@code levelNames}), else the kind in words
     * @param staleText empty, or the stale indicators its score rests on ("⚠ stale data: PM10")
     */
    public record TreeNode(String code, String parentCode, int depth, String kind, String title, String description, String responsible,
            StatusView status, Double score, String scoreText, int assessable, int total, String assessableText, BigDecimal weight,
            String weightText, List<String> indicatorCodes, List<LinkRow> links, String staleText) {
    }

    /** One indicator: figures, status with its explanation, chart data and the values. */
    public record IndicatorCard(Indicator indicator, IndicatorEvaluation evaluation, String code, String name, String description,
            String unit, String type, String direction, List<String> elements, StatusView status, Double score, String scoreText,
            String method, String methodName, String methodCategory, String explanation, List<Figure> figures, boolean stale,
            String staleText, String latestPeriod, ChartData chart, List<SeriesRow> series, List<ObservationRow> observations) {

        /** Whether any value has a disaggregation (a table of the values leaves the column out otherwise). */
        public boolean anyDisaggregation() {
            return observations.stream().anyMatch(o -> o.disaggregation() != null && !o.disaggregation().isEmpty());
        }

        /** Whether any value has a source or a note (a table of the values leaves the column out otherwise). */
        public boolean anySource() {
            return observations.stream().anyMatch(o -> o.source() != null && !o.source().isEmpty() || o.note() != null);
        }
    }

    /** A labelled figure of a card ("Baseline: 30 (2020)"). */
    public record Figure(String label, String value) {
    }

    /** The assessment of one series of an indicator (headline or a disaggregation). */
    public record SeriesRow(String label, StatusView status, Double score, String scoreText) {
    }

    /** One observed value: {@code period} is the code ("2024-Q1"), {@code periodText} the words ("1. čtvrtletí 2024"). */
    public record ObservationRow(String period, BigDecimal value, String valueText, String disaggregation, String status, String source,
            String note, String periodText) {
    }

    /** The project stack with its budget. */
    public record ProjectSection(List<ProjectRow> projects, List<BudgetLineView> budget, String plannedTotal, String actualTotal,
            String absorption, List<String> countsByStatus) {
    }

    /** One project with schedule and money. */
    public record ProjectRow(Project project, String code, String title, String status, String measures, String plannedSchedule,
            String actualSchedule, Long slippageDays, String slippage, BigDecimal planned, BigDecimal actual, String plannedText,
            String actualText, Double absorption, String absorptionText, List<BudgetLineView> lines, String owner) {
    }

    /** Planned and actual money of one year and financing source. */
    public record BudgetLineView(int year, FinancingSource source, String sourceLabel, String currency, BigDecimal planned,
            BigDecimal actual, String plannedText, String actualText, Double absorption, String absorptionText) {
    }

    /** A vertical link: which external goal an element serves. */
    public record LinkRow(String elementCode, String elementTitle, String scheme, String schemeLabel, String code, String label) {
    }

    /** Indicators that cannot be assessed and indicators whose data are stale. */
    public record Gaps(List<GapRow> notAssessable, List<GapRow> stale) {

        public boolean isEmpty() {
            return notAssessable.isEmpty() && stale.isEmpty();
        }
    }

    /** One data gap: the indicator and why. */
    public record GapRow(String code, String name, String text) {
    }

    /** A method used in this report, with its thresholds and the categories it produced. */
    public record MethodNote(String id, String name, String description, List<String> thresholds, List<String> categories,
            List<String> windows, int count, String countText) {
    }
}
