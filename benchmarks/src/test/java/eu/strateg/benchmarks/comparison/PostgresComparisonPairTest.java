package eu.strateg.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.benchmarks.jdbc.BenchPostgres;
import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.Distribution;
import eu.strateg.core.comparison.IndicatorComparison;
import eu.strateg.core.comparison.TerritoryValue;
import eu.strateg.core.comparison.YearComparison;
import eu.strateg.core.evaluation.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The two sides of pair 6 do the same work: on 60 generated municipalities in embedded PostgreSQL, Strateg's
 * comparison (exact decimals) and the hand-written one (doubles from one COPY) give the same quartiles and the same
 * rank of every municipality in every indicator and year; the statuses come only with the date.
 */
class PostgresComparisonPairTest {

    private static final int N = 60;

    @Test
    void strategAndTheHandWrittenComparisonAgree() throws Exception {
        try (BenchPostgres pg = new BenchPostgres()) {
            PostgresComparisonBenchmark.load(pg, N);

            Comparison strateg = PostgresComparisonBenchmark.compare(pg, null);
            PostgresComparisonBenchmark.HandComparison hand = PostgresComparisonBenchmark.HandComparison.read(pg, N);

            assertThat(strateg.territories()).hasSize(N);
            assertThat(strateg.indicators()).hasSize(ComparisonDataset.INDICATORS);
            for (int k = 0; k < ComparisonDataset.INDICATORS; k++) {
                IndicatorComparison c = strateg.indicators().get(k);
                assertThat(c.excluded()).isEmpty();
                assertThat(c.years()).hasSize(ComparisonDataset.YEARS);
                for (int y = 0; y < ComparisonDataset.YEARS; y++) {
                    YearComparison year = c.years().get(y);
                    assertThat(year.year()).isEqualTo(ComparisonDataset.FIRST_YEAR + y);
                    assertThat(year.values()).hasSize(N);
                    assertThat(year.missing()).isEmpty();
                    Distribution d = year.distribution();
                    double[] q = hand.quartiles[k * ComparisonDataset.YEARS + y];
                    double tolerance = 1e-9 * Math.abs(q[4]);
                    assertThat(d.min().doubleValue()).isCloseTo(q[0], within(tolerance));
                    assertThat(d.lowerQuartile().doubleValue()).isCloseTo(q[1], within(tolerance));
                    assertThat(d.median().doubleValue()).isCloseTo(q[2], within(tolerance));
                    assertThat(d.upperQuartile().doubleValue()).isCloseTo(q[3], within(tolerance));
                    assertThat(d.max().doubleValue()).isCloseTo(q[4], within(tolerance));
                    for (TerritoryValue v : year.values()) {
                        int s = Integer.parseInt(v.territory().code().code()) - 500000;
                        assertThat(v.rank()).as("%s %s %d", c.indicator().id(), v.territory().name(), year.year())
                                .isEqualTo(hand.rank[k][y][s]);
                        assertThat(v.compared().doubleValue()).isCloseTo(hand.value[k][y][s], within(1e-9 * Math.abs(hand.value[k][y][s])));
                        if (y > 0) {
                            assertThat(v.change().doubleValue()).isCloseTo(hand.change[k][y][s], within(1e-6));
                        }
                    }
                }
            }
            assertThat(strateg.indicators().get(0).years().get(0).values()).allSatisfy(v -> assertThat(v.status()).isNull());

            Comparison withStatuses = PostgresComparisonBenchmark.compare(pg, LocalDate.of(2024, 6, 30));
            assertThat(withStatuses.indicators().get(1).years().get(9).values()).allSatisfy(v -> assertThat(v.status()).isNotNull());
            assertThat(withStatuses.indicators().get(1).years().get(9).values()).anySatisfy(v -> assertThat(v.status())
                    .isNotEqualTo(Status.NOT_ASSESSABLE));
            // without statuses the values are read as annual values, with them as observations: the same figures
            for (int k = 0; k < ComparisonDataset.INDICATORS; k++) {
                for (int y = 0; y < ComparisonDataset.YEARS; y++) {
                    YearComparison annual = strateg.indicators().get(k).years().get(y);
                    YearComparison observed = withStatuses.indicators().get(k).years().get(y);
                    assertThat(annual.values()).extracting(PostgresComparisonPairTest::figures)
                            .isEqualTo(observed.values().stream().map(PostgresComparisonPairTest::figures).toList());
                    assertThat(annual.distribution()).isEqualTo(observed.distribution());
                }
            }
        }
    }

    /** A value's figures but its status, exactly (scales included). */
    private static String figures(TerritoryValue v) {
        return v.territory().code() + " " + v.value().toPlainString() + " " + v.compared().toPlainString() + " " + v.rank() + " "
                + v.previousYear() + " " + (v.change() == null ? null : v.change().toPlainString()) + " " + v.trend();
    }
}
