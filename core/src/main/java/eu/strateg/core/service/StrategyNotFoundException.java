package eu.strateg.core.service;

import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;

/** A use case named a strategy (or revision) that the repository does not hold. */
public class StrategyNotFoundException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public StrategyNotFoundException(StrategyId id) {
        super("id", "no strategy with id " + id);
    }

    public StrategyNotFoundException(StrategyId id, long revision) {
        super("revision", "strategy " + id + " has no revision " + revision);
    }
}
