package eu.strateg.core.port;

import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;

/** An element of some strategy that links to an external reference. */
public record LinkedElement(StrategyId strategyId, long revision, TerritoryCode territory, String elementCode, String elementTitle, Link link) {
}
