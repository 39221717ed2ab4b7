package eu.strateg.micronaut;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The storage beans, chosen by the property {@value StorageSelection#PROPERTY} (see {@link StorageSelection} for the
 * storages and their settings). A {@link StrategyRepository} or {@link ObservationStore} bean of the application
 * replaces the one chosen here. The JDBC storages are a {@link StrategJdbc} bean that the container closes when it
 * stops.
 */
@Factory
public class StorageFactory {

    private static final String DIRECTORY = "${" + StorageSelection.DIRECTORY + ":strateg-data}";

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "memory", defaultValue = "memory")
    @Requires(missingBeans = StrategyRepository.class)
    StrategyRepository memoryStrategyRepository(Clock clock) {
        return new InMemoryStrategyRepository(clock);
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "memory", defaultValue = "memory")
    @Requires(missingBeans = ObservationStore.class)
    ObservationStore memoryObservationStore(Clock clock) {
        return new InMemoryObservationStore(clock);
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "json")
    @Requires(missingBeans = StrategyRepository.class)
    StrategyRepository jsonStrategyRepository(Clock clock, @Value(DIRECTORY) String directory) {
        return new FileStrategyRepository(Path.of(directory), clock);
    }

    @Singleton
    @Requires(property = StorageSelection.PROPERTY, value = "json")
    @Requires(missingBeans = ObservationStore.class)
    ObservationStore jsonObservationStore(Clock clock, @Value(DIRECTORY) String directory) {
        return new FileObservationStore(Path.of(directory), clock);
    }

    /** The embedded H2 database in the storage directory. */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = StorageSelection.PROPERTY, value = "h2")
    StrategJdbc h2Database(Clock clock, @Value(DIRECTORY) String directory) {
        return StrategJdbc.h2(Path.of(directory)).withClock(clock);
    }

    /** The PostgreSQL database at {@value StorageSelection#POSTGRES_URL}, migrated on start. */
    @Singleton
    @Bean(preDestroy = "close")
    @Requires(property = StorageSelection.PROPERTY, value = "postgres")
    StrategJdbc postgresDatabase(Clock clock, @Value("${" + StorageSelection.POSTGRES_URL + "}") String url,
            @Value("${" + StorageSelection.POSTGRES_USER + ":}") String user, @Value("${" + StorageSelection.POSTGRES_PASSWORD + ":}") String password) {
        return StrategJdbc.postgres(url, user.isEmpty() ? null : user, password.isEmpty() ? null : password).withClock(clock);
    }

    @Singleton
    @Requires(beans = StrategJdbc.class)
    @Requires(missingBeans = StrategyRepository.class)
    StrategyRepository jdbcStrategyRepository(StrategJdbc database) {
        return database.strategies();
    }

    @Singleton
    @Requires(beans = StrategJdbc.class)
    @Requires(missingBeans = ObservationStore.class)
    ObservationStore jdbcObservationStore(StrategJdbc database) {
        return database.observations();
    }
}
