package eu.strateg.persistence.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.Fields;
import eu.strateg.persistence.json.internal.JsonMessages;
import eu.strateg.persistence.json.internal.JsonSupport;
import eu.strateg.persistence.json.internal.LimitedInputStream;
import eu.strateg.persistence.json.internal.SchemaUpgrades;
import eu.strateg.persistence.json.internal.StrategyDocumentReader;
import eu.strateg.persistence.json.internal.StrategyDocumentWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The strategy document: one JSON file holding a whole strategy (territory, tree, indicators with baselines, targets
 * and milestones, projects with budgets, links, lifecycle and revision), with a {@code schemaVersion}. The format is
 * described in {@code docs/json-format.md}; its JSON Schema is the resource {@link #SCHEMA_RESOURCE}.
 *
 * <p>Reading never lets a Jackson exception out: malformed JSON (with line and column), wrong types, missing or
 * unknown fields, duplicate keys, an unknown {@code schemaVersion} and documents over the size limit all end in one
 * {@link ValidationException} listing every problem with its path ({@code elements[1.2].indicators[OUT-07]}).
 * Documents of an older {@code schemaVersion} are upgraded in memory. Decimals round-trip exactly, with their scale.
 * Instances are immutable and thread-safe.
 */
public final class StrategyJson {

    /** The documents' default size limit: 20 MB, far above any real strategy (500 indicators take about 300 kB). */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /** Class-path location of the JSON Schema (draft 2020-12) of the current version. */
    public static final String SCHEMA_RESOURCE = "/eu/strateg/persistence/json/strategy.schema.json";

    private static final StrategyJson DEFAULT = new StrategyJson(DEFAULT_MAX_DOCUMENT_BYTES, SchemaUpgrades.standard());

    private final long maxDocumentBytes;
    private final SchemaUpgrades upgrades;

    private StrategyJson(long maxDocumentBytes, SchemaUpgrades upgrades) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.upgrades = upgrades;
    }

    /** The reader and writer with the default size limit. */
    public static StrategyJson create() {
        return DEFAULT;
    }

    /** The same, rejecting documents larger than {@code bytes}. */
    public StrategyJson withMaxDocumentBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive");
        }
        return new StrategyJson(bytes, upgrades);
    }

    /** For tests of the upgrade mechanism: the same with another chain of upgrade steps. */
    StrategyJson withUpgrades(SchemaUpgrades chain) {
        return new StrategyJson(maxDocumentBytes, chain);
    }

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The schema version this library writes. */
    public static int schemaVersion() {
        return SchemaUpgrades.CURRENT_VERSION;
    }

    /** The JSON Schema of the current version, as a class-path resource. */
    public static URL schema() {
        return StrategyJson.class.getResource(SCHEMA_RESOURCE);
    }

    /** Reads a document from a stream (not closed), rejecting it as soon as it goes over the size limit. */
    public Strategy read(InputStream in) {
        return map(upgrade(readTree(in)));
    }

    public Strategy read(Path file) {
        try {
            long size = Files.size(file);
            if (size > maxDocumentBytes) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Strategy fromJson(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the document (UTF-8, pretty-printed, ending with a newline); the stream is not closed. */
    public void write(Strategy strategy, OutputStream out) {
        try {
            StrategyDocumentWriter.write(strategy, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the strategy document of " + strategy.id(), e);
        }
    }

    public byte[] toBytes(Strategy strategy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        write(strategy, out);
        return out.toByteArray();
    }

    public String toJson(Strategy strategy) {
        return new String(toBytes(strategy), StandardCharsets.UTF_8);
    }

    /** The document as a JSON tree, upgraded to the current version but not mapped (for tools and schema checks). */
    public ObjectNode readUpgradedTree(InputStream in) {
        return upgrade(readTree(in));
    }

    private JsonNode readTree(InputStream in) {
        JsonParser parser = null;
        try {
            parser = JsonSupport.factory().createParser(new LimitedInputStream(in, maxDocumentBytes));
            JsonNode root = JsonSupport.mapper().readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException("", "the document is empty");
            }
            if (parser.nextToken() != null) {
                throw new ValidationException("", (JsonMessages.at(parser.currentLocation()) == null ? ""
                        : JsonMessages.at(parser.currentLocation()) + ": ") + "there is more after the end of the document; a file holds one JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (causedByLimit(e)) {
                throw tooLarge();
            }
            throw JsonSupport.malformed(e, parser);
        } catch (LimitedInputStream.TooLargeException e) {
            throw tooLarge();
        } catch (NumberFormatException e) {
            throw JsonSupport.numberOutOfRange(parser);
        } catch (IOException e) {
            if (causedByLimit(e)) {
                throw tooLarge();
            }
            throw new UncheckedIOException("cannot read the strategy document", e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // the input was read; closing the parser releases only its buffers (the caller closes the stream)
            }
        }
    }

    private static boolean causedByLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.TooLargeException) {
                return true;
            }
        }
        return false;
    }

    private ValidationException tooLarge() {
        return ValidationException.of("", "the document is larger than the limit of %d bytes; a strategy document is far smaller "
                + "(is this the right file?)", maxDocumentBytes);
    }

    private ObjectNode upgrade(JsonNode root) {
        if (!root.isObject()) {
            throw ValidationException.of("", "a strategy document is a JSON object, this is %s", Fields.describe(root));
        }
        return upgrades.upgrade((ObjectNode) root);
    }

    private static Strategy map(ObjectNode document) {
        Problems p = new Problems();
        Strategy s = StrategyDocumentReader.read(document, p);
        p.throwIfAny();
        return s;
    }
}
