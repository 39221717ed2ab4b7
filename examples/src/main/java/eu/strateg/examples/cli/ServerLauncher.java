package eu.strateg.examples.cli;

/**
 * The town-hall server behind {@code strateg serve}. The command-line tool does not depend on the server (the server
 * example depends on the tool), so the server registers itself as a {@link java.util.ServiceLoader service} of this
 * type; {@code serve} runs the first one found on the class path, and explains where the server is when there is none.
 */
public interface ServerLauncher {

    /**
     * Runs the server until the process is stopped.
     *
     * @param args the server's own arguments ({@code --data DIR --port N --host ADDRESS --load-examples})
     * @throws Exception if the server cannot run
     */
    void run(String[] args) throws Exception;
}
