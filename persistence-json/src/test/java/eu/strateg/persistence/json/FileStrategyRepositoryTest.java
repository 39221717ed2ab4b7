package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.FileOps;
import eu.strateg.persistence.json.internal.JsonSupport;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.MutableClock;
import java.io.IOException;
import eu.strateg.core.port.StorageFailureException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file layout, atomic writes (acceptance 5), concurrent saves and path safety of the file repository. */
class FileStrategyRepositoryTest {

    @TempDir
    Path root;

    private final MutableClock clock = MutableClock.standard();

    private FileStrategyRepository repository(FileOps ops) {
        return new FileStrategyRepository(root, clock, ops, StrategyJson.create());
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void keepsEveryRevisionTheCurrentCopyAndAnIndexMarkingAdoptedRevisions() throws IOException {
        FileStrategyRepository repo = repository(FileOps.DEFAULT);
        Strategy r1 = repo.save(ExampleStrategies.smallTown(), 0);
        Strategy r2 = repo.save(r1.withLifecycle(Lifecycle.adopted(LocalDate.of(2021, 6, 21), "ZM 12/2021")), 1);

        Path dir = root.resolve("zdar-2030");
        assertThat(filesUnder(dir)).containsExactly(".lock", "index.json", "revisions/000001.json", "revisions/000002.json", "strategy.json");
        assertThat(Files.readString(dir.resolve("strategy.json"))).isEqualTo(Files.readString(dir.resolve("revisions/000002.json")));
        assertThat(StrategyJson.create().read(dir.resolve("revisions/000001.json"))).isEqualTo(r1);
        JsonNode index = JsonSupport.mapper().readTree(dir.resolve("index.json").toFile());
        assertThat(index.get("strategy").textValue()).isEqualTo("zdar-2030");
        assertThat(index.get("revisions").findValuesAsText("state")).containsExactly("DRAFT", "ADOPTED");
        assertThat(index.get("revisions").get(1).get("adopted").booleanValue()).isTrue();
        assertThat(StrategyJson.create().read(dir.resolve("strategy.json")).lifecycle().state()).isEqualTo(r2.lifecycle().state());
    }

    @Test
    void aFailedRenameOfTheNewRevisionLeavesThePreviousRevisionAndNoStrayFile() throws IOException {
        Strategy r1 = repository(FileOps.DEFAULT).save(ExampleStrategies.smallTown(), 0);
        List<String> before = filesUnder(root);
        FileStrategyRepository failing = repository(new FailingRename(1));

        assertThatThrownBy(() -> failing.save(r1.withTitle("Never saved"), 1)).isInstanceOf(StorageFailureException.class);

        assertThat(filesUnder(root)).isEqualTo(before);
        FileStrategyRepository reopened = repository(FileOps.DEFAULT);
        assertThat(reopened.find(r1.id())).contains(r1);
        assertThat(reopened.history(r1.id())).hasSize(1);
        assertThat(reopened.save(r1.withTitle("Saved after all"), 1).revision()).isEqualTo(2);
    }

    @Test
    void aFailedRenameOfTheIndexLeavesTheNewRevisionInvisible() throws IOException {
        Strategy r1 = repository(FileOps.DEFAULT).save(ExampleStrategies.smallTown(), 0);
        FileStrategyRepository failing = repository(new FailingRename(2));

        assertThatThrownBy(() -> failing.save(r1.withTitle("Never committed"), 1)).isInstanceOf(StorageFailureException.class);

        FileStrategyRepository reopened = repository(FileOps.DEFAULT);
        assertThat(reopened.find(r1.id())).contains(r1);
        assertThat(reopened.find(r1.id(), 2)).isEmpty();
        assertThat(reopened.history(r1.id())).hasSize(1);
        assertThat(filesUnder(root)).noneMatch(f -> f.endsWith(".tmp"));
        Strategy r2 = reopened.save(r1.withTitle("Committed"), 1);
        assertThat(reopened.find(r1.id(), 2)).contains(r2);
    }

    @Test
    void concurrentSavesOfOneRevisionLetExactlyOneWin() throws Exception {
        Strategy r1 = repository(FileOps.DEFAULT).save(ExampleStrategies.smallTown(), 0);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Strategy>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            // each writer has its own repository instance, as separate parts of an application would
            FileStrategyRepository repo = repository(FileOps.DEFAULT);
            String title = "Edit " + i;
            Callable<Strategy> save = () -> {
                start.await();
                return repo.save(r1.withTitle(title), 1);
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        String winner = null;
        for (Future<Strategy> f : results) {
            try {
                winner = f.get().title();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(RevisionConflictException.class);
                conflicts++;
            }
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(writers - 1);
        FileStrategyRepository reopened = repository(FileOps.DEFAULT);
        assertThat(reopened.history(r1.id())).hasSize(2);
        assertThat(reopened.find(r1.id()).orElseThrow().title()).isEqualTo(winner);
    }

    @Test
    void idsThatCouldEscapeTheDirectoryAreRejected() {
        assertThatThrownBy(() -> StrategyId.of("../etc")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> StrategyId.of("a/b")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> StrategyId.of("a\u0000b")).isInstanceOf(ValidationException.class);
        // and the repository checks the resolved folder itself: every valid id stays directly under the root
        FileStrategyRepository repo = repository(FileOps.DEFAULT);
        assertThat(repo.folderOf(StrategyId.of("a.b")).getParent()).isEqualTo(repo.root());
    }

    @Test
    void foldersThatAreNotStrategiesAreIgnoredWhenListing() throws IOException {
        FileStrategyRepository repo = repository(FileOps.DEFAULT);
        repo.save(ExampleStrategies.smallTown(), 0);
        Files.createDirectories(root.resolve(".git"));
        Files.createDirectories(root.resolve("notes"));
        Files.writeString(root.resolve("README.txt"), "files of the town's strategies");

        assertThat(repo.listByTerritory(ExampleStrategies.ZDAR)).extracting(h -> h.id().value()).containsExactly("zdar-2030");
    }

    @Test
    void aDamagedRevisionFileIsReportedAsAValidationProblemNamingTheFile() throws IOException {
        FileStrategyRepository repo = repository(FileOps.DEFAULT);
        Strategy r1 = repo.save(ExampleStrategies.smallTown(), 0);
        Path file = root.resolve("zdar-2030/revisions/000001.json");
        Files.writeString(file, "{ \"schemaVersion\": 1, ");

        assertThatThrownBy(() -> repository(FileOps.DEFAULT).find(r1.id(), 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("000001.json").hasMessageContaining("malformed JSON");
    }

    /** The real file system, except that the n-th atomic rename fails. */
    private static final class FailingRename implements FileOps {
        private final int failAt;
        private int renames;

        FailingRename(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void writeAndSync(Path file, Content content) throws IOException {
            DEFAULT.writeAndSync(file, content);
        }

        @Override
        public void moveAtomically(Path source, Path target) throws IOException {
            if (++renames == failAt) {
                throw new IOException("simulated failure renaming " + source.getFileName() + " to " + target.getFileName());
            }
            DEFAULT.moveAtomically(source, target);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            DEFAULT.syncDirectory(dir);
        }

        @Override
        public void deleteIfExists(Path file) throws IOException {
            DEFAULT.deleteIfExists(file);
        }
    }
}
