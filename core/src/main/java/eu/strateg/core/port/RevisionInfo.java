package eu.strateg.core.port;

import eu.strateg.core.strategy.LifecycleState;
import java.time.Instant;

/** One saved revision of a strategy: when it was saved and in which lifecycle state. */
public record RevisionInfo(long revision, Instant savedAt, LifecycleState state) {

    /** True when this revision is an adopted version. */
    public boolean adopted() {
        return state == LifecycleState.ADOPTED;
    }
}
