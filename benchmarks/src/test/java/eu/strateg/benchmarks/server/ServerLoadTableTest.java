package eu.strateg.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerLoadTableTest {

    @Test
    void theRatioIsAgainstTheFasterInProcessRun() {
        Map<String, double[]> scores = Map.of(
                "ServerLoadBenchmark.dashboardHttp", new double[] {30, 3},
                "ServerLoadBenchmark.dashboardInProcess", new double[] {20, 2},
                "ServerLoadBenchmark.dashboardInProcess2", new double[] {40, 4},
                "ServerLoadBenchmark.evaluationHttp", new double[] {90, Double.NaN},
                "ServerLoadBenchmark.evaluationInProcess", new double[] {120, 1});
        String table = ServerLoadTable.render(scores);
        // 30 / max(20, 40) = 0.75; 90 / 120 = 0.75 (no 2-thread run)
        assertThat(table).containsPattern("7a server dashboard, 50 clients +30 ± 3 +40 ± 4 +0\\.750")
                .containsPattern("7b server evaluation, 50 clients +90 +120 ± 1 +0\\.750");
    }

    @Test
    void nothingWhenThePairWasNotRun() {
        assertThat(ServerLoadTable.render(Map.of("CityReadingBenchmark.strateg", new double[] {1, 0}))).isEmpty();
    }
}
