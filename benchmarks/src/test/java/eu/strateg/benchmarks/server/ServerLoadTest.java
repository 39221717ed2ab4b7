package eu.strateg.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.server.JsonFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The two sides of pair 7 do the same work: the in-process dashboard is the page the server sends (but for the CSRF token
 * of the session), the in-process evaluation the JSON the API answers; and several clients at once get their answers. No
 * time is measured here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerLoadTest {

    private ServerLoad load;

    @BeforeAll
    void start() {
        load = ServerLoad.start();
    }

    @AfterAll
    void stop() {
        load.close();
    }

    @Test
    void theInProcessDashboardIsThePageTheServerSends() {
        String served = load.client().dashboard();
        String local = load.dashboardInProcess();
        assertThat(served).contains("<html lang=\"cs\">").contains("kyjov-coordinator").contains("data-status=");
        assertThat(local.replace("value=\"in-process\"", "")).isEqualTo(served.replaceAll("name=\"csrf\" value=\"[^\"]+\"", "name=\"csrf\" "));
    }

    @Test
    void theInProcessEvaluationIsTheJsonTheApiAnswers() throws IOException {
        JsonNode served = JsonFiles.MAPPER.readTree(load.client().evaluation());
        JsonNode local = JsonFiles.MAPPER.readTree(load.evaluationInProcess());
        assertThat(served.path("strategy").asText()).isEqualTo("kyjov-2030");
        assertThat(served.path("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(served.path("indicators").size()).isPositive();
        assertThat(local).isEqualTo(served);
    }

    @Test
    void clientsAtOnceEachGetTheirAnswers() throws Exception {
        List<ServerLoad.Client> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(load.client());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<Map.Entry<String, byte[]>>> answers = new ArrayList<>();
            for (ServerLoad.Client c : clients) {
                answers.add(pool.submit(() -> Map.entry(c.dashboard(), c.evaluation())));
            }
            byte[] expected = load.evaluationInProcess();
            for (Future<Map.Entry<String, byte[]>> a : answers) {
                assertThat(a.get().getKey()).contains("<html lang=\"cs\">");
                assertThat(JsonFiles.MAPPER.readTree(a.get().getValue())).isEqualTo(JsonFiles.MAPPER.readTree(expected));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
