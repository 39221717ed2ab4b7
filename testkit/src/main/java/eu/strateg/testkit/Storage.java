package eu.strateg.testkit;

import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;

/**
 * The two storage ports of one adapter, sharing one backing store (the same directory, database or memory), as a
 * contract test needs them.
 */
public record Storage(StrategyRepository strategies, ObservationStore observations) {
}
