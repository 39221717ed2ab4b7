package eu.strateg.examples.embedding.micronaut;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The storage beans of an application, chosen by the property {@value StorageSelection#PROPERTY}. {@code memory}
 * (the default) keeps everything in memory; other values are accepted by {@link StorageSelection} only when this
 * build has their adapter. The services themselves come from core's {@code StrategFactory}, which uses whatever
 * {@link StrategyRepository} and {@link ObservationStore} beans exist.
 */
@Factory
public class StorageFactory {

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "memory", defaultValue = "memory")
    StrategyRepository memoryStrategyRepository(Clock clock) {
        return new InMemoryStrategyRepository(clock);
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "memory", defaultValue = "memory")
    ObservationStore memoryObservationStore(Clock clock) {
        return new InMemoryObservationStore(clock);
    }
}
