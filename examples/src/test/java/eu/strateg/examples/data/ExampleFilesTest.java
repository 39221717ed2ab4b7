package eu.strateg.examples.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.examples.data.ExampleData.Example;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed example files are exactly what the code writes (regenerate with {@link ExampleFiles#main}). */
class ExampleFilesTest {

    static List<Example> examples() {
        return ExampleData.all();
    }

    private static byte[] committed(String name) throws IOException {
        try (InputStream in = ExampleFilesTest.class.getResourceAsStream(ExampleFiles.RESOURCE_DIR + name)) {
            assertThat(in).as("resource %s%s (run ExampleFiles to write it)", ExampleFiles.RESOURCE_DIR, name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theCommittedStrategyDocumentIsWhatTheCodeWrites(Example e) throws IOException {
        assertThat(new String(committed(ExampleFiles.strategyFileName(e)), UTF_8))
                .isEqualTo(new String(ExampleFiles.strategyJson(e), UTF_8));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theCommittedObservationsAreWhatTheCodeWrites(Example e) throws IOException {
        assertThat(new String(committed(ExampleFiles.observationsFileName(e)), UTF_8))
                .isEqualTo(new String(ExampleFiles.observationsCsv(e), UTF_8));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theFilesReadBackAsTheExample(Example e) throws IOException {
        try (InputStream in = ExampleFilesTest.class.getResourceAsStream(ExampleFiles.RESOURCE_DIR + ExampleFiles.strategyFileName(e))) {
            assertThat(StrategyJson.create().read(in)).isEqualTo(e.adoptedStrategy());
        }
        List<Observation> read = new ArrayList<>();
        try (InputStream in = ExampleFilesTest.class.getResourceAsStream(ExampleFiles.RESOURCE_DIR + ExampleFiles.observationsFileName(e));
                ObservationCsvReader reader = ObservationCsvReader.open(in)) {
            reader.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(e.observations());
    }

    @Test
    void mainWritesBothFilesOfBothExamples(@TempDir Path dir) throws IOException {
        ExampleFiles.main(new String[] {dir.toString()});
        for (Example e : ExampleData.all()) {
            assertThat(Files.readAllBytes(dir.resolve(ExampleFiles.strategyFileName(e)))).isEqualTo(ExampleFiles.strategyJson(e));
            assertThat(Files.readAllBytes(dir.resolve(ExampleFiles.observationsFileName(e)))).isEqualTo(ExampleFiles.observationsCsv(e));
        }
    }
}
