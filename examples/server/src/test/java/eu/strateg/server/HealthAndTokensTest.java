package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The health endpoint, issuing tokens, and refusing requests without a valid one. */
class HealthAndTokensTest extends ServerTest {

    @Test
    void healthNeedsNoTokenAndNamesTheEmbeddedDatabase() {
        ServerFixture.Response r = fx.get("/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().toString()).isEqualTo("{\"status\":\"UP\",\"database\":\"h2\"}");
    }

    @Test
    void everyResponseCarriesTheSecureHeadersProblemsIncluded() {
        for (ServerFixture.Response r : java.util.List.of(fx.get("/health", null), fx.get("/api/strategies", null),
                fx.send("POST", "/api/strategies/kyjov-2030/adopt", null, null, null, Map.of()))) {
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
            assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    @Test
    void aTokenIsIssuedForTheRightPasswordAndStoredOnlyAsADigest() throws Exception {
        ServerFixture.Response r = fx.send("POST", "/api/tokens", null, "application/json",
                "{\"account\":\"kyjov-reader\",\"password\":\"" + ServerFixture.PASSWORD + "\"}", Map.of());
        assertThat(r.status()).isEqualTo(201);
        String token = r.json().path("token").asText();
        assertThat(token).startsWith("stg_").hasSize(4 + 43);
        assertThat(r.json().path("role").asText()).isEqualTo("READER");
        assertThat(java.nio.file.Files.readString(data.resolve("tokens.json"))).doesNotContain(token).contains("kyjov-reader");
        assertThat(java.nio.file.Files.readString(data.resolve("accounts.json"))).doesNotContain(ServerFixture.PASSWORD).contains("$2a$");
        assertThat(fx.send("GET", "/api/territories", token, null, null, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountAreRefusedInTheSameWords() {
        ServerFixture.Response wrong = fx.send("POST", "/api/tokens", null, "application/json",
                "{\"account\":\"admin\",\"password\":\"not the password\"}", Map.of());
        ServerFixture.Response unknown = fx.send("POST", "/api/tokens", null, "application/json",
                "{\"account\":\"nobody\",\"password\":\"not the password\"}", Map.of());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(wrong.json().path("type").asText()).isEqualTo("https://strateg.eu/problems/unauthorized");
    }

    @Test
    void afterFiveFailedLoginsEvenTheRightPasswordWaitsAndOtherAccountsDoNot() {
        for (int i = 0; i < 5; i++) {
            assertThat(fx.send("POST", "/api/tokens", null, "application/json",
                    "{\"account\":\"niepolomice-coordinator\",\"password\":\"guess " + i + "\"}", Map.of()).status()).isEqualTo(401);
        }
        ServerFixture.Response right = fx.send("POST", "/api/tokens", null, "application/json",
                "{\"account\":\"niepolomice-coordinator\",\"password\":\"" + ServerFixture.PASSWORD + "\"}", Map.of());
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.json().path("type").asText()).isEqualTo("https://strateg.eu/problems/too-many-logins");
        assertThat(Long.parseLong(right.header("Retry-After"))).isPositive();
        assertThat(fx.send("POST", "/api/tokens", null, "application/json",
                "{\"account\":\"kyjov-coordinator\",\"password\":\"" + ServerFixture.PASSWORD + "\"}", Map.of()).status()).isEqualTo(201);
    }

    @Test
    void aTokenRequestWithoutNameAndPasswordListsBothProblems() {
        ServerFixture.Response r = fx.send("POST", "/api/tokens", null, "application/json", "{\"password\":42}", Map.of());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorPaths()).containsExactly("account", "password");
        assertThat(r.json().path("instance").asText()).isEqualTo("/api/tokens");
    }

    @Test
    void changesWithoutATokenAndRequestsWithAnUnknownTokenAreUnauthorized() {
        ServerFixture.Response none = fx.send("POST", "/api/strategies/kyjov-2030/observations", null, "text/csv",
                "indicator,period,value\nENERGY_MWH,2030,1\n", Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"strateg\"");
        assertThat(none.json().path("status").asInt()).isEqualTo(401);
        ServerFixture.Response bad = fx.send("GET", "/api/strategies", "stg_forged", null, null, Map.of());
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().path("detail").asText()).isEqualTo("the API token is not valid");
    }
}
