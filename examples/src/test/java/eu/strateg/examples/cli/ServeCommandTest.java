package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code strateg serve} in the tool's own jar, where the server is not on the class path: a clear error that says where
 * the server is, exit 2, and the command listed in the help. (That the release's {@code bin/strateg serve} starts the
 * server is shown by the server module's {@code ReleaseArchiveIT}.)
 */
class ServeCommandTest {

    @Test
    void withoutTheServerOnTheClassPathServeSaysWhereItIs() {
        CliFixture.Run run = CliFixture.run("serve", "--port", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("strateg serve", "bin/strateg serve", "strateg-server.jar");
    }

    @Test
    void theHelpListsServe() {
        CliFixture.Run run = CliFixture.run("--help");

        assertThat(run.out()).containsPattern("(?m)^\\s+serve\\s+Start the town-hall server");
    }
}
