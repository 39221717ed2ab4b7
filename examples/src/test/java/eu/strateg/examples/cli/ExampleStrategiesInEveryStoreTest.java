package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.persistence.json.csv.CsvDialect;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.examples.data.ExampleData.Example;
import eu.strateg.examples.data.ExampleFiles;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example strategies imported with {@code strateg import} into every store (JSON files, H2, PostgreSQL, and
 * memory through the service), evaluated from the store as of three dates, give exactly the evaluation of the files
 * ({@code strateg evaluate}'s in-memory load): the temporal model is one in every store. Both with the committed
 * CSV (every version dated) and with the same values undated (only the first version of each value, no
 * recorded_at), where the known-from rule decides. A second import changes nothing.
 */
class ExampleStrategiesInEveryStoreTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2023, 12, 31), LocalDate.of(2025, 6, 30));
    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemDefaultZone(); // the zone the CLI's import uses

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void datedObservationsGiveTheEvaluationOfTheFilesFromEveryStore() throws Exception {
        for (Example e : ExampleData.all()) {
            check(e, e.observations(), "dated");
        }
    }

    @Test
    void undatedObservationsGiveTheEvaluationOfTheFilesFromEveryStore() throws Exception {
        for (Example e : ExampleData.all()) {
            check(e, firstVersionsUndated(e.observations()), "undated");
        }
    }

    private void check(Example e, List<Observation> observations, String variant) throws Exception {
        String id = e.strategy().id().value();
        Path strategyFile = Files.write(dir.resolve(id + ".json"), ExampleFiles.strategyJson(e));
        Path csv = dir.resolve(id + "-" + variant + ".csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(observations, bytes);
        Files.write(csv, bytes.toByteArray());
        Strategy strategy = Inputs.strategy(strategyFile);
        Workspace files = Workspace.inMemory(strategy, Inputs.observations(csv, CsvDialect.detect(), Progress.none()).observations(), clock, List.of());

        Workspace memory = new Workspace(new InMemoryStrategyRepository(clock), new InMemoryObservationStore(clock), clock, List.of());
        memory.strategies.importDocument(strategy);
        memory.observations.record(strategy.id(), Inputs.observations(csv, CsvDialect.detect(), Progress.none()).observations());
        for (LocalDate date : DATES) {
            assertThat(memory.evaluation.evaluate(strategy.id(), date)).as("%s %s in memory as of %s", id, variant, date)
                    .isEqualTo(files.evaluation.evaluate(strategy.id(), date));
        }
        for (String store : List.of("json:" + dir.resolve("json-" + id + "-" + variant), "h2:" + dir.resolve("h2-" + id + "-" + variant),
                "postgres:" + postgres.getJdbcUrl("postgres", database(id, variant)))) {
            CliFixture.Run first = CliFixture.run("import", "--store", store, "--strategy", strategyFile.toString(), "--observations",
                    csv.toString());
            assertThat(first.exit()).as(first.err()).isZero();
            CliFixture.Run again = CliFixture.run("import", "--store", store, "--strategy", strategyFile.toString(), "--observations",
                    csv.toString());
            assertThat(again.out()).as("%s %s re-imported into %s", id, variant, store).contains("unchanged: the document equals revision 1",
                    ": 0 new, 0 corrected, " + observations.size() + " unchanged");
            try (Store s = Store.open(store, clock, StrategCli.commandLine())) {
                EvaluationService fromStore = new EvaluationService(s.strategies(), s.observations(), new StandardEvaluator(), clock);
                for (LocalDate date : DATES) {
                    StrategyEvaluation expected = files.evaluation.evaluate(strategy.id(), date);
                    assertThat(fromStore.evaluate(strategy.id(), date)).as("%s %s from %s as of %s", id, variant, store, date)
                            .isEqualTo(expected);
                }
            }
        }
    }

    /** A PostgreSQL database of its own for each import, so the examples do not meet in one database. */
    private static String database(String id, String variant) throws Exception {
        String name = (id + "_" + variant).replaceAll("[^a-z0-9]", "_");
        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** Each series and period's first version (in recorded-at order) without its recorded-at time. */
    private static List<Observation> firstVersionsUndated(List<Observation> all) {
        Set<String> seen = new HashSet<>();
        List<Observation> out = new ArrayList<>();
        all.stream().sorted(java.util.Comparator.comparing(Observation::recordedAt)).forEach(o -> {
            if (seen.add(o.seriesKey() + " " + o.period())) {
                out.add(o.withRecordedAt(null));
            }
        });
        return out;
    }
}
