package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain of upgrade steps that brings a strategy document of any older {@code schemaVersion} to the current
 * one, in memory, one version at a time: documents written by older versions of Strateg keep working.
 *
 * <p>Version 1 is the first format, so the production chain has no steps yet. When version 2 comes, add a step
 * {@code 1 → 2} to {@link #standard()}, raise {@link #CURRENT_VERSION}, and keep the v1 fixture test green.
 */
public final class SchemaUpgrades {

    /** The version this library writes and maps. */
    public static final int CURRENT_VERSION = 1;

    private static final SchemaUpgrades STANDARD = new SchemaUpgrades(CURRENT_VERSION, List.of());

    private final int current;
    private final Map<Integer, UpgradeStep> steps = new TreeMap<>();

    /**
     * A chain that upgrades to {@code current}; there must be exactly one step from each version 1 … current − 1.
     */
    public SchemaUpgrades(int current, List<UpgradeStep> steps) {
        if (current < 1) {
            throw new IllegalArgumentException("the current version must be at least 1");
        }
        for (UpgradeStep s : steps) {
            if (s.from() < 1 || s.from() >= current) {
                throw new IllegalArgumentException("a step from version " + s.from() + " does not lead towards version " + current);
            }
            if (this.steps.put(s.from(), s) != null) {
                throw new IllegalArgumentException("two steps from version " + s.from());
            }
        }
        for (int v = 1; v < current; v++) {
            if (!this.steps.containsKey(v)) {
                throw new IllegalArgumentException("no step from version " + v + " to " + (v + 1));
            }
        }
        this.current = current;
    }

    /** The chain of this library version. */
    public static SchemaUpgrades standard() {
        return STANDARD;
    }

    public int current() {
        return current;
    }

    /**
     * The document brought to the current version. Rejects a missing or non-integer {@code schemaVersion} and
     * versions this library does not know (newer ones: the reader must be upgraded).
     */
    public ObjectNode upgrade(ObjectNode document) {
        int version = versionOf(document);
        ObjectNode doc = document;
        for (int v = version; v < current; v++) {
            doc = steps.get(v).apply(doc);
            doc.put("schemaVersion", v + 1);
        }
        return doc;
    }

    private int versionOf(ObjectNode document) {
        JsonNode v = document.get("schemaVersion");
        if (v == null || v.isNull()) {
            throw new ValidationException("schemaVersion", "is required: a strategy document starts with \"schemaVersion\": " + current);
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw ValidationException.of("schemaVersion", "must be a whole number, was %s", Fields.describe(v));
        }
        int version = v.intValue();
        if (version < 1 || version > current) {
            throw ValidationException.of("schemaVersion",
                    "version %d is unknown: this version of Strateg reads schema versions 1 to %d%s", version, current,
                    version > current ? "; the document was written by a newer Strateg" : "");
        }
        return version;
    }
}
