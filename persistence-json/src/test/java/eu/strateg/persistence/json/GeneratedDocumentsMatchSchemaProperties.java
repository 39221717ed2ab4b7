package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Acceptance 3: every document we write, for any valid strategy, validates against the shipped JSON Schema. */
class GeneratedDocumentsMatchSchemaProperties {

    private final StrategyJson json = StrategyJson.create();

    @Property(tries = 300)
    void everyGeneratedDocumentValidates(@ForAll("strategies") Strategy strategy) throws IOException {
        byte[] bytes = json.toBytes(strategy);

        assertThat(SchemaCheck.violations(JsonSupport.mapper().readTree(new ByteArrayInputStream(bytes)))).isEmpty();
    }

    @Provide
    Arbitrary<Strategy> strategies() {
        return Generators.strategies();
    }
}
