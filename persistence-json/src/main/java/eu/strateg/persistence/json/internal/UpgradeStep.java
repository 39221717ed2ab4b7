package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One small step of the document format's history: turns a document of version {@link #from()} into one of
 * version {@code from() + 1}. Steps work on the JSON tree, so a step never needs the model classes of its time.
 */
public interface UpgradeStep {

    /** The version this step reads. */
    int from();

    /** Rewrites the document in place (or returns a new one); {@code schemaVersion} is set by the caller. */
    ObjectNode apply(ObjectNode document);
}
