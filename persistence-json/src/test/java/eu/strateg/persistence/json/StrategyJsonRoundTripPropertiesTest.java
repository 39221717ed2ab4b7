package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** Acceptance 2: any valid strategy → JSON → an equal strategy (decimals with their scale, every text intact). */
class StrategyJsonRoundTripPropertiesTest {

    private final StrategyJson json = StrategyJson.create();

    @Test
    void aStrategyWrittenAndReadBackIsEqual() {
        Property.forAll(1000, Generators.strategies(), strategy -> {
            Strategy back = json.fromJson(json.toJson(strategy));

            assertThat(back).isEqualTo(strategy);
        });
    }

    @Test
    void writingIsDeterministic() {
        Property.forAll(200, Generators.strategies(),
                strategy -> assertThat(json.toJson(json.fromJson(json.toJson(strategy)))).isEqualTo(json.toJson(strategy)));
    }
}
