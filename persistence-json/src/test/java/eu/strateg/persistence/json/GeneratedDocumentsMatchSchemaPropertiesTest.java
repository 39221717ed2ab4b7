package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** Acceptance 3: every document we write, for any valid strategy, validates against the shipped JSON Schema. */
class GeneratedDocumentsMatchSchemaPropertiesTest {

    private final StrategyJson json = StrategyJson.create();

    @Test
    void everyGeneratedDocumentValidates() {
        Property.forAll(300, Generators.strategies(), strategy -> {
            byte[] bytes = json.toBytes(strategy);

            assertThat(SchemaCheck.violations(JsonSupport.mapper().readTree(new ByteArrayInputStream(bytes)))).isEmpty();
        });
    }
}
