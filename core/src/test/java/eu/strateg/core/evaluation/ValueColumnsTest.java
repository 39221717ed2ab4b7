package eu.strateg.core.evaluation;

import static eu.strateg.core.evaluation.EvalFixtures.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values given as columns evaluate exactly as the observations they stand for. */
class ValueColumnsTest {

    private static final double NA = Double.NaN;
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static Indicator indicator(String code, IndicatorType type, Direction d) {
        return Indicator.of(code, "Indicator " + code, "units", type, d, Periodicity.ANNUAL);
    }

    /** Linear (baseline 100 in 2015, target 200 in 2025), open-sdg with a limit, open-sdg with a target, computed, context. */
    private static Strategy strategy() {
        List<Indicator> indicators = List.of(
                indicator("LIN", IndicatorType.RESULT, Direction.INCREASE).withBaseline(Baseline.of("2015", "100"))
                        .withTarget(Target.of("200", 2025)),
                indicator("SDG", IndicatorType.OUTPUT, Direction.INCREASE).withNaturalLimit(new BigDecimal("100")),
                indicator("DEC", IndicatorType.RESULT, Direction.DECREASE).withMethod("open-sdg").withTarget(Target.of("0", 2030)),
                indicator("SUM", IndicatorType.RESULT, Direction.INCREASE).withFormula("LIN + SDG"),
                indicator("CTX", IndicatorType.CONTEXT, Direction.NONE));
        return EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "2", "CTX"),
                element("1.1", "1", ElementKind.GOAL, "1", "LIN", "SDG"), element("1.2", "1", ElementKind.GOAL, "3", "DEC", "SUM")),
                indicators, List.of());
    }

    private static ValueColumns columns() {
        List<Period> years = List.of(Period.year(2016), Period.year(2018), Period.year(2020), Period.year(2025), Period.year(2015));
        return new ValueColumns(List.of("LIN", "SDG", "DEC", "SUM", "UNKNOWN", "CTX"), years, new double[] {
            120, NA, 150, 999, NA, // LIN: 2025 has not ended by the as-of date; the baseline comes from the declaration
            40.5, 44.25, 47.125, NA, 38, // SDG: 2015 is the base
            -0.0, 3, 2.5, NA, 4, // DEC: a negative zero
            1, 2, 3, 4, 5, // SUM is computed: its own values are ignored
            1, 1, 1, 1, 1, // not an indicator of the strategy
            NA, NA, NA, NA, NA,
        });
    }

    @Test
    void columnsEvaluateAsTheObservationsTheyStandFor() {
        Strategy s = strategy();
        StandardEvaluator evaluator = new StandardEvaluator();

        StrategyEvaluation fromColumns = evaluator.evaluate(s, columns(), AS_OF);

        assertThat(fromColumns).isEqualTo(evaluator.evaluate(s, columns().toObservations(), AS_OF));
        // and any other evaluator gets the columns through their observations
        Evaluator other = evaluator::evaluate;
        assertThat(other.evaluate(s, columns(), AS_OF)).isEqualTo(fromColumns);
    }

    @Test
    void linearIndicatorFromColumnsFollowsTheSpec() {
        IndicatorEvaluation lin = new StandardEvaluator().evaluate(strategy(), columns(), AS_OF).indicator("LIN").orElseThrow();

        // spec §3: expected(2020) = 100 + (200 − 100)·(2020 − 2015)/(2025 − 2015) = 150; ratio = (150 − 100)/(150 − 100) = 1
        // → on track, score min(7.1429·1 − 4.2857, 5) = 2.8572. The 2025 value is ignored (period not ended).
        assertThat(lin.assessment().status()).isEqualTo(Status.ON_TRACK);
        assertThat(lin.assessment().score()).isCloseTo(2.8572, within(1e-12));
        assertThat(lin.latestPeriod()).isEqualTo(Period.year(2020));
        assertThat(lin.observationCount()).isEqualTo(2);
        assertThat(lin.assessment().components().currentValue()).isEqualTo(new BigDecimal("150.0"));
        assertThat(lin.assessment().components().baseValue()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void cellsWithAValueAreHeadlineObservationsWithTheShortestExactDecimal() {
        ValueColumns c = new ValueColumns(List.of("A", "B"), List.of(Period.year(2020), Period.year(2021)), new double[] {0.1, NA, NA, 2});

        assertThat(c.toObservations()).containsExactly(Observation.of("A", Period.year(2020), new BigDecimal("0.1")),
                Observation.of("B", Period.year(2021), new BigDecimal("2.0")));
        assertThat(c.value(0, 1)).isNaN();
        assertThat(c.indicatorCount()).isEqualTo(2);
        assertThat(c.periodCount()).isEqualTo(2);
    }

    @Test
    void aSharedLayoutGivesTheSameColumns() {
        ValueColumns.Layout layout = ValueColumns.layout(List.of("A", "B"), List.of(Period.year(2020), Period.year(2021)));

        assertThat(layout.with(new double[] {0.1, NA, NA, 2}).toObservations()).isEqualTo(
                new ValueColumns(List.of("A", "B"), List.of(Period.year(2020), Period.year(2021)), new double[] {0.1, NA, NA, 2}).toObservations());
        assertThatThrownBy(() -> layout.with(new double[3])).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("values"));
    }

    @Test
    void theGivenArrayIsCopied() {
        double[] values = {1, 2};
        ValueColumns c = new ValueColumns(List.of("A"), List.of(Period.year(2020), Period.year(2021)), values);
        values[0] = 7;

        assertThat(c.value(0, 0)).isEqualTo(1);
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        List<Period> periods = new ArrayList<>(Arrays.asList(Period.year(2020), null, Period.year(2020)));

        assertThatThrownBy(() -> new ValueColumns(List.of("A", "bad code", "A"), periods, new double[9]))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactlyInAnyOrder("indicatorCodes[1]", "indicatorCodes[2]", "periods[1]", "periods[2]"));
        assertThatThrownBy(() -> new ValueColumns(List.of("A"), List.of(Period.year(2020)), new double[2]))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("values"));
        assertThatThrownBy(() -> new ValueColumns(List.of("A"), List.of(Period.year(2020), Period.year(2021)),
                new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("values[A][2020]", "values[A][2021]"));
    }

    @Test
    void aReusedBufferEvaluatesAsTheColumnsItHolds() {
        Strategy s = strategy();
        EvaluationPlan plan = new StandardEvaluator().plan(s);
        ValueColumns columns = columns();
        ValueColumns.Layout layout = ValueColumns.layout(List.of("LIN", "SDG", "DEC", "SUM", "UNKNOWN", "CTX"),
                List.of(Period.year(2016), Period.year(2018), Period.year(2020), Period.year(2025), Period.year(2015)));
        double[] cells = new double[30];
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 5; c++) {
                cells[r * 5 + c] = columns.value(r, c);
            }
        }
        double[] other = cells.clone();
        Arrays.fill(other, 0, 4, 140); // LIN 140 in 2016–2025 (no 2015 value): another strategy's values through the same buffer
        ValueColumns.Buffer buffer = layout.buffer();

        buffer.set(other);
        StrategyEvaluation first = plan.evaluate(buffer, AS_OF);
        buffer.set(cells);

        assertThat(plan.evaluate(buffer, AS_OF)).isEqualTo(plan.evaluate(columns, AS_OF));
        StrategyScores scores = plan.scores(buffer, AS_OF);
        assertThat(scores.score()).isEqualTo(plan.scores(columns, AS_OF).score());
        assertThat(buffer.toColumns().toObservations()).isEqualTo(columns.toObservations());
        // the first evaluation kept its own numbers: LIN at 140 in 2020 against the expected 150 from the declared
        // baseline 100: ratio (140 − 100)/(150 − 100) = 0.8 → needs acceleration (spec §3 bands: 0.6 ≤ ratio < 0.95)
        assertThat(first.indicator("LIN").orElseThrow().assessment().status()).isEqualTo(Status.NEEDS_ACCELERATION);
    }

    @Test
    void aBufferRefusesBadValuesAndKeepsWhatItHeld() {
        ValueColumns.Buffer buffer = ValueColumns.layout(List.of("A"), List.of(Period.year(2020), Period.year(2021))).buffer();
        assertThat(buffer.toColumns().toObservations()).isEmpty();
        buffer.set(new double[] {1, 2});

        assertThatThrownBy(() -> buffer.set(new double[] {3, Double.POSITIVE_INFINITY}))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("values[A][2021]"));
        assertThatThrownBy(() -> buffer.set(new double[3])).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> buffer.set(0, 1, Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("values[A][2021]");
        assertThatThrownBy(() -> buffer.set(1, 0, 5)).isInstanceOf(IndexOutOfBoundsException.class);

        assertThat(buffer.toColumns().value(0, 0)).isEqualTo(1);
        assertThat(buffer.toColumns().value(0, 1)).isEqualTo(2);
        assertThat(buffer.set(0, 1, NA).toColumns().value(0, 1)).isNaN();
        assertThat(buffer.clear().toColumns().toObservations()).isEmpty();
    }

    /** The same strategy's values in a layout whose ended columns come first, in time order: rows are read in place. */
    private static final List<Period> IN_ORDER = List.of(Period.year(2015), Period.year(2016), Period.year(2018), Period.year(2020),
            Period.year(2025));
    private static final List<String> ROWS = List.of("LIN", "SDG", "DEC", "SUM", "UNKNOWN", "CTX");

    private static double[] inOrderCells() {
        return new double[] {
            110, 120, NA, 150, 999, // LIN: a measured 2015 value (the baseline period), one value missing
            38, 40.5, 44.25, 47.125, 50, // SDG: whole
            4, 3, 2.5, -0.0, 1, // DEC: whole, the latest ended value a negative zero
            1, 2, 3, 4, 5, // SUM is computed: its own values are ignored
            1, 1, 1, 1, 1,
            NA, NA, NA, NA, NA,
        };
    }

    @Test
    void wholeRowsInTimeOrderEvaluateAsTheirObservations() {
        Strategy s = strategy();
        StandardEvaluator evaluator = new StandardEvaluator();
        ValueColumns columns = new ValueColumns(ROWS, IN_ORDER, inOrderCells());
        EvaluationPlan plan = evaluator.plan(s);

        StrategyEvaluation e = plan.evaluate(columns, AS_OF);

        assertThat(e).isEqualTo(evaluator.evaluate(s, columns.toObservations(), AS_OF));
        assertSameScores(plan.scores(columns, AS_OF), e);
        // DEC (open-sdg, decrease, target 0 read as 0.001): the latest value −0.0 ≤ 0.001 → target achieved, and its
        // exact decimal is 0.0, as BigDecimal.valueOf(−0.0) gives for the observation
        IndicatorEvaluation dec = e.indicator("DEC").orElseThrow();
        assertThat(dec.assessment().status()).isEqualTo(Status.TARGET_ACHIEVED);
        assertThat(dec.assessment().components().currentValue()).isEqualTo(new BigDecimal("0.0"));
        // LIN: the measured 2015 value 110 is the base, not the declared 100: expected(2020) = 110 + (200 − 110)·5/10 = 155,
        // ratio (150 − 110)/(155 − 110) = 0.8889 → needs acceleration, score 7.1429·(40/45) − 4.2857
        IndicatorEvaluation lin = e.indicator("LIN").orElseThrow();
        assertThat(lin.assessment().status()).isEqualTo(Status.NEEDS_ACCELERATION);
        assertThat(lin.assessment().score()).isCloseTo(7.1429 * 40 / 45 - 4.2857, within(1e-12));
        assertThat(lin.observationCount()).isEqualTo(3);
    }

    @Test
    void onePlanEvaluatesOtherLayoutsAndDatesAsAFreshPlan() {
        Strategy s = strategy();
        StandardEvaluator evaluator = new StandardEvaluator();
        EvaluationPlan plan = evaluator.plan(s);
        ValueColumns inOrder = new ValueColumns(ROWS, IN_ORDER, inOrderCells());
        ValueColumns outOfOrder = columns();
        List<LocalDate> dates = List.of(AS_OF, LocalDate.of(2019, 6, 30), LocalDate.of(2016, 12, 31), LocalDate.of(2030, 1, 1));

        for (LocalDate asOf : dates) { // one date after the other, the layout changing on every call
            for (ValueColumns c : List.of(inOrder, outOfOrder)) {
                assertEvaluatesAsObservations(plan, evaluator, c, asOf);
            }
        }
        for (ValueColumns c : List.of(inOrder, outOfOrder)) { // one layout after the other, the date changing on every call
            for (LocalDate asOf : dates) {
                assertEvaluatesAsObservations(plan, evaluator, c, asOf);
                assertEvaluatesAsObservations(plan, evaluator, c, asOf); // and the same again
            }
        }
    }

    private static void assertEvaluatesAsObservations(EvaluationPlan plan, StandardEvaluator evaluator, ValueColumns c, LocalDate asOf) {
        StrategyEvaluation expected = evaluator.evaluate(plan.strategy(), c.toObservations(), asOf);
        assertThat(plan.evaluate(c, asOf)).as("as of %s", asOf).isEqualTo(expected);
        assertSameScores(plan.scores(c, asOf), expected);
        double[] cells = c.cells().clone(); // the same values as a plain array, read in place and checked as they are read
        assertThat(plan.evaluate(c.layout(), cells, asOf)).as("array, as of %s", asOf).isEqualTo(expected);
        assertSameScores(plan.scores(c.layout(), cells, asOf), expected);
        assertThat(cells).isEqualTo(c.cells());
    }

    @Test
    void aPlainArrayIsCheckedAsItIsReadAndEveryInfiniteValueIsNamed() {
        EvaluationPlan plan = new StandardEvaluator().plan(strategy());
        ValueColumns.Layout layout = ValueColumns.layout(ROWS, IN_ORDER);
        double[] readRow = inOrderCells();
        readRow[2] = Double.POSITIVE_INFINITY; // LIN 2018: a row the plan reads
        readRow[24] = Double.NEGATIVE_INFINITY; // UNKNOWN 2025: a row no indicator reads, also reported
        double[] unreadRow = inOrderCells();
        unreadRow[21] = Double.POSITIVE_INFINITY; // UNKNOWN 2016 alone
        double[] computedRow = inOrderCells();
        computedRow[15] = Double.NEGATIVE_INFINITY; // SUM 2015: a computed indicator's own values are ignored, not unchecked

        assertThatThrownBy(() -> plan.scores(layout, readRow, AS_OF))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("values[LIN][2018]", "values[UNKNOWN][2025]"));
        assertThatThrownBy(() -> plan.evaluate(layout, unreadRow, AS_OF))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("values[UNKNOWN][2016]"));
        assertThatThrownBy(() -> plan.scores(layout, computedRow, AS_OF))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("values[SUM][2015]"));
        assertThatThrownBy(() -> plan.scores(layout, new double[29], AS_OF)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("29 values for 6 indicators × 5 periods");
        assertThatThrownBy(() -> plan.evaluate(layout, null, AS_OF)).isInstanceOf(ValidationException.class);
        assertThat(readRow[2]).isEqualTo(Double.POSITIVE_INFINITY); // the caller's array is never changed
    }

    @Test
    void aCellSetInABufferChangesWhetherItsRowIsReadInPlace() {
        Strategy s = strategy();
        StandardEvaluator evaluator = new StandardEvaluator();
        EvaluationPlan plan = evaluator.plan(s);
        ValueColumns.Buffer buffer = ValueColumns.layout(ROWS, IN_ORDER).buffer();
        double[] cells = inOrderCells();
        cells[2] = 130; // LIN whole
        buffer.set(cells);
        StrategyEvaluation whole = plan.evaluate(buffer, AS_OF);

        buffer.set(0, 3, NA); // LIN's 2020 value gone: its latest ended value is now 2018's
        StrategyEvaluation gap = plan.evaluate(buffer, AS_OF);
        buffer.set(0, 3, 150);

        assertThat(whole).isEqualTo(evaluator.evaluate(s, new ValueColumns(ROWS, IN_ORDER, cells).toObservations(), AS_OF));
        assertThat(gap).isEqualTo(evaluator.evaluate(s, gapAt(cells, 3).toObservations(), AS_OF));
        assertThat(gap.indicator("LIN").orElseThrow().latestPeriod()).isEqualTo(Period.year(2018));
        assertThat(plan.evaluate(buffer, AS_OF)).isEqualTo(whole);
    }

    private static ValueColumns gapAt(double[] cells, int column) {
        double[] c = cells.clone();
        c[column] = NA;
        return new ValueColumns(ROWS, IN_ORDER, c);
    }

    private static void assertSameScores(StrategyScores scores, StrategyEvaluation e) {
        for (int i = 0; i < scores.indicatorCount(); i++) {
            Assessment a = e.indicators().get(i).assessment();
            assertThat(scores.indicatorStatus(i)).isEqualTo(a.status());
            assertThat(Double.valueOf(scores.indicatorScore(i))).isEqualTo(a.score() == null ? Double.valueOf(NA) : a.score());
        }
        assertThat(scores.status()).isEqualTo(e.summary().status());
    }
}
