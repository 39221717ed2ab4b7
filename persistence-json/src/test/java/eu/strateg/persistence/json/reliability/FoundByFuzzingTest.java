package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.opensdg.OpenSdgRepository;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs on which fuzzing found a bug, kept as plain examples so that the bug stays fixed whatever the seed. */
class FoundByFuzzingTest {

    @Test
    void aStrategyDocumentWithANumberWhoseExponentOverflowsIsAValidationProblem() {
        String json = StrategyJson.create().toJson(ExampleStrategies.smallTown()).replaceFirst("\"revision\"\\s*:\\s*0", "\"revision\": 1e9999999990");

        assertThatThrownBy(() -> StrategyJson.create().fromJson(json)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("exponent is out of range");
    }

    @Test
    void aJsonLinesObservationWithAValueWhoseExponentOverflowsIsALineProblem() {
        String line = "{\"indicator\":\"CYC-KM\",\"period\":\"2021\",\"value\":1e9999999990}\n";

        assertThatThrownBy(() -> ObservationJsonLinesReader.open(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
                .readAll(o -> { })).isInstanceOf(ValidationException.class).hasMessageContaining("line 1").hasMessageContaining("exponent");
    }

    @Test
    void anOpenSdgNumberBeyondADoubleIsAProblemOfThatFileNotAnException(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("indicator-config"));
        Files.writeString(dir.resolve("indicator-config/1-2-1.yml"), "auto_progress_calculation: true\n"
                + "progress_calculation_options:\n  - direction: negative\n    target: 1e400\n    limit: -1e400\n");

        OpenSdgRepository repository = OpenSdgRepository.read(dir);

        assertThat(repository.indicators()).isEmpty();
        assertThat(repository.problems()).extracting(Problem::toString).containsExactly(
                "indicator-config/1-2-1.yml.progress_calculation_options[0].target: is too large to be a number here (or not a finite number)",
                "indicator-config/1-2-1.yml.progress_calculation_options[0].limit: is too large to be a number here (or not a finite number)");
    }

    @Test
    void anUnreadableOpenSdgCsvIsOneLineProblem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("indicator-config"));
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("indicator-config/1-2-1.yml"), "auto_progress_calculation: true\n");
        Files.writeString(dir.resolve("data/indicator_1-2-1.csv"), "Year,\"Value\n2015,1\n");

        List<Problem> problems = OpenSdgRepository.read(dir).problems();

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("data/indicator_1-2-1.csv");
        assertThat(problems.get(0).message()).startsWith("is not readable CSV: ").doesNotContain("\n");
    }
}
