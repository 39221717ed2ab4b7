package eu.strateg.server.web;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.server.security.Caller;
import java.util.List;

/**
 * Who may record which values through the data-entry form, the same rule as the API's: an administrator, or a
 * coordinator of the strategy's territory (which the scope already ensures), records every measured indicator; a data
 * steward only the indicators its account lists for that territory ({@link eu.strateg.server.security.Account#mayRecord});
 * a reader and the public none. This is the one place of the web UI that decides it.
 */
final class EntryRights {

    private EntryRights() {
    }

    /** Whether the caller may record values at all. */
    static boolean mayRecord(Caller caller) {
        return caller.mayRecord();
    }

    /** The indicators of {@code strategy} whose values the caller may record: measured ones (a computed one has a formula). */
    static List<Indicator> recordable(Caller caller, Strategy strategy) {
        if (!mayRecord(caller)) {
            return List.of();
        }
        return strategy.indicators().stream()
                .filter(i -> !i.isComputed() && caller.account().mayRecord(strategy.territory().code(), i.code()))
                .toList();
    }
}
