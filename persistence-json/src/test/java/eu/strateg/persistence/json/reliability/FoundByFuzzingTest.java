package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
