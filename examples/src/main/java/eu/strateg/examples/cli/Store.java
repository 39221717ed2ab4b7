package eu.strateg.examples.cli;

import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/**
 * A store named on the command line: {@code json:DIR} (the embedded default: files that survive a killed process with
 * every acknowledged commit, docs/RELIABILITY.md 2 and 2a), {@code h2:DIR} (an embedded SQL database; a killed process
 * may lose its last commit), {@code postgres:JDBC_URL} (user and password from {@code STRATEG_DB_USER} /
 * {@code STRATEG_DB_PASSWORD} or the URL).
 */
record Store(String spec, StrategyRepository strategies, ObservationStore observations, AutoCloseable resource, Atomic atomic)
        implements AutoCloseable {

    /** Runs work that saves through both ports as one transaction where the store has them (H2, PostgreSQL). */
    @FunctionalInterface
    interface Atomic {
        void run(Runnable work);
    }

    static final String DEFAULT = "json:./strateg-data";

    static Store open(String spec, Clock clock, CommandLine cmd) {
        int colon = spec == null ? -1 : spec.indexOf(':');
        String kind = colon < 0 ? "" : spec.substring(0, colon);
        String rest = colon < 0 ? "" : spec.substring(colon + 1);
        if (rest.isEmpty()) {
            throw usage(cmd, spec);
        }
        switch (kind) {
            case "h2": {
                StrategJdbc jdbc = StrategJdbc.h2(Path.of(rest)).withClock(clock);
                return new Store(spec, jdbc.strategies(), jdbc.observations(), jdbc::close, atomically(jdbc));
            }
            case "postgres": {
                StrategJdbc jdbc = StrategJdbc.postgres(rest, System.getenv("STRATEG_DB_USER"), System.getenv("STRATEG_DB_PASSWORD"))
                        .withClock(clock);
                return new Store(spec, jdbc.strategies(), jdbc.observations(), jdbc::close, atomically(jdbc));
            }
            case "json": {
                Path root = Path.of(rest);
                return new Store(spec, new FileStrategyRepository(root, clock), new FileObservationStore(root, clock), () -> { }, null);
            }
            default:
                throw usage(cmd, spec);
        }
    }

    private static Atomic atomically(StrategJdbc jdbc) {
        return work -> jdbc.inOneTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** True when {@link #atomically} makes one transaction of its work (the JSON file store has none). */
    boolean isTransactional() {
        return atomic != null;
    }

    /** Runs {@code work} as one transaction where the store can; directly otherwise. */
    void atomically(Runnable work) {
        if (atomic == null) {
            work.run();
        } else {
            atomic.run(work);
        }
    }

    private static CommandLine.ParameterException usage(CommandLine cmd, String spec) {
        return new CommandLine.ParameterException(cmd, "--store '" + spec + "' is not a store: use h2:DIR, postgres:JDBC_URL or json:DIR");
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
