package eu.strateg.persistence.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upgrade chain, with hypothetical test-only versions 2 and 3 (version 1 is the only real one so far): steps run
 * one version at a time, in order, and each sees the output of the one before.
 */
class SchemaUpgradesTest {

    private final List<String> applied = new ArrayList<>();

    /** Hypothetical v1 → v2: "vision" was renamed to "visionStatement". */
    private final UpgradeStep renameVision = step(1, doc -> {
        if (doc.has("vision")) {
            doc.set("visionStatement", doc.remove("vision"));
        }
        return doc;
    });

    /** Hypothetical v2 → v3: "visionStatement" became an object with a text. */
    private final UpgradeStep wrapVision = step(2, doc -> {
        if (doc.has("visionStatement")) {
            ObjectNode v = JsonNodeFactory.instance.objectNode();
            v.set("text", doc.remove("visionStatement"));
            doc.set("visionStatement", v);
        }
        return doc;
    });

    private UpgradeStep step(int from, java.util.function.UnaryOperator<ObjectNode> change) {
        return new UpgradeStep() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public ObjectNode apply(ObjectNode document) {
                applied.add(from + "→" + (from + 1) + " saw v" + document.get("schemaVersion").intValue());
                return change.apply(document);
            }
        };
    }

    private static ObjectNode doc(int version) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("schemaVersion", version);
        doc.put("vision", "Živé město");
        return doc;
    }

    @Test
    void aV1DocumentPassesThroughEveryStepInOrder() {
        SchemaUpgrades chain = new SchemaUpgrades(3, List.of(wrapVision, renameVision));

        ObjectNode upgraded = chain.upgrade(doc(1));

        assertThat(applied).containsExactly("1→2 saw v1", "2→3 saw v2");
        assertThat(upgraded.get("schemaVersion").intValue()).isEqualTo(3);
        assertThat(upgraded.has("vision")).isFalse();
        assertThat(upgraded.get("visionStatement").get("text").textValue()).isEqualTo("Živé město");
    }

    @Test
    void aDocumentOfAMiddleVersionRunsOnlyTheLaterSteps() {
        SchemaUpgrades chain = new SchemaUpgrades(3, List.of(renameVision, wrapVision));
        ObjectNode v2 = JsonNodeFactory.instance.objectNode().put("schemaVersion", 2).put("visionStatement", "x");

        chain.upgrade(v2);

        assertThat(applied).containsExactly("2→3 saw v2");
    }

    @Test
    void aCurrentDocumentIsLeftAsItIs() {
        SchemaUpgrades chain = new SchemaUpgrades(3, List.of(renameVision, wrapVision));
        ObjectNode v3 = JsonNodeFactory.instance.objectNode().put("schemaVersion", 3).put("visionStatement", "x");

        assertThat(chain.upgrade(v3)).isEqualTo(JsonNodeFactory.instance.objectNode().put("schemaVersion", 3).put("visionStatement", "x"));
        assertThat(applied).isEmpty();
    }

    @Test
    void versionsNewerThanTheChainAreRejected() {
        SchemaUpgrades chain = new SchemaUpgrades(3, List.of(renameVision, wrapVision));

        assertThatThrownBy(() -> chain.upgrade(doc(4))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("version 4 is unknown").hasMessageContaining("1 to 3");
        assertThatThrownBy(() -> chain.upgrade(doc(0))).isInstanceOf(ValidationException.class).hasMessageContaining("version 0");
    }

    @Test
    void aChainWithAGapOrTwoStepsFromOneVersionIsRefused() {
        assertThatThrownBy(() -> new SchemaUpgrades(3, List.of(renameVision))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no step from version 2");
        assertThatThrownBy(() -> new SchemaUpgrades(3, List.of(renameVision, renameVision, wrapVision)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two steps from version 1");
        assertThatThrownBy(() -> new SchemaUpgrades(2, List.of(renameVision, wrapVision)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not lead towards version 2");
    }

    @Test
    void theStandardChainIsAtTheVersionTheWriterWrites() {
        assertThat(SchemaUpgrades.standard().current()).isEqualTo(SchemaUpgrades.CURRENT_VERSION);
        assertThat(SchemaUpgrades.standard().upgrade(doc(1)).get("vision").textValue()).isEqualTo("Živé město");
    }
}
