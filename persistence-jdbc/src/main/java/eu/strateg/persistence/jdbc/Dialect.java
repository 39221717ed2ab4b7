package eu.strateg.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** The databases the adapter supports, and what differs between them. */
enum Dialect {
    /** PostgreSQL 15+: text keys ordered by code point, bulk loads through COPY. */
    POSTGRES(Map.of("c", "COLLATE \"C\"")),
    /** H2 2.x in PostgreSQL mode: compares strings by UTF-16 code unit already, bulk loads through JDBC batches. */
    H2(Map.of("c", ""));

    private final Map<String, String> placeholders;

    Dialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /** Flyway placeholders of the migrations for this database. */
    Map<String, String> placeholders() {
        return placeholders;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRES;
        }
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        throw new IllegalArgumentException("Strateg's JDBC adapter supports PostgreSQL and H2, not " + product);
    }
}
