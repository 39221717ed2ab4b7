package eu.strateg.persistence.json.opensdg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference data folder from {@code STRATEG_REFERENCE_DATA}; tests are skipped when it is not set. */
final class ReferenceData {

    private ReferenceData() {
    }

    static Path openSdgReference() {
        String env = System.getenv("STRATEG_REFERENCE_DATA");
        assumeTrue(env != null && !env.isBlank(),
                "STRATEG_REFERENCE_DATA is not set: set it to the folder containing open-sdg-reference/ to run the reference tests");
        Path dir = Path.of(env).resolve("open-sdg-reference");
        assumeTrue(Files.isDirectory(dir), "STRATEG_REFERENCE_DATA has no open-sdg-reference/ folder: " + dir.toAbsolutePath());
        return dir;
    }
}
