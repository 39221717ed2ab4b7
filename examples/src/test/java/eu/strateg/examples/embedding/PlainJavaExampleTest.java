package eu.strateg.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainJavaExampleTest {

    @Test
    void runsAndPrintsTheRecordedObservations() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            PlainJavaExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("CYC-KM 2022 = 2.4", "CYC-KM 2023 = 4.1", "WASTE-KG 2023 = 198.7");
    }

    /** The README shows exactly the lines between the markers of the sample, so the README's code compiles and runs. */
    @Test
    void theReadmeShowsTheSampleAsItIs() throws IOException {
        Path root = Path.of(System.getenv().getOrDefault("STRATEG_PROJECT_ROOT", ".."));
        String sample = Files.readString(root.resolve("examples/src/main/java/eu/strateg/examples/embedding/PlainJavaExample.java"));
        String readme = Files.readString(root.resolve("README.md"));
        List<String> lines = sample.lines().toList();
        int begin = lines.indexOf("        // README:begin");
        int end = lines.indexOf("        // README:end");
        assertThat(begin).isGreaterThan(0);
        assertThat(end).isGreaterThan(begin);
        for (String line : lines.subList(begin + 1, end)) {
            assertThat(readme).as("README contains the sample line").contains(line.substring(Math.min(8, line.length())));
        }
    }
}
