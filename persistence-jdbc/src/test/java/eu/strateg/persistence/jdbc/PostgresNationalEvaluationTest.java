package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: evaluating many strategies by streaming their values out of PostgreSQL gives, for each strategy, what
 * its plan gives for the values the store's {@code find} returns — whichever way the values travel (as columns:
 * headline values with few digits; as observations: a disaggregation, a value with more digits than a double
 * holds, values written with trailing zeros or as integers), and for a strategy that has no values at all.
 */
class PostgresNationalEvaluationTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private final StandardEvaluator evaluator = new StandardEvaluator();

    @Test
    void everyStrategyGetsThePlansResultForTheValuesTheStoreHolds() {
        try (TestDatabases.Opened db = TestDatabases.open(TestDatabases.Engine.POSTGRES)) {
            List<Strategy> strategies = new ArrayList<>();
            for (String id : List.of("c-columns", "b-disaggregated", "a-long-digits", "d-scales", "e-no-values", "f-not-asked")) {
                strategies.add(db.jdbc().strategies().save(ExampleStrategies.smallTown(id), 0));
            }
            store(db, "c-columns", values("0", "1.5", "3.2", "4.8"), null);
            store(db, "b-disaggregated", values("0", "2", "4", "6"), new TreeMap<>(Map.of("obvod", "Zdar 1")));
            store(db, "a-long-digits", values("0", "1.5", "3.14159265358979323846", "4.8"), null);
            store(db, "d-scales", values("0.00", "2.50", "4", "12.50"), null);
            store(db, "f-not-asked", values("0", "1", "2", "3"), null);
            Map<String, EvaluationPlan> plans = new LinkedHashMap<>();
            for (Strategy s : strategies.subList(0, 5)) {
                plans.put(s.id().value(), evaluator.plan(s));
            }
            PostgresNationalEvaluation national = new PostgresNationalEvaluation(db.postgres());

            Map<String, StrategyScores> scores = new LinkedHashMap<>();
            long read = national.scores(plans.values(), AS_OF, (plan, s) -> scores.put(plan.strategy().id().value(), s));
            Map<String, StrategyEvaluation> full = new LinkedHashMap<>();
            national.evaluations(plans.values(), AS_OF, (plan, e) -> full.put(plan.strategy().id().value(), e));

            assertThat(scores.keySet()).as("strategy-id order, then those without values")
                    .containsExactly("a-long-digits", "b-disaggregated", "c-columns", "d-scales", "e-no-values");
            assertThat(read).as("8 values each, 16 with the disaggregation, none of the strategy not asked for").isEqualTo(8 + 16 + 8 + 8);
            for (EvaluationPlan plan : plans.values()) {
                String id = plan.strategy().id().value();
                List<Observation> stored = db.jdbc().observations().find(ObservationQuery.all(plan.strategy().id()));
                StrategyEvaluation expected = plan.evaluate(stored, AS_OF);
                assertThat(full.get(id)).as(id).isEqualTo(expected);
                assertSameNumbers(scores.get(id), expected, id);
            }
            assertThat(full.get("c-columns").indicator("CYC-KM").orElseThrow().observationCount()).isEqualTo(4);
            assertThat(full.get("e-no-values").indicator("CYC-KM").orElseThrow().observationCount()).isZero();
        }
    }

    @Test
    void anotherDatabaseIsRefusedWithAClearMessage() throws Exception {
        Path dir = Files.createTempDirectory("strateg-h2-national-");
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:" + dir.resolve("db"));
        EvaluationPlan plan = evaluator.plan(ExampleStrategies.smallTown());
        assertThatThrownBy(() -> new PostgresNationalEvaluation(h2).scores(List.of(plan), AS_OF, (p, s) -> { }))
                .isInstanceOf(StorageException.class).hasMessageContaining("PostgreSQL's COPY").hasMessageContaining("H2");
    }

    @Test
    void twoPlansForOneStrategyAreRefused() {
        EvaluationPlan plan = evaluator.plan(ExampleStrategies.smallTown());
        assertThatThrownBy(() -> new PostgresNationalEvaluation(new org.h2.jdbcx.JdbcDataSource()).scores(List.of(plan, plan), AS_OF,
                (p, s) -> { })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zdar-2030");
    }

    @Test
    void plainDecimalsBecomeTheirDoublesAndLongerOnesAreLeftToObservations() {
        for (String text : List.of("0", "-0.5", "12.3", "215.4", "0.000123", "123456789012345", "-98765.4321", "1234567890.12345")) {
            byte[] b = text.getBytes();
            assertThat(CopyRows.value(b, 0, b.length)).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String text : List.of("1234567890123456", "3.14159265358979323846", "1e5", "", "-", "1.2.3")) {
            byte[] b = text.getBytes();
            assertThat(CopyRows.value(b, 0, b.length)).as(text).isNaN();
        }
        assertThat(CopyRows.unescape("{a=b\\tc\\\\d}")).isEqualTo("{a=b\tc\\d}");
    }

    @Test
    void headlineValuesTravelAsColumnsAndOtherRowsAsObservations() {
        EvaluationPlan a = evaluator.plan(ExampleStrategies.smallTown("a"));
        EvaluationPlan b = evaluator.plan(ExampleStrategies.smallTown("b"));
        Map<String, CopyRows.Values> got = new LinkedHashMap<>();
        CopyRows rows = new CopyRows(Map.of("a", a, "b", b), false, (plan, v) -> got.put(plan.strategy().id().value(), v));
        for (String line : List.of("a\tCYC-KM\t{}\t2021\t1.5\t1\n", "a\tCYC-KM\t{}\t2022\t3\t0\n", "a\tPOP\t{}\t2022\t21000\t0\n",
                "b\tCYC-KM\t{}\t2021\t1.5\t1\n", "b\tCYC-KM\t{obvod=1}\t2021\t2.5\t1\n")) {
            rows.accept(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        rows.finish();
        assertThat(got.get("a").columns().toObservations()).containsExactly(Observation.of("CYC-KM", Period.year(2021), new BigDecimal("1.5")),
                Observation.of("CYC-KM", Period.year(2022), new BigDecimal("3.0")), Observation.of("POP", Period.year(2022), new BigDecimal("21000.0")));
        assertThat(got.get("b").columns()).isNull();
        assertThat(got.get("b").observations()).containsExactly(Observation.of("CYC-KM", Period.year(2021), new BigDecimal("1.5")),
                new Observation("CYC-KM", Period.year(2021), new BigDecimal("2.5"), new TreeMap<>(Map.of("obvod", "1")), null, null, null, null));
        assertThat(rows.count()).isEqualTo(5);
    }

    /** Two values per year for CYC-KM (2021–2024, the texts given) and WASTE-KG (its own). */
    private static List<String[]> values(String... cyc) {
        List<String[]> out = new ArrayList<>();
        for (int k = 0; k < cyc.length; k++) {
            out.add(new String[] {"CYC-KM", String.valueOf(2021 + k), cyc[k]});
            out.add(new String[] {"WASTE-KG", String.valueOf(2021 + k), String.valueOf(210 - 9 * k)});
        }
        return out;
    }

    private static void store(TestDatabases.Opened db, String id, List<String[]> rows, SortedMap<String, String> disaggregation) {
        List<Observation> obs = new ArrayList<>();
        for (String[] r : rows) {
            obs.add(Observation.of(r[0], Period.parse(r[1]), new BigDecimal(r[2])));
            if (disaggregation != null) {
                obs.add(new Observation(r[0], Period.parse(r[1]), new BigDecimal(r[2]).add(BigDecimal.ONE), disaggregation, null, null, null,
                        null));
            }
        }
        db.jdbc().observations().upsert(eu.strateg.core.strategy.StrategyId.of(id), obs);
    }

    private static void assertSameNumbers(StrategyScores scores, StrategyEvaluation full, String where) {
        for (int i = 0; i < scores.indicatorCount(); i++) {
            assertThat(scores.indicatorStatus(i)).as(where + " " + scores.indicatorCode(i)).isEqualTo(full.indicators().get(i).assessment().status());
            Double score = full.indicators().get(i).assessment().score();
            assertThat(boxed(scores.indicatorScore(i))).as(where + " " + scores.indicatorCode(i)).isEqualTo(score);
        }
        for (int e = 0; e < scores.elementCount(); e++) {
            assertThat(scores.elementStatus(e)).as(where + " " + scores.elementCode(e)).isEqualTo(full.elements().get(e).status());
        }
        assertThat(scores.status()).as(where).isEqualTo(full.summary().status());
        assertThat(boxed(scores.score())).as(where).isEqualTo(full.summary().score());
    }

    private static Double boxed(double score) {
        return Double.isNaN(score) ? null : score;
    }
}
