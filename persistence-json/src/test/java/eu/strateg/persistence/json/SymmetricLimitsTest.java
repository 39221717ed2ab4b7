package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.FileOps;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesWriter;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.1 and 13.2: the file store and the file formats write nothing their readers refuse, and their readers fail
 * loudly instead of stopping early. Found: an observation could have any number of 20,000-character disaggregation
 * values, so its line could be longer than the 1 MB the reader takes (core now limits a disaggregation to 500
 * characters, so the largest observation is about 120 kB); a value may have more digits than the reader takes; a
 * strategy document is pretty-printed when stored, so a compact input under the size limit can be over it once
 * stored; and a line the log's reader refused silently ended the log there.
 */
class SymmetricLimitsTest {

    private static final StrategyId ID = StrategyId.of("zdar-2030");
    private static final int LIMIT = ObservationJsonLinesReader.MAX_LINE_BYTES;

    @TempDir
    Path root;

    /** The largest observation core allows: 20,000-character source and note and a 500-character disaggregation of 3-byte characters. */
    private static Observation largest(String year) {
        String text = "€".repeat(20_000);
        return Observation.of("CYC-KM", year, "1").withDisaggregation(Map.of("€", "€".repeat(SeriesKey.MAX_DISAGGREGATION_CHARS - 4)))
                .withSource(text, text);
    }

    /** 1 with 1,500 trailing zeros kept: core takes it (the value is 1), Jackson reads numbers of at most 1,000 characters. */
    private static Observation longNumber(String year) {
        return Observation.of("CYC-KM", Period.parse(year), new BigDecimal("1." + "0".repeat(1_500)));
    }

    private static int lineLength(Observation o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out)) {
            w.write(o);
        }
        return out.size() - 1;
    }

    @Test
    void theStoreRefusesAnObservationItCouldNotReadBackAndKeepsEveryBatchItAcknowledged() {
        FileObservationStore store = new FileObservationStore(root);
        store.upsert(ID, List.of(Observation.of("CYC-KM", "2020", "1")));

        assertThatThrownBy(() -> store.upsert(ID, List.of(Observation.of("CYC-KM", "2022", "3"), longNumber("2021"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("observations[1].value").hasMessageContaining("more than can be read back");
        store.upsert(ID, List.of(Observation.of("CYC-KM", "2023", "4")));

        FileObservationStore fresh = new FileObservationStore(root);
        assertThat(fresh.find(ObservationQuery.all(ID))).extracting(o -> o.period().toString()).containsExactly("2020", "2023");
    }

    @Test
    void theLargestObservationCoreAllowsFitsALineAndIsReadBackByAFreshStore() {
        Observation big = largest("2021");
        assertThat(lineLength(big)).as("bytes of the largest line").isBetween(100_000, LIMIT);
        new FileObservationStore(root).upsert(ID, List.of(big));
        new FileObservationStore(root).upsert(ID, List.of(Observation.of("CYC-KM", "2022", "2")));

        List<Observation> read = new FileObservationStore(root).find(ObservationQuery.all(ID));
        assertThat(read).hasSize(2).filteredOn(o -> o.period().toString().equals("2021")).singleElement()
                .satisfies(o -> assertThat(o.sameContentAs(big)).isTrue());
    }

    @Test
    void aCommittedLineTheLogCannotReadStopsReadingLoudlyAndTheNextUpsertChangesNothing() throws Exception {
        FileObservationStore store = new FileObservationStore(root);
        store.upsert(ID, List.of(Observation.of("CYC-KM", "2020", "1")));
        store.upsert(ID, List.of(Observation.of("CYC-KM", "2021", "2")));
        Path log = root.resolve(ID.value()).resolve(FileObservationStore.LOG);
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        // what an older version wrote: the second batch's line made longer than the reader's limit
        lines.set(2, lines.get(2).replace("\"status\"", "\"note\":\"" + "n".repeat(LIMIT) + "\",\"status\""));
        Files.write(log, lines, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(log);

        FileObservationStore fresh = new FileObservationStore(root);
        assertThatThrownBy(() -> fresh.find(ObservationQuery.all(ID))).isInstanceOf(ValidationException.class)
                .hasMessageContaining(log.toString()).hasMessageContaining("line 3").hasMessageContaining("cannot be read past it");
        assertThatThrownBy(() -> fresh.upsert(ID, List.of(Observation.of("CYC-KM", "2022", "3")))).isInstanceOf(ValidationException.class);
        assertThat(Files.readAllBytes(log)).as("the log after a refused upsert").isEqualTo(before);
    }

    @Test
    void theJsonLinesWriterRefusesALineItsReaderWouldRefuseAndWhatItWritesReadsBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Observation near = largest("2020");
        try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out)) {
            w.write(near);
            assertThatThrownBy(() -> w.write(longNumber("2021"))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("observations[1].value");
            w.write(Observation.of("CYC-KM", "2022", "2"));
        }
        List<Observation> read = new ArrayList<>();
        ObservationJsonLinesReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(read::add);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).sameContentAs(near)).isTrue();
    }

    @Test
    void theRepositoryRefusesADocumentOverTheLimitItReadsWithEvenWhenTheCompactInputWasUnder() throws Exception {
        Strategy town = ExampleStrategies.smallTown(ID.value());
        StrategyJson unlimited = StrategyJson.create();
        int pretty = unlimited.toBytes(town.withRevision(2)).length;
        String compact = com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                .readTree(unlimited.toJson(town)).toString();
        assertThat(compact.length()).isLessThan(pretty);
        StrategyJson limited = unlimited.withMaxDocumentBytes((compact.length() + pretty) / 2);
        Strategy imported = limited.fromJson(compact);
        FileStrategyRepository repository = new FileStrategyRepository(root, Clock.systemUTC(), FileOps.DEFAULT, limited);

        assertThatThrownBy(() -> repository.save(imported, 0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than the limit of " + limited.maxDocumentBytes() + " bytes");
        assertThat(repository.history(ID)).isEmpty();
        assertThat(repository.find(ID)).isEmpty();

        FileStrategyRepository roomy = new FileStrategyRepository(root, Clock.systemUTC(), FileOps.DEFAULT, limited.withMaxDocumentBytes(pretty));
        Strategy saved = roomy.save(imported, 0);
        assertThat(new FileStrategyRepository(root, Clock.systemUTC(), FileOps.DEFAULT, limited.withMaxDocumentBytes(pretty)).find(ID))
                .contains(saved);
    }

    @Test
    void theDocumentWriterRefusesWhatItsReaderWouldRefuse() {
        Strategy town = ExampleStrategies.smallTown(ID.value()).withRevision(1);
        int size = StrategyJson.create().toBytes(town).length;
        StrategyJson exact = StrategyJson.create().withMaxDocumentBytes(size);
        assertThat(exact.read(new ByteArrayInputStream(exact.toBytes(town)))).isEqualTo(town);
        StrategyJson under = StrategyJson.create().withMaxDocumentBytes(size - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> under.write(town, out)).isInstanceOf(ValidationException.class);
        assertThat(out.size()).as("bytes written before the refusal").isZero();
    }
}
