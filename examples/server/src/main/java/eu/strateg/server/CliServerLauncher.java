package eu.strateg.server;

import eu.strateg.examples.cli.ServerLauncher;

/** The server behind {@code strateg serve}: registered in {@code META-INF/services}, runs {@link ServerMain}. */
public final class CliServerLauncher implements ServerLauncher {

    @Override
    public void run(String[] args) throws InterruptedException {
        ServerMain.main(args);
    }
}
