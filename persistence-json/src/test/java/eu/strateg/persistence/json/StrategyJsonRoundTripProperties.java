package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Acceptance 2: any valid strategy → JSON → an equal strategy (decimals with their scale, every text intact). */
class StrategyJsonRoundTripProperties {

    private final StrategyJson json = StrategyJson.create();

    @Property(tries = 1000)
    void aStrategyWrittenAndReadBackIsEqual(@ForAll("strategies") Strategy strategy) {
        Strategy back = json.fromJson(json.toJson(strategy));

        assertThat(back).isEqualTo(strategy);
    }

    @Property(tries = 200)
    void writingIsDeterministic(@ForAll("strategies") Strategy strategy) {
        assertThat(json.toJson(json.fromJson(json.toJson(strategy)))).isEqualTo(json.toJson(strategy));
    }

    @Provide
    Arbitrary<Strategy> strategies() {
        return Generators.strategies();
    }
}
