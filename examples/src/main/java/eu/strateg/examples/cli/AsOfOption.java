package eu.strateg.examples.cli;

import java.time.Clock;
import java.time.LocalDate;

/** The {@code --as-of} date: given, or today in the clock's zone. */
final class AsOfOption {

    private AsOfOption() {
    }

    static LocalDate resolve(LocalDate given, Clock clock) {
        return given != null ? given : LocalDate.now(clock);
    }
}
