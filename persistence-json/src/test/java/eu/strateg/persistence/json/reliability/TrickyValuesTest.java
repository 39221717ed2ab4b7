package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesWriter;
import eu.strateg.testkit.reliability.TrickyValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.12: tricky but valid texts and boundary dates ({@link TrickyValues}) come back unchanged from the
 * in-memory store (the reference), the JSON file store and the file formats; {@code JdbcTrickyValuesTest} shows the
 * same for H2 and PostgreSQL.
 */
class TrickyValuesTest {

    @TempDir
    Path root;

    @Test
    void inMemory() {
        TrickyValues.check(new InMemoryStrategyRepository(), new InMemoryObservationStore());
    }

    @Test
    void fileStore() {
        TrickyValues.check(new FileStrategyRepository(root), new FileObservationStore(root));
        TrickyValues.check(new FileStrategyRepository(root.resolve("again")), new FileObservationStore(root.resolve("again")));
    }

    @Test
    void strategyDocumentsAndJsonLines() {
        for (Strategy s : TrickyValues.strategies()) {
            assertThat(StrategyJson.create().fromJson(StrategyJson.create().toJson(s))).isEqualTo(s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out)) {
            w.writeAll(TrickyValues.observations());
        }
        List<Observation> read = new ArrayList<>();
        ObservationJsonLinesReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(read::add);
        assertThat(read).isEqualTo(TrickyValues.observations());
    }
}
