package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The schema is created from an empty database, its version is visible, and reopening migrates nothing again. */
class MigrationTest {

    private static final String APPLIED = "SELECT COUNT(*) FROM strateg_schema_history WHERE success AND version IS NOT NULL";

    @Test
    void h2MigratesAnEmptyDirectoryAndReopensWithoutMigratingAgain(@TempDir Path dir) {
        Strategy saved;
        try (StrategJdbc first = StrategJdbc.h2(dir)) {
            assertThat(first.schemaVersion()).isEqualTo("1");
            saved = first.strategies().save(ExampleStrategies.smallTown(), 0);
        }

        try (StrategJdbc again = StrategJdbc.h2(dir)) {
            assertThat(again.schemaVersion()).isEqualTo("1");
            assertThat(again.strategies().find(saved.id())).contains(saved);
            javax.sql.DataSource raw = H2Location.of(dir).dataSource();
            assertThat(Rows.count(raw, APPLIED)).isEqualTo(1);
        }
    }

    @Test
    void postgresMigratesAnEmptySchemaAndReopensWithoutMigratingAgain() {
        try (TestDatabases.Opened db = TestDatabases.open(Engine.POSTGRES)) {
            assertThat(db.jdbc().schemaVersion()).isEqualTo("1");
            Strategy saved = db.jdbc().strategies().save(ExampleStrategies.gmina("lodz-2030"), 0);
            PGSimpleDataSource same = db.postgres();

            StrategJdbc again = StrategJdbc.of(same);

            assertThat(again.schemaVersion()).isEqualTo("1");
            assertThat(again.strategies().find(saved.id())).contains(saved);
            assertThat(Rows.count(same, APPLIED)).isEqualTo(1);
            assertThat(Rows.count(same, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_name IN ('strategy', 'strategy_revision', 'element', 'observation', 'budget_line')")).isEqualTo(5);
        }
    }
}
