package eu.strateg.core.port;

import eu.strateg.core.strategy.StrategyId;

/**
 * A save expected one revision but found another: someone else saved in between. Nothing was written; reload,
 * reapply the change and save again.
 */
public class RevisionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StrategyId strategyId;
    private final long expectedRevision;
    private final long actualRevision;

    public RevisionConflictException(StrategyId strategyId, long expectedRevision, long actualRevision) {
        super(String.format("Strategy %s was changed by someone else: expected revision %d, but the current revision is %d",
                strategyId, expectedRevision, actualRevision));
        this.strategyId = strategyId;
        this.expectedRevision = expectedRevision;
        this.actualRevision = actualRevision;
    }

    public StrategyId strategyId() {
        return strategyId;
    }

    public long expectedRevision() {
        return expectedRevision;
    }

    public long actualRevision() {
        return actualRevision;
    }
}
