package eu.strateg.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.service.StrategyService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.examples.data.ExampleData;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MicronautExampleTest {

    @Test
    void storesTheExampleInMemoryWhenTheStorageIsMemory() {
        List<String> lines = run(Map.of("strateg.storage", "memory"));
        List<Observation> all = ExampleData.niepolomiceObservations();
        long distinct = all.stream().map(o -> o.seriesKey() + "@" + o.period()).distinct().count();
        assertThat(lines).containsExactly(
                "storage: memory (InMemoryStrategyRepository)",
                "niepolomice-2030 revision 2: ADOPTED",
                "observations: " + distinct + " new, " + (all.size() - distinct) + " corrections");
    }

    /** The file-based storages keep what the sample stored: a second context over the same directory reads it back. */
    @ParameterizedTest
    @CsvSource({"json, FileStrategyRepository", "h2, JdbcStrategyRepository"})
    void keepsTheExampleInTheDirectoryForTheNextContext(String storage, String repositoryClass, @TempDir Path dir) {
        Map<String, Object> properties = Map.of("strateg.storage", storage, "strateg.directory", dir.toString());
        List<String> lines = run(properties);
        assertThat(lines.get(0)).isEqualTo("storage: " + storage + " (" + repositoryClass + ")");
        assertThat(lines.get(1)).isEqualTo("niepolomice-2030 revision 2: ADOPTED");
        try (ApplicationContext again = ApplicationContext.run(properties)) {
            Strategy stored = again.getBean(StrategyService.class).current(StrategyId.of("niepolomice-2030"));
            assertThat(stored.revision()).isEqualTo(2);
            assertThat(again.getBean(ObservationStore.class).count(stored.id()))
                    .isEqualTo(ExampleData.niepolomiceObservations().stream().map(o -> o.seriesKey() + "@" + o.period()).distinct().count());
        }
    }

    @Test
    void usesMemoryWhenNoStorageIsConfigured() {
        assertThat(run(Map.of()).get(0)).isEqualTo("storage: memory (InMemoryStrategyRepository)");
    }

    @Test
    void refusesAStorageThisBuildDoesNotHaveWithThePropertyAsPath() {
        assertThatThrownBy(() -> run(Map.of("strateg.storage", "floppy")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("strateg.storage");
                            assertThat(p.message()).contains("'floppy'", "memory", "json", "h2", "postgres");
                        }));
    }

    private static List<String> run(Map<String, Object> properties) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        MicronautExample.run(properties, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
