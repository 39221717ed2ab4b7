package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.reliability.Databases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.reliability.ConcurrencyStress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JDBC repository and store under concurrency, on H2 and PostgreSQL (8 threads × 500 edits of one strategy; 8
 * threads importing overlapping halves of one data set): see {@link ConcurrencyStress} for what is checked.
 */
class JdbcConcurrencyTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void eightThreadsMakingFiveHundredEditsEachLoseNoEditAndSaveEachRevisionOnce(Engine engine) throws Exception {
        try (Databases.Opened db = Databases.open(engine)) {
            ConcurrencyStress.Edits e = ConcurrencyStress.edits(db.jdbc().strategies(), ExampleStrategies.smallTown(), 8, 500);

            assertThat(e.saved() + e.conflicts()).as("every attempt saved or refused").isEqualTo(e.attempts());
            assertThat(e.revisions()).as("one revision per save, after the first").isEqualTo(e.saved() + 1L);

            FuzzFigures.record("JdbcConcurrencyTest edits on " + engine + ": " + e);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void concurrentOverlappingImportsEndAsASerialImport(Engine engine) throws Exception {
        try (Databases.Opened db = Databases.open(engine)) {
            Strategy s = db.jdbc().strategies().save(ExampleStrategies.smallTown(), 0);
            ConcurrencyStress.Imports i = ConcurrencyStress.imports(db.jdbc().observations(), new InMemoryObservationStore(), s.id(),
                    ConcurrencyStress.dataSet(8, 25), 8, 20);

            assertThat(i.inserted()).as("each value inserted exactly once").isEqualTo(i.values());

            FuzzFigures.record("JdbcConcurrencyTest imports on " + engine + ": " + i);
        }
    }
}
