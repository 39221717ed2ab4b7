package eu.strateg.examples.cli;

import java.io.PrintWriter;

/** A one-line progress counter on stderr, shown only when attached to a terminal. */
final class Progress {

    private final PrintWriter err;
    private final String label;
    private final boolean enabled;

    private Progress(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    static Progress onTerminal(PrintWriter err, String label) {
        return new Progress(err, label, System.console() != null);
    }

    static Progress none() {
        return new Progress(null, "", false);
    }

    void step(long count) {
        if (enabled && count % 10_000 == 0) {
            err.printf("\r%s %,d", label, count);
            err.flush();
        }
    }

    void done(long count) {
        if (enabled) {
            err.printf("\r%s %,d%n", label, count);
            err.flush();
        }
    }
}
