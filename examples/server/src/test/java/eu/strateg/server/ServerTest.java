package eu.strateg.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** One server for all tests of a class, in a temporary data folder: on H2 here, on PostgreSQL where a subclass says so. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerTest {

    Path data;
    ServerFixture fx;

    /** The server under test: on H2 here, on PostgreSQL in the subclass. */
    ServerFixture open(Path folder) {
        return ServerFixture.h2(folder);
    }

    @BeforeAll
    void start(@TempDir Path folder) {
        data = folder;
        fx = open(folder);
    }

    @AfterAll
    void stop() {
        if (fx != null) {
            fx.close();
        }
    }
}
