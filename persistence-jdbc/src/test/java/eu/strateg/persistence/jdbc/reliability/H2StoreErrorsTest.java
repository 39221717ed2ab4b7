package eu.strateg.persistence.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.StorageException;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.reliability.KilledChild;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.15 on the embedded store: a second process on the same H2 store is told that the embedded store serves one
 * process at a time (not H2's "Database may be already in use"); a read-only database file is named as the cause of a
 * failed save. Read-only is the file made immutable ({@code chattr +i}, which holds even for root, as the build runs)
 * or, for other users, without write permission.
 */
class H2StoreErrorsTest {

    @TempDir
    Path dir;

    private Path readOnly;

    @AfterEach
    void writable() throws Exception {
        if (readOnly != null) {
            new ProcessBuilder("chattr", "-i", readOnly.toString()).start().waitFor();
            readOnly.toFile().setWritable(true);
        }
    }

    @Test
    void aSecondProcessIsToldThatTheEmbeddedStoreServesOneProcessAtATime() throws Exception {
        try (StrategJdbc db = StrategJdbc.h2(dir)) {
            db.strategies().save(ExampleStrategies.smallTown(), 0);
        }
        KilledChild holder = KilledChild.start(H2Holder.class, dir.toString());
        holder.awaitReady();
        try {
            assertThatThrownBy(() -> StrategJdbc.h2(dir)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("The embedded store in " + dir.toAbsolutePath() + " is open in another process")
                    .hasMessageContaining("the embedded H2 store serves one process at a time");
        } finally {
            holder.kill();
        }
        try (StrategJdbc db = StrategJdbc.h2(dir)) {
            assertThat(db.strategies().find(ExampleStrategies.smallTown().id())).isPresent();
        }
    }

    @Test
    void aReadOnlyDatabaseFileIsNamedAsTheCauseOfAFailedSave() throws Exception {
        Strategy saved;
        try (StrategJdbc db = StrategJdbc.h2(dir)) {
            saved = db.strategies().save(ExampleStrategies.smallTown(), 0);
        }
        readOnly = dir.resolve("strateg.mv.db");
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean done = root ? new ProcessBuilder("chattr", "+i", readOnly.toString()).start().waitFor() == 0
                : readOnly.toFile().setWritable(false);
        assertThat(done).as("made the database file read-only").isTrue();

        try (StrategJdbc db = StrategJdbc.h2(dir)) {
            assertThat(db.strategies().find(saved.id())).contains(saved);
            assertThatThrownBy(() -> db.strategies().save(saved.withTitle("Nový"), 1)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("Saving strategy zdar-2030 as revision 2 failed").hasMessageContaining("read only");
        }
    }
}
