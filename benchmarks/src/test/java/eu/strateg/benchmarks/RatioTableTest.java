package eu.strateg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTableTest {

    @Test
    void ratioIsLimitOverStrategAndScalingIsLargeOverSmall() {
        String table = RatioTable.render(Map.of(
                "NationalEvaluationBenchmark.strateg", new double[] {400, 10},
                "NationalEvaluationBenchmark.limit", new double[] {100, 1},
                "NationalEvaluationBenchmark.strategFull", new double[] {500, 10},
                "HtmlReportBenchmark.indicators5000", new double[] {900, 5},
                "HtmlReportBenchmark.indicators500", new double[] {100, 5}));
        // pair 1: 100 / 400 = 0.25 < 0.5; pair 4: 900 / 100 = 9 <= 11
        assertThat(table).containsPattern("1 national evaluation \\(-Xmx1g\\)\\s+400.0 ± 10.0\\s+100.0 ± 1.0\\s+0.250\\s+>= 0.5\\s+NO");
        assertThat(table).containsPattern("4 HTML 5000 vs 500 indicators\\s+900.0 ± 5.0\\s+100.0 ± 5.0\\s+9.000\\s+<= 11\\s+yes");
        // a row measured beside a pair: its ratio, no goal
        assertThat(table).containsPattern("1 same, full explainable result\\s+500.0 ± 10.0\\s+100.0 ± 1.0\\s+0.200\\s+-\\s+-");
        assertThat(table).containsPattern("2 city read: JSON \\+ CSV .*not run");
        assertThat(table).containsPattern("4 national evaluation in -Xmx1g\\s+400.0 ± 10.0 .*yes");
    }
}
