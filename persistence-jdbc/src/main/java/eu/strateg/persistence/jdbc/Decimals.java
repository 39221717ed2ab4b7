package eu.strateg.persistence.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Exact decimals as a NUMERIC column plus a scale column. H2 drops trailing zeros and PostgreSQL has no negative
 * scale, so the value alone would not give back {@code 0.10} or {@code 1E+3}; with the scale it does, exactly.
 */
final class Decimals {

    private Decimals() {
    }

    static Integer scale(BigDecimal value) {
        return value == null ? null : value.scale();
    }

    /** Reads a value saved with {@link #scale}; {@code setScale} never rounds here because the value is exact. */
    static BigDecimal read(ResultSet rs, int valueColumn, int scaleColumn) throws SQLException {
        BigDecimal v = rs.getBigDecimal(valueColumn);
        if (v == null) {
            return null;
        }
        return v.setScale(rs.getInt(scaleColumn));
    }
}
