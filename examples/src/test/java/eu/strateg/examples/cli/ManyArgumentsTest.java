package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A usage error with thousands of unknown arguments (here an argument file of 5,000 words, as {@code @strategy.json}
 * expands to) names the first ten and counts the rest; a few unknown arguments still get picocli's own message.
 */
class ManyArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void thousandsOfUnknownArgumentsAreNamedTenAndCounted() throws Exception {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add("word" + i);
        }
        Path file = Files.write(dir.resolve("args.txt"), words);

        CliFixture.Run r = CliFixture.run("validate", "x.json", "@" + file);

        assertThat(r.exit()).isEqualTo(2);
        // "x.json" is the parameter; the 5,000 words are unmatched: ten named, 4,990 counted
        assertThat(r.err()).startsWith("Unknown arguments: 'word0', 'word1', 'word2', 'word3', 'word4', 'word5', 'word6', 'word7', "
                + "'word8', 'word9' and 4,990 more").contains("Try 'strateg validate --help'").doesNotContain("word10'");
        assertThat(r.err().length()).isLessThan(1_000);
    }

    @Test
    void aFewUnknownArgumentsGetPicocliMessage() {
        CliFixture.Run r = CliFixture.run("validate", "x.json", "y", "z");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched arguments from index 2: 'y', 'z'");
    }
}
