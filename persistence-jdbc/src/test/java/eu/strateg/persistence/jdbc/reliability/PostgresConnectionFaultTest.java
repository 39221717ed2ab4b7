package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.jdbc.JdbcObservationStore;
import eu.strateg.persistence.jdbc.JdbcStrategyRepository;
import eu.strateg.persistence.jdbc.StorageException;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.reliability.ConcurrencyStress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL connection terminated by the server ({@code pg_terminate_backend} from another session) in the middle
 * of a save and of a bulk import: at every step the adapter takes (each statement, the COPY, the commit), and, for the
 * import, at random moments while the COPY streams. Each time: a {@link StorageException} that names the operation,
 * nothing of the operation stored (seen through a separate, healthy connection), and the same call, retried, succeeds.
 */
class PostgresConnectionFaultTest {

    private Databases.Opened db;
    private TerminatingDataSource faulty;
    private StrategJdbc healthy;
    private StrategJdbc victim;

    @BeforeEach
    void open() {
        db = Databases.open(Databases.Engine.POSTGRES);
        healthy = db.jdbc();
        faulty = new TerminatingDataSource(db.raw(), Databases.postgres(null));
        victim = StrategJdbc.of(faulty);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSaveCutAtAnyStepStoresNothingAndSucceedsWhenRetried() {
        JdbcStrategyRepository repository = victim.strategies();
        Strategy current = repository.save(ExampleStrategies.smallTown(), 0);
        faulty.terminateAt(-1, 0);
        current = repository.save(current.withTitle("counting the steps"), current.revision());
        int steps = faulty.steps();
        int failures = 0;
        String example = null;
        for (int step = 1; step <= steps; step++) {
            Strategy edit = current.withTitle("Edit cut at step " + step);
            faulty.terminateAt(step, 0);
            StorageException e = saveFailing(repository, edit, current.revision());
            failures += e == null ? 0 : 1;
            example = example != null || e == null ? example : e.getMessage();
            assertThat(e).as("a save cut at step %d of %d", step, steps).isNotNull();
            assertThat(e.getMessage()).contains(current.id().value()).doesNotContain("\n\tat ");
            assertThat(healthy.strategies().history(current.id())).hasSize((int) current.revision());
            assertThat(healthy.strategies().find(current.id())).contains(current);

            faulty.terminateAt(-1, 0);
            current = repository.save(edit, current.revision());
            assertThat(healthy.strategies().find(current.id())).contains(current);
        }
        FuzzFigures.record(String.format("PostgresConnectionFaultTest save: %d steps per save, %d cut saves, %d backends terminated, "
                + "every one rolled back and retried; e.g. \"%s\"", steps, failures, faulty.terminated(), example));
    }

    @Test
    void aBulkImportCutAtAnyStepOrWhileCopyingStoresNothingAndSucceedsWhenRetried() {
        StrategyId id = victim.strategies().save(ExampleStrategies.smallTown(), 0).id();
        JdbcObservationStore store = victim.observations();
        List<Observation> data = ConcurrencyStress.dataSet(100, 25);
        List<Observation> first = data.subList(0, 1000);
        store.upsert(id, first);
        faulty.terminateAt(-1, 0);
        store.upsert(id, corrected(first));
        int steps = faulty.steps();
        int copy = faulty.firstStep("unwrap");
        assertThat(copy).as("the import uses COPY").isPositive();
        List<Observation> before = healthy.observations().find(ObservationQuery.all(id));
        List<String> outcomes = new ArrayList<>();
        String example = null;
        Random random = new Random(42);
        List<long[]> plans = new ArrayList<>();
        for (int step = 1; step <= steps; step++) {
            plans.add(new long[] {step, 0});
        }
        for (int i = 0; i < 6; i++) {
            plans.add(new long[] {copy, 5 + random.nextInt(150)});
        }
        for (long[] plan : plans) {
            faulty.terminateAt((int) plan[0], plan[1]);
            List<Observation> batch = data;
            String outcome;
            try {
                store.upsert(id, batch);
                outcome = "completed";
            } catch (StorageException e) {
                outcome = "failed";
                example = example == null ? e.getMessage() : example;
                assertThat(e.getMessage()).isNotBlank().doesNotContain("\n\tat ");
                assertThat(healthy.observations().find(ObservationQuery.all(id))).as("after a cut at step %d", plan[0]).isEqualTo(before);
            }
            outcomes.add(outcome);
            faulty.terminateAt(-1, 0);
            store.upsert(id, batch);
            assertThat(healthy.observations().count(id)).isEqualTo(data.size());
            // undo for the next round: a new correction of every value, so the next import writes everything again
            store.upsert(id, corrected(data));
            before = healthy.observations().find(ObservationQuery.all(id));
        }
        FuzzFigures.record(String.format("PostgresConnectionFaultTest import of %d observations: %d steps, %d cuts at a step and 6 "
                + "while copying, outcomes %s, %d backends terminated; e.g. \"%s\"", data.size(), steps, steps, outcomes, faulty.terminated(), example));
        assertThat(outcomes.subList(0, steps)).allMatch("failed"::equals);
    }

    private static List<Observation> corrected(List<Observation> data) {
        return data.stream().map(o -> o.withValue(o.value().add(java.math.BigDecimal.ONE)).withRecordedAt(null)).toList();
    }

    private static StorageException saveFailing(JdbcStrategyRepository repository, Strategy edit, long expected) {
        try {
            repository.save(edit, expected);
            return null;
        } catch (StorageException e) {
            return e;
        }
    }
}
