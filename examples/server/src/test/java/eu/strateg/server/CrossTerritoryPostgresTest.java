package eu.strateg.server;

import java.nio.file.Path;

/** {@link CrossTerritoryTest} on PostgreSQL (embedded, or the one named by STRATEG_TEST_POSTGRES_URL). */
class CrossTerritoryPostgresTest extends CrossTerritoryTest {

    @Override
    ServerFixture open(Path folder) {
        return ServerFixture.postgres(folder);
    }
}
