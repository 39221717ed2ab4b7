package eu.strateg.core.port;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import java.time.Instant;
import java.util.List;

/**
 * Pulls observations from outside (driven port): a statistics office export, a city's GIS, a spreadsheet. Each
 * source decides which of the strategy's indicators it can supply (usually by the indicator's {@code source}
 * field) and says where the values came from.
 */
public interface IndicatorSource {

    /** A short, stable name of the source, e.g. {@code bdl} or {@code czso-vdb}. */
    String name();

    /** Observations for the strategy's indicators that this source knows, with provenance. */
    Batch fetch(Strategy strategy);

    /**
     * What a source delivered.
     *
     * @param provenance where the values came from (a file, an URL, a query), kept in each observation's source
     *     when it has none
     */
    record Batch(List<Observation> observations, String provenance, Instant retrievedAt) {

        public Batch {
            observations = List.copyOf(observations);
        }
    }
}
