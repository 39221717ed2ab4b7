package eu.strateg.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Small JSON files of the server's data folder (accounts, tokens, territories), written atomically. */
public final class JsonFiles {

    /** The mapper every file and response of the server is written with; decimals are read exactly (0.1 stays 0.1). */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private JsonFiles() {
    }

    /**
     * Reads a file, or returns null when it does not exist.
     *
     * @param file the file
     * @return its JSON, or null
     */
    public static JsonNode read(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a file atomically: a temporary file next to it, forced to disk, then renamed over it.
     *
     * @param file the file
     * @param json what to write
     */
    public static void write(Path file, JsonNode json) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
