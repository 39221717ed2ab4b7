package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.persistence.json.internal.JsonSupport;
import eu.strateg.testkit.ExampleStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance 3: the documents in docs/ and every document we write validate against the shipped JSON Schema. */
class StrategyJsonSchemaTest {

    private final StrategyJson json = StrategyJson.create();

    @Test
    void everyExampleDocumentInDocsValidatesAgainstTheSchemaAndReads() throws IOException {
        List<Path> examples = SchemaCheck.docsExamples();

        assertThat(examples).as("example documents under docs/").hasSizeGreaterThanOrEqualTo(2);
        for (Path example : examples) {
            JsonNode doc = JsonSupport.mapper().readTree(example.toFile());
            assertThat(SchemaCheck.violations(doc)).as(example.toString()).isEmpty();
            assertThat(json.read(example).id().value()).as(example.toString()).isEqualTo(doc.get("id").textValue());
        }
    }

    @Test
    void theV1FixtureValidatesAgainstTheSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/strategy-v1.json")) {
            assertThat(SchemaCheck.violations(JsonSupport.mapper().readTree(in))).isEmpty();
        }
    }

    @Test
    void theTestkitExampleWrittenByUsValidates() throws IOException {
        byte[] bytes = json.toBytes(ExampleStrategies.smallTown());

        assertThat(SchemaCheck.violations(JsonSupport.mapper().readTree(bytes))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws IOException {
        // The validator must really be active: an unknown field, a string for a number and a bad period each fail.
        ObjectNode doc = (ObjectNode) JsonSupport.mapper().readTree(json.toBytes(ExampleStrategies.smallTown()));
        doc.put("colour", "blue");
        ((ObjectNode) doc.withArray("indicators").get(0)).putObject("baseline").put("period", "2024-13").put("value", "0.1");

        List<String> violations = SchemaCheck.violations(doc);

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("colour"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("baseline.period"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("baseline.value"));
    }
}
