package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link StrategyApiTest} on PostgreSQL (embedded, or the one named by STRATEG_TEST_POSTGRES_URL). */
class StrategyApiPostgresTest extends StrategyApiTest {

    @Override
    ServerFixture open(Path folder) {
        return ServerFixture.postgres(folder);
    }

    @Test
    void healthNamesPostgresql() {
        assertThat(fx.get("/health", null).json().toString()).isEqualTo("{\"status\":\"UP\",\"database\":\"postgres\"}");
    }
}
