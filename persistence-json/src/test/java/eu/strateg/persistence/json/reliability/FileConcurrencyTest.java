package eu.strateg.persistence.json.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.reliability.ConcurrencyStress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file repository and store under concurrency (8 threads × 500 edits; 8 threads importing overlapping halves of
 * one data set): see {@link ConcurrencyStress} for what is checked.
 */
class FileConcurrencyTest {

    @TempDir
    Path root;

    @Test
    void eightThreadsMakingFiveHundredEditsEachLoseNoEditAndSaveEachRevisionOnce() throws Exception {
        ConcurrencyStress.Edits e = ConcurrencyStress.edits(new FileStrategyRepository(root), ExampleStrategies.smallTown(), 8, 500);

        assertThat(e.saved() + e.conflicts()).as("every attempt saved or refused").isEqualTo(e.attempts());
        assertThat(e.revisions()).as("one revision per save, after the first").isEqualTo(e.saved() + 1L);

        FuzzFigures.record("FileConcurrencyTest edits: " + e);
    }

    @Test
    void concurrentOverlappingImportsEndAsASerialImport() throws Exception {
        ConcurrencyStress.Imports i = ConcurrencyStress.imports(new FileObservationStore(root), new InMemoryObservationStore(),
                StrategyId.of("zdar-2030"), ConcurrencyStress.dataSet(8, 25), 8, 20);

        assertThat(i.inserted()).as("each value inserted exactly once").isEqualTo(i.values());

        FuzzFigures.record("FileConcurrencyTest imports: " + i);
    }
}
