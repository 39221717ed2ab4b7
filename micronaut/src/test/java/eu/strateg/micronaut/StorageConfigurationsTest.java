package eu.strateg.micronaut;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.jdbc.JdbcObservationStore;
import eu.strateg.persistence.jdbc.JdbcStrategyRepository;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.persistence.json.FileObservationStore;
import eu.strateg.persistence.json.FileStrategyRepository;
import eu.strateg.testkit.ExampleStrategies;
import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each value of {@code strateg.storage} gives the storage it names, with its settings; what one context saved, the
 * next context over the same settings reads (the first one closed its database when it stopped).
 */
class StorageConfigurationsTest {

    private static final List<Observation> OBSERVATIONS = List.of(Observation.of("CYC-KM", "2022", "2.4"), Observation.of("CYC-KM", "2023", "4.1"));

    @TempDir
    Path dir;

    @Test
    void memoryIsTheDefault() {
        try (ApplicationContext ctx = ApplicationContext.run()) {
            saveExample(ctx);

            assertThat(ctx.getBean(StrategyRepository.class)).isInstanceOf(InMemoryStrategyRepository.class);
            assertThat(ctx.getBean(ObservationStore.class)).isInstanceOf(InMemoryObservationStore.class);
            assertThat(ctx.getBean(StrategyService.class).current(ExampleStrategies.smallTown().id()).revision()).isEqualTo(2);
            assertThat(ctx.getBean(StorageSelection.class).storage()).isEqualTo("memory");
        }
    }

    @Test
    void memoryByName() {
        try (ApplicationContext ctx = ApplicationContext.run(Map.of("strateg.storage", "memory"))) {
            assertThat(ctx.getBean(StrategyRepository.class)).isInstanceOf(InMemoryStrategyRepository.class);
        }
    }

    @Test
    void jsonKeepsFilesInTheDirectory() {
        Map<String, Object> properties = Map.of("strateg.storage", "json", "strateg.directory", dir.toString());
        try (ApplicationContext ctx = ApplicationContext.run(properties)) {
            saveExample(ctx);
            assertThat(ctx.getBean(StrategyRepository.class)).isInstanceOf(FileStrategyRepository.class);
            assertThat(ctx.getBean(ObservationStore.class)).isInstanceOf(FileObservationStore.class);
        }
        assertThat(dir).isNotEmptyDirectory();
        assertKept(properties);
    }

    @Test
    void h2KeepsADatabaseFileInTheDirectory() {
        Map<String, Object> properties = Map.of("strateg.storage", "h2", "strateg.directory", dir.toString());
        try (ApplicationContext ctx = ApplicationContext.run(properties)) {
            saveExample(ctx);
            assertThat(ctx.getBean(StrategyRepository.class)).isInstanceOf(JdbcStrategyRepository.class);
            assertThat(ctx.getBean(ObservationStore.class)).isInstanceOf(JdbcObservationStore.class);
            assertThat(ctx.getBean(StrategJdbc.class).schemaVersion()).isNotBlank();
        }
        assertThat(Files.exists(dir.resolve("strateg.mv.db"))).isTrue();
        assertKept(properties);
    }

    @Test
    void postgresUsesTheServerOfTheUrl() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, Object> properties = Map.of("strateg.storage", "postgres", "strateg.postgres.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "strateg.postgres.user", "postgres", "strateg.postgres.password", "postgres");
            try (ApplicationContext ctx = ApplicationContext.run(properties)) {
                saveExample(ctx);
                assertThat(ctx.getBean(StrategyRepository.class)).isInstanceOf(JdbcStrategyRepository.class);
                assertThat(ctx.getBean(ObservationStore.class)).isInstanceOf(JdbcObservationStore.class);
            }
            assertKept(properties);
        }
    }

    @Test
    void anUnknownStorageStopsTheStartNamingTheProperty() {
        ValidationException e = Contexts.startFails(Map.of("strateg.storage", "floppy"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("strateg.storage");
            assertThat(p.message()).contains("'floppy'", "memory", "json", "h2", "postgres");
        });
    }

    @Test
    void postgresWithoutAUrlStopsTheStartNamingTheSetting() {
        ValidationException e = Contexts.startFails(Map.of("strateg.storage", "postgres"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("strateg.postgres.url");
            assertThat(p.message()).contains("is required");
        });
    }

    private static void saveExample(ApplicationContext ctx) {
        StrategyService strategies = ctx.getBean(StrategyService.class);
        Strategy draft = strategies.create(ExampleStrategies.smallTown());
        strategies.adopt(draft.id(), draft.revision(), java.time.LocalDate.of(2021, 6, 21), "Usnesení ZM č. 12/2021");
        ctx.getBean(ObservationService.class).record(draft.id(), OBSERVATIONS);
    }

    private static void assertKept(Map<String, Object> properties) {
        try (ApplicationContext again = ApplicationContext.run(properties)) {
            Strategy stored = again.getBean(StrategyService.class).current(ExampleStrategies.smallTown().id());
            assertThat(stored.revision()).isEqualTo(2);
            assertThat(again.getBean(ObservationStore.class).count(stored.id())).isEqualTo(OBSERVATIONS.size());
        }
    }
}
