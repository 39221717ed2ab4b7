package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.testkit.ExampleStrategies;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves from separate JVMs (as two instances of a tool on one shared folder) are serialised by the OS file lock: of
 * several processes saving the same revision, exactly one wins and the others get a conflict.
 */
class CrossProcessSaveTest {

    private static final int PROCESSES = 3;
    private static final int CONFLICT = 3;

    @TempDir
    Path root;

    @Test
    void ofSeveralProcessesSavingOneRevisionExactlyOneWins() throws Exception {
        Strategy r1 = new FileStrategyRepository(root).save(ExampleStrategies.smallTown(), 0);
        Path go = root.resolve("go");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Saver.class.getName(),
                    root.toString(), go.toString(), "Edit from process " + i)
                    .redirectErrorStream(true).redirectOutput(root.resolve("out-" + i + ".txt").toFile()).start());
        }
        Files.writeString(go, "go");
        int won = 0;
        int conflicts = 0;
        for (int i = 0; i < PROCESSES; i++) {
            Process p = processes.get(i);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("process %d finished", i).isTrue();
            int code = p.exitValue();
            assertThat(code).as("exit code of process %d: %s", i, Files.readString(root.resolve("out-" + i + ".txt"))).isIn(0, CONFLICT);
            won += code == 0 ? 1 : 0;
            conflicts += code == CONFLICT ? 1 : 0;
        }

        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(PROCESSES - 1);
        FileStrategyRepository repo = new FileStrategyRepository(root);
        assertThat(repo.history(r1.id())).hasSize(2);
        assertThat(repo.find(r1.id()).orElseThrow().title()).startsWith("Edit from process ");
    }

    /** Waits for the go file, then saves revision 2 of zdar-2030; exit 0 = saved, 3 = conflict. */
    public static final class Saver {
        public static void main(String[] args) throws Exception {
            Path root = Path.of(args[0]);
            File go = new File(args[1]);
            FileStrategyRepository repo = new FileStrategyRepository(root);
            Strategy r1 = repo.find(StrategyId.of("zdar-2030"), 1).orElseThrow();
            long deadline = System.currentTimeMillis() + 30_000;
            while (!go.exists() && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
            try {
                repo.save(r1.withTitle(args[2]), 1);
                System.exit(0);
            } catch (RevisionConflictException e) {
                System.exit(CONFLICT);
            }
        }
    }
}
