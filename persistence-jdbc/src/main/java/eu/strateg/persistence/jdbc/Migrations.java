package eu.strateg.persistence.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** The schema's Flyway migrations ({@code db/migration}), tracked in table {@code strateg_schema_history}. */
final class Migrations {

    static final String HISTORY_TABLE = "strateg_schema_history";

    private final Flyway flyway;

    Migrations(DataSource dataSource, Dialect dialect) {
        this.flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .baselineOnMigrate(false)
                .load();
    }

    /** Applies what is missing; nothing when the schema is up to date. Returns how many migrations ran. */
    int migrate() {
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }

    /** The version of the newest applied migration, e.g. {@code "1"}; empty for an empty database. */
    String version() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }
}
