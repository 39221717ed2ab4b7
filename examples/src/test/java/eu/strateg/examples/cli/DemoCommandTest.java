package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demoPrintsTheStrategyTree() {
        CommandLine cl = StrategCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));

        int exit = cl.execute("demo");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("1 Doprava a mobilita", "    1.1.1 Výstavba cyklostezek  [CYC-KM]",
                "6 elements, 2 indicators, 0 projects");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithExitCodeTwo() {
        CommandLine cl = StrategCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument at index 0: 'bogus'");
    }
}
