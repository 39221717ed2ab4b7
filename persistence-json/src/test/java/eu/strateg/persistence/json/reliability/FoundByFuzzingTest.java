package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.testkit.ExampleStrategies;
import org.junit.jupiter.api.Test;

/** The inputs on which fuzzing found a bug, kept as plain examples so that the bug stays fixed whatever the seed. */
class FoundByFuzzingTest {

    @Test
    void aStrategyDocumentWithANumberWhoseExponentOverflowsIsAValidationProblem() {
        String json = StrategyJson.create().toJson(ExampleStrategies.smallTown()).replaceFirst("\"revision\"\\s*:\\s*0", "\"revision\": 1e9999999990");

        assertThatThrownBy(() -> StrategyJson.create().fromJson(json)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("exponent is out of range");
    }
}
