package eu.strateg.server;

import java.nio.file.Path;

/** {@link ObservationHistoryTest} on PostgreSQL (embedded, or the one named by STRATEG_TEST_POSTGRES_URL). */
class ObservationHistoryPostgresTest extends ObservationHistoryTest {

    @Override
    ServerFixture open(Path folder) {
        return ServerFixture.postgres(folder);
    }
}
