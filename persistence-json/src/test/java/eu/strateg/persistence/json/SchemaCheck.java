package eu.strateg.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shipped JSON Schema, loaded from the class path and checked with networknt's validator (draft 2020-12). */
final class SchemaCheck {

    static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    private static JsonSchema load() {
        try (InputStream in = StrategyJson.schema().openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a document, as text; empty when it is valid. */
    static List<String> violations(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** The repository root: {@code STRATEG_PROJECT_ROOT} (set by surefire) or the parent of the module directory. */
    static Path projectRoot() {
        String env = System.getenv("STRATEG_PROJECT_ROOT");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of("..").toAbsolutePath().normalize();
    }

    /** Every JSON document under {@code docs/}. */
    static List<Path> docsExamples() {
        try (Stream<Path> files = Files.walk(projectRoot().resolve("docs"))) {
            // every JSON file under docs/ is a strategy document, except the server's OpenAPI description
            return files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().equals("server-openapi.json"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
