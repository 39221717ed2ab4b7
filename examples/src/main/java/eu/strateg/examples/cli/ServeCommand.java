package eu.strateg.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code strateg serve}: starts the town-hall server (HTTP API and web pages) with the server's own options. The server
 * is found through {@link ServerLauncher}; the release's {@code bin/strateg serve} has it on the class path.
 */
@Command(name = "serve", description = {"Start the town-hall server (REST API and web pages) until Ctrl+C.",
        "Options are the server's: --data DIR (default strateg-data), --port N (default 8080), --host ADDRESS"
                + " (default 127.0.0.1), --load-examples. PostgreSQL: set STRATEG_DB_URL, STRATEG_DB_USER, STRATEG_DB_PASSWORD.",
        "See examples/server/README.md."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        for (ServerLauncher launcher : ServiceLoader.load(ServerLauncher.class)) {
            launcher.run(arguments.toArray(String[]::new));
            return 0;
        }
        spec.commandLine().getErr().println("strateg serve: the server is not in this program's class path."
                + " Run bin/strateg serve from the release (strateg-<version>.zip), or java -jar strateg-server.jar.");
        spec.commandLine().getErr().flush();
        return 2;
    }
}
