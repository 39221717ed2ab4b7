package eu.strateg.examples.cli;

import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --store} option, the one place every command reads it: which store a command works on and how it is opened.
 * Not given, it is {@link Store#DEFAULT}; {@link #given()} tells the commands that also take files whether it was named.
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "SPEC",
            description = "json:DIR, h2:DIR, or postgres:JDBC_URL (user/password from STRATEG_DB_USER/STRATEG_DB_PASSWORD) "
                    + "(default: " + Store.DEFAULT + ")")
    String spec;

    /** The store named, or the default one. */
    String spec() {
        return spec != null ? spec : Store.DEFAULT;
    }

    /** Whether {@code --store} was on the command line. */
    boolean given() {
        return spec != null;
    }

    /** Opens the store named (or the default one); a spec that names no store is a usage error of {@code cmd}. */
    Store open(Clock clock, CommandLine cmd) {
        return Store.open(spec(), clock, cmd);
    }
}
