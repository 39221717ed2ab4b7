package eu.strateg.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** axe-core for the browser tests, installed from the npm registry with npm into {@code target/axe} on first use. */
public final class AxeCore {

    /** The version of axe-core the browser tests run. */
    public static final String VERSION = "4.10.3";

    private AxeCore() {
    }

    /**
     * The path of {@code axe.min.js}, installed first when missing.
     *
     * @return the script
     * @throws IllegalStateException when npm cannot install it (the log is in {@code target/axe/npm.log})
     */
    public static synchronized Path script() throws IOException, InterruptedException {
        Path dir = Path.of("target", "axe").toAbsolutePath();
        Path js = dir.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(js)) {
            Files.createDirectories(dir);
            Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", dir.toString(),
                    "axe-core@" + VERSION).redirectErrorStream(true).redirectOutput(dir.resolve("npm.log").toFile()).start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.exists(js)) {
                throw new IllegalStateException("could not install axe-core " + VERSION + " with npm; see " + dir.resolve("npm.log"));
            }
        }
        return js;
    }
}
