package eu.strateg.server;

import eu.strateg.persistence.jdbc.StrategJdbc;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@link GracefulShutdownTest} on PostgreSQL (embedded, or the one named by STRATEG_TEST_POSTGRES_URL): a fresh schema for each test. */
class GracefulShutdownPostgresTest extends GracefulShutdownTest {

    private final Map<Path, Map<String, String>> schemas = new HashMap<>();

    @Override
    ServerConfig config(Path data) {
        return super.config(data).withEnvironment(schemas.computeIfAbsent(data, d -> TestPostgres.freshSchema()));
    }

    @Override
    Map<String, String> environment(ServerConfig config) {
        return schemas.get(config.dataDirectory());
    }

    @Override
    StrategJdbc reopen(ServerConfig config) {
        return StrategJdbc.postgres(config.postgresUrl(), config.postgresUser(), config.postgresPassword());
    }
}
