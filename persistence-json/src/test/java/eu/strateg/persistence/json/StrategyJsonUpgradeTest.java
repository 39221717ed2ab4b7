package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.internal.SchemaUpgrades;
import eu.strateg.persistence.json.internal.UpgradeStep;
import eu.strateg.testkit.ExampleStrategies;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader runs the upgrade chain before mapping. Simulated history (test only): in a hypothetical old format,
 * version 1, the strategy's title was called "name"; today's format is version 2 of that history.
 */
class StrategyJsonUpgradeTest {

    private final UpgradeStep nameToTitle = new UpgradeStep() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public ObjectNode apply(ObjectNode document) {
            document.set("title", document.remove("name"));
            return document;
        }
    };

    private final StrategyJson withHistory = StrategyJson.create().withUpgrades(new SchemaUpgrades(2, List.of(nameToTitle)));

    @Test
    void anOlderDocumentIsUpgradedInMemoryAndReadEqual() {
        Strategy town = ExampleStrategies.smallTown();
        String current = StrategyJson.create().toJson(town).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        String old = current.replace("\"schemaVersion\": 2", "\"schemaVersion\": 1").replace("\"title\": \"Strategie", "\"name\": \"Strategie");

        assertThat(old).doesNotContain("\"title\": \"Strategie");
        assertThat(withHistory.fromJson(old)).isEqualTo(town);
        assertThat(withHistory.fromJson(current)).isEqualTo(town);
    }
}
