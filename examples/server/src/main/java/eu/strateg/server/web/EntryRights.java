package eu.strateg.server.web;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.server.security.Caller;
import java.util.List;

/**
 * Who may record which values through the data-entry form: an account that may write (an administrator, or a
 * coordinator of the strategy's territory, which the scope already ensures) records every measured indicator; a
 * reader none. This is the one place that decides it, so a data-steward role (values only of the indicators the
 * steward is responsible for) changes only {@link #recordable}.
 */
final class EntryRights {

    private EntryRights() {
    }

    /** Whether the caller may record values at all. */
    static boolean mayRecord(Caller caller) {
        return caller.mayWrite();
    }

    /** The indicators of {@code strategy} whose values the caller may record: measured ones (a computed one has a formula). */
    static List<Indicator> recordable(Caller caller, Strategy strategy) {
        if (!mayRecord(caller)) {
            return List.of();
        }
        return strategy.indicators().stream().filter(i -> !i.isComputed()).toList();
    }
}
