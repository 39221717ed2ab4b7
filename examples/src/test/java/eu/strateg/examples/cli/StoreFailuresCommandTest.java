package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.7, 13.13 and 13.15 through the CLI: a store that cannot be opened is one line on stderr with exit code 1,
 * never a stack trace.
 */
class StoreFailuresCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPostgresServerThatIsNotRunningIsOneLine() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CliFixture.Run run = CliFixture.run("list", "--store", "postgres:jdbc:postgresql://127.0.0.1:" + port + "/strateg",
                "--territory", "CZ_ZUJ:595209");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("Connecting to the database failed: Connection to 127.0.0.1:" + port + " refused")
                .doesNotContain("\tat ", "Exception", "\n");
    }

    @Test
    void anH2FolderThatWouldCarrySettingsIsRefused() {
        CliFixture.Run run = CliFixture.run("list", "--store", "h2:" + dir.resolve("x;INIT=CREATE TABLE PWNED(X INT)"),
                "--territory", "CZ_ZUJ:595209");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("which the H2 database URL would read as a setting").doesNotContain("\tat ");
    }
}
