package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.core.port.StorageFailureException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.15: when the disk is full or the store is read-only, the file store's error says so, with the file, and
 * what was acknowledged before stays readable. The disk is /dev/full (every write fails with "No space left on
 * device"); read-only is a folder made immutable ({@code chattr +i}, which holds even for root, as the build runs) or,
 * for other users, without write permission.
 */
class StoreErrorsTest {

    private static final StrategyId ID = StrategyId.of("zdar-2030");

    @TempDir
    Path root;

    private Path readOnly;

    @AfterEach
    void writable() throws Exception {
        if (readOnly != null) {
            run("chattr", "-i", readOnly.toString());
            readOnly.toFile().setWritable(true);
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Makes {@code dir} read-only for this process; fails the test when neither way works here. */
    private void makeReadOnly(Path dir) throws Exception {
        readOnly = dir;
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean done = root ? run("chattr", "+i", dir.toString()) : dir.toFile().setWritable(false);
        assertThat(done).as("made %s read-only (as %s)", dir, System.getProperty("user.name")).isTrue();
        assertThat(Files.isWritable(dir) && !root).isFalse();
    }

    @Test
    void aFullDiskIsNamedAsTheCauseAndTheStoreKeepsWhatItHad() throws Exception {
        FileObservationStore store = new FileObservationStore(root);
        store.upsert(ID, List.of(Observation.of("CYC-KM", "2020", "1")));
        Path log = root.resolve(ID.value()).resolve(FileObservationStore.LOG);
        Path kept = Files.move(log, root.resolve("kept.jsonl"));
        Files.createSymbolicLink(log, Path.of("/dev/full"));

        FileObservationStore full = new FileObservationStore(root);
        assertThatThrownBy(() -> full.upsert(ID, List.of(Observation.of("CYC-KM", "2021", "2")))).isInstanceOf(StorageFailureException.class)
                .hasMessageContaining("cannot store 1 observations of strategy zdar-2030 (nothing of them was stored)")
                .hasMessageContaining("No space left on device");

        Files.delete(log);
        Files.move(kept, log);
        assertThat(new FileObservationStore(root).find(ObservationQuery.all(ID))).hasSize(1);
    }

    @Test
    void aReadOnlyStoreIsNamedAsTheCauseOfAFailedSave() throws Exception {
        FileStrategyRepository repository = new FileStrategyRepository(root);
        var saved = repository.save(ExampleStrategies.smallTown(ID.value()), 0);
        Path folder = root.resolve(ID.value()).resolve("revisions");
        makeReadOnly(folder);

        assertThatThrownBy(() -> repository.save(saved.withTitle("Nový"), 1)).isInstanceOf(StorageFailureException.class)
                .hasMessageContaining("cannot save strategy zdar-2030").hasMessageContaining("(nothing was saved)")
                .hasMessageContaining(folder.toString()).hasMessageMatching("(?s).*(Operation not permitted|permission denied|Read-only).*");
        assertThat(new FileStrategyRepository(root).find(ID)).contains(saved);
    }
}
