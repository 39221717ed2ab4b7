package eu.strateg.server;

import java.nio.file.Path;

/** {@link ObservationApiTest} on PostgreSQL (embedded, or the one named by STRATEG_TEST_POSTGRES_URL). */
class ObservationApiPostgresTest extends ObservationApiTest {

    @Override
    ServerFixture open(Path folder) {
        return ServerFixture.postgres(folder);
    }
}
