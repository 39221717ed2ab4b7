package eu.strateg.server;

import eu.strateg.core.port.IndicatorSource;
import java.util.List;

/**
 * The statistics services {@code POST /api/strategies/{id}/fetch} asks (GUS BDL, Eurostat: the sources-http adapters).
 *
 * @param all the sources, asked in this order
 */
public record Sources(List<IndicatorSource> all) {

    /** Copies the list. */
    public Sources {
        all = List.copyOf(all);
    }
}
