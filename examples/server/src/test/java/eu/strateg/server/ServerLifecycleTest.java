package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.server.security.Accounts;
import eu.strateg.server.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and restarting a server: arguments, the database setting, and what the data folder keeps. */
class ServerLifecycleTest {

    @Test
    void theArgumentsNameTheDataFolderPortAndExamples() {
        ServerConfig c = ServerConfig.parse("--data", "/srv/strateg", "--port", "9090", "--load-examples");
        assertThat(c.dataDirectory()).isEqualTo(Path.of("/srv/strateg"));
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.loadExamples()).isTrue();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.usesPostgres()).isFalse();
        ServerConfig defaults = ServerConfig.parse();
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.loadExamples()).isFalse();
    }

    @Test
    void everyBadArgumentIsReportedAtOnce() {
        assertThatThrownBy(() -> ServerConfig.parse("--port", "eighty", "--verbose", "--data"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).problems().stream().map(Problem::path).toList())
                .isEqualTo(java.util.List.of("--port", "--verbose", "--data"));
        assertThatThrownBy(() -> ServerConfig.parse("--port", "70000")).isInstanceOf(ValidationException.class).hasMessageContaining("70000");
    }

    @Test
    void theEnvironmentChoosesPostgresqlWhenItNamesADatabase() {
        ServerConfig h2 = ServerConfig.parse("--data", "d");
        ServerConfig pg = h2.withEnvironment(Map.of("STRATEG_DB_URL", "jdbc:postgresql://127.0.0.1:5432/strateg", "STRATEG_DB_USER", "strateg",
                "STRATEG_DB_PASSWORD", "secret"));
        assertThat(pg.usesPostgres()).isTrue();
        assertThat(pg.postgresUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/strateg");
        assertThat(pg.postgresUser()).isEqualTo("strateg");
        assertThat(pg.postgresPassword()).isEqualTo("secret");
        assertThat(h2.withEnvironment(Map.of("STRATEG_DB_URL", " ")).usesPostgres()).isFalse();
        assertThat(h2.withEnvironment(Map.of()).usesPostgres()).isFalse();
    }

    @Test
    void tokensStrategiesAndTerritoriesSurviveARestartAndTheExamplesAreLoadedOnce(@TempDir Path data) {
        String token;
        try (ServerFixture first = ServerFixture.h2(data)) {
            token = first.token("kyjov-coordinator");
            ServerFixture.Response created = first.as("kyjov-coordinator", "PUT", "/api/strategies/kyjov-kept", "application/json",
                    first.kyjovCopy("kyjov-kept"), Map.of("If-Match", "0"));
            assertThat(created.status()).isEqualTo(201);
        }
        assertThat(data.resolve("territories.json")).exists();
        assertThat(data.resolve("db")).isDirectory();
        // the same folder again, examples asked for again: nothing is added twice
        try (StrategServer again = StrategServer.start(ServerConfig.embedded(data, 0, true))) {
            ServerFixture client = new ServerFixture(again);
            ServerFixture.Response kept = client.send("GET", "/api/strategies/kyjov-kept", token, null, null, Map.of());
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.header("ETag")).isEqualTo("\"1\"");
            assertThat(client.send("GET", "/api/strategies/kyjov-2030", token, null, null, Map.of()).header("ETag")).isEqualTo("\"2\"");
            assertThat(client.send("GET", "/api/territories", token, null, null, Map.of()).json().path("territories").get(0)
                    .path("strategies").asInt()).isEqualTo(2);
        }
    }

    @Test
    void theAccountToolAddsAnAccountAndListsEveryProblemOfItsArguments(@TempDir Path data) throws Exception {
        AccountTool.add(new String[] {"--data", data.toString(), "--name", "eva", "--role", "coordinator", "--territory", "CZ_ZUJ:586307"},
                "a long enough password");
        assertThat(Accounts.open(data).authenticate("eva", "a long enough password")).get()
                .satisfies(a -> assertThat(a.role()).isEqualTo(Role.COORDINATOR));
        assertThat(Files.readString(data.resolve("accounts.json"))).doesNotContain("a long enough password");
        assertThatThrownBy(() -> AccountTool.add(new String[] {"--role", "mayor", "--territory", "586307"}, "x"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).problems().stream().map(Problem::path).toList())
                .isEqualTo(java.util.List.of("--role", "--territory", "--data"));
        assertThatThrownBy(() -> AccountTool.add(new String[] {"--data", data.toString(), "--name", "r", "--role", "reader"}, "short"))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).problems().stream().map(Problem::path).toList())
                .isEqualTo(java.util.List.of("password", "territories"));
    }
}
