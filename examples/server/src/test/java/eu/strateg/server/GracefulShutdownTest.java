package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.server.security.Accounts;
import eu.strateg.server.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a server while a request is in progress: an upload of 20,000 values whose body is half sent when the server
 * is told to stop (SIGTERM to a real {@code ServerMain} process, and {@link StrategServer#close()} in this JVM). The
 * server stops listening (a new connection is refused), the upload is then finished and gets its whole answer, every
 * value is stored, the database is closed afterwards (the H2 file opens cleanly in another process) and the process
 * exits with status 0. On H2 here, on PostgreSQL in the subclass.
 */
class GracefulShutdownTest {

    private static final int VALUES = 20_000;
    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern STARTED = Pattern.compile("^Strateg server on (http://\\S+) .*");
    private static final StrategyId KYJOV = StrategyId.of("kyjov-2030");

    /** The configuration of the server under test: the embedded H2 in {@code data} here. */
    ServerConfig config(Path data) {
        return ServerConfig.embedded(data, 0, true);
    }

    /** The environment that points a server process at the same database as {@link #config}. */
    Map<String, String> environment(ServerConfig config) {
        return Map.of();
    }

    /** The database of {@code config} opened anew, as the next start of the server would. */
    StrategJdbc reopen(ServerConfig config) {
        return StrategJdbc.h2(config.dataDirectory().resolve("db"));
    }

    @Test
    void closeAnswersTheUploadInProgressRefusesNewConnectionsAndThenClosesTheDatabase(@TempDir Path data) throws Exception {
        account(data);
        ServerConfig config = config(data);
        StrategServer server = StrategServer.start(config);
        URI uri = server.uri();
        byte[] body = csv();
        try (RawHttp upload = RawHttp.begin(uri, "POST", "/api/strategies/kyjov-2030/observations", headers(token(uri)), body, body.length / 2)) {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            awaitRefusal(uri);
            assertThat(closing).isNotDone();
            RawHttp.Response answer = upload.finish();
            assertUploadAnswered(answer);
            assertThat(upload.closedByServer()).as("a stopping server keeps no connection for another request").isTrue();
            closing.get(60, TimeUnit.SECONDS);
        }
        assertThat(RawHttp.accepts(uri)).isFalse();
        assertAllStored(config);
    }

    @Test
    void sigtermToTheServerProcessAnswersTheUploadInProgressAndExitsWithZero(@TempDir Path data) throws Exception {
        account(data);
        ServerConfig config = config(data);
        Path log = data.resolve("server.log");
        Path out = data.resolve("server.out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), ServerMain.class.getName(), "--data", data.toString(), "--port", "0", "--load-examples");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile());
        pb.environment().putAll(environment(config));
        Process process = pb.start();
        try {
            URI uri = startedOn(process, out, log);
            byte[] body = csv();
            try (RawHttp upload = RawHttp.begin(uri, "POST", "/api/strategies/kyjov-2030/observations", headers(token(uri)), body, body.length / 2)) {
                process.destroy(); // SIGTERM
                awaitRefusal(uri);
                assertThat(process.isAlive()).isTrue();
                RawHttp.Response answer = upload.finish();
                assertUploadAnswered(answer);
                assertThat(upload.closedByServer()).as("a stopping server keeps no connection for another request").isTrue();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the process ends").isTrue();
            assertThat(process.exitValue()).as(Files.readString(log)).isZero();
            // the request was answered (its log line) before the database was closed
            List<String> lines = Files.readAllLines(log);
            int answered = indexOf(lines, "method=POST path=/api/strategies/kyjov-2030/observations status=200");
            int closed = indexOf(lines, "the database is closed");
            assertThat(answered).as(String.join("\n", lines)).isNotNegative();
            assertThat(closed).as(String.join("\n", lines)).isGreaterThan(answered);
        } finally {
            process.destroyForcibly();
        }
        assertAllStored(config);
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static void assertUploadAnswered(RawHttp.Response answer) throws IOException {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode counts = JsonFiles.MAPPER.readTree(answer.body());
        assertThat(counts.toString()).isEqualTo("{\"inserted\":" + VALUES + ",\"corrected\":0,\"unchanged\":0}");
    }

    /** Every value of the upload is in the database, which opens as at the next start. */
    private void assertAllStored(ServerConfig config) {
        try (StrategJdbc db = reopen(config)) {
            List<Observation> energy = db.observations().find(ObservationQuery.all(KYJOV).indicators(Set.of("ENERGY_MWH")));
            List<Observation> districts = energy.stream().filter(o -> o.disaggregation().containsKey("district")).toList();
            assertThat(districts).hasSize(VALUES);
            // D12345: 5000 + 12345 mod 997 = 5381
            assertThat(districts).anySatisfy(o -> {
                assertThat(o.disaggregation()).containsEntry("district", "D12345");
                assertThat(o.value()).isEqualByComparingTo("5381");
            });
        }
    }

    private static void account(Path data) {
        Accounts.open(data).add("eva", PASSWORD, Role.COORDINATOR, Set.of(ServerFixture.KYJOV));
    }

    private static Map<String, String> headers(String token) {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", "Bearer " + token);
        h.put("Content-Type", "text/csv");
        return h;
    }

    /** 20,000 values of ENERGY_MWH in 2030, one per district, each 5000 + (its number mod 997). */
    private static byte[] csv() {
        StringBuilder csv = new StringBuilder("indicator,period,value,dim:district\n");
        for (int i = 0; i < VALUES; i++) {
            csv.append("ENERGY_MWH,2030,").append(5000 + i % 997).append(",D").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String token(URI server) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve("/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"eva\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JsonFiles.MAPPER.readTree(r.body()).path("token").asText();
    }

    /** Waits until the server no longer accepts connections (it stops listening first when told to stop). */
    private static void awaitRefusal(URI server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (RawHttp.accepts(server)) {
            assertThat(System.nanoTime()).as("the server still accepts connections 30 s after it was told to stop").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** The URI the process prints on standard output when it is ready. */
    private static URI startedOn(Process process, Path out, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (String line : Files.readAllLines(out)) {
                Matcher m = STARTED.matcher(line);
                if (m.matches()) {
                    return URI.create(m.group(1));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not start: " + Files.readString(out) + "\n" + Files.readString(log));
    }
}
