package eu.strateg.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README shows a consumer is what this project does: every code block after a
 * {@code <!-- consumer-test: FILE -->} line appears in FILE (a path in this project), up to indentation.
 */
class ReadmeTest {

    private static final Pattern MARKED_BLOCK = Pattern.compile("<!-- consumer-test: (\\S+) -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyMarkedBlockOfTheReadmeIsInTheFileItNames() throws Exception {
        String readme = Files.readString(Path.of(System.getenv("STRATEG_README")), StandardCharsets.UTF_8);
        Matcher m = MARKED_BLOCK.matcher(readme);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            String file = Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8);
            assertThat(normalized(file)).as("README block for %s:%n%s", m.group(1), m.group(2)).contains(normalized(m.group(2)));
            files.add(m.group(1));
        }
        assertThat(files).contains("pom.xml", "src/main/java/eu/strateg/consumer/MicronautReport.java");
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").replace("> <", "><");
    }
}
