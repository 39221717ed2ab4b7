package eu.strateg.examples.embedding.micronaut;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.persistence.jdbc.StrategJdbc;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The storage beans of an application, chosen by the property {@value StorageSelection#PROPERTY}: {@code memory}
 * (the default) keeps everything in memory; {@code json} keeps strategies as JSON documents and observations as
 * JSON Lines in the directory {@value StorageSelection#DIRECTORY} (default {@code strateg-data}); {@code h2} keeps
 * both in an embedded H2 database file in that directory. The services come
 * from core's {@code StrategFactory}, which uses whatever {@link StrategyRepository} and {@link ObservationStore}
 * beans exist.
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

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "json")
    StrategyRepository jsonStrategyRepository(Clock clock, @Value("${" + StorageSelection.DIRECTORY + ":strateg-data}") String directory) {
        return new FileStrategyRepository(Path.of(directory), clock);
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "json")
    ObservationStore jsonObservationStore(Clock clock, @Value("${" + StorageSelection.DIRECTORY + ":strateg-data}") String directory) {
        return new FileObservationStore(Path.of(directory), clock);
    }

    /** The embedded H2 database in the storage directory; the container closes it when it stops. */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = StorageSelection.PROPERTY, value = "h2")
    StrategJdbc h2Database(Clock clock, @Value("${" + StorageSelection.DIRECTORY + ":strateg-data}") String directory) {
        return StrategJdbc.h2(Path.of(directory)).withClock(clock);
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "h2")
    StrategyRepository h2StrategyRepository(StrategJdbc database) {
        return database.strategies();
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "h2")
    ObservationStore h2ObservationStore(StrategJdbc database) {
        return database.observations();
    }
}
