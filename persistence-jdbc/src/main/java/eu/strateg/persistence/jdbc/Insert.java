package eu.strateg.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/** A batched INSERT into one table; a failure names the table. */
final class Insert implements AutoCloseable {

    private final String table;
    private final PreparedStatement statement;
    private int rows;

    Insert(Connection connection, String table, String... columns) throws SQLException {
        this.table = table;
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")");
    }

    Insert row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Database.set(statement, i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        return this;
    }

    /** Executes the batch; on failure throws a {@link StorageException} that says which table and what for. */
    void run(String what) {
        if (rows == 0) {
            return;
        }
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StorageException(what + " failed while writing table " + table + ": " + Database.describe(e), e);
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
