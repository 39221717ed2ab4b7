package eu.strateg.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.examples.cli.StrategCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Command lines on which fuzzing found a message naming a Java exception, kept as plain examples. */
class CliFoundByFuzzingTest {

    private static String errorOf(String... args) {
        CommandLine cl = StrategCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cl.execute(args)).isEqualTo(2);
        return err.toString();
    }

    @Test
    void anImpossibleDateIsAUsageErrorInWords() {
        assertThat(errorOf("evaluate", "--as-of", "2024-13-01", "--strategy", "s.json", "--observations", "o.csv"))
                .contains("'2024-13-01' is not a date: use YYYY-MM-DD").doesNotContain("Exception");
    }

    @Test
    void aFileNameWithNulIsAUsageErrorInWords() {
        assertThat(errorOf("validate", "a\u0000b.json")).contains("is not a usable file name").doesNotContain("Exception");
    }
}
