package eu.strateg.core.port;

import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.territory.TerritoryCode;

/** What a list of strategies shows of each: enough to pick one. */
public record StrategyHeader(StrategyId id, long revision, TerritoryCode territory, String title, StrategyKind kind, LifecycleState state) {

    public static StrategyHeader of(Strategy s) {
        return new StrategyHeader(s.id(), s.revision(), s.territory().code(), s.title(), s.kind(), s.lifecycle().state());
    }
}
