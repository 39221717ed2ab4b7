package eu.strateg.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by the store commands. */
final class StoreOption {

    @Option(names = "--store", defaultValue = Store.DEFAULT, paramLabel = "SPEC",
            description = "h2:DIR, postgres:JDBC_URL (user/password from STRATEG_DB_USER/STRATEG_DB_PASSWORD) or json:DIR "
                    + "(default: ${DEFAULT-VALUE})")
    String spec;
}
