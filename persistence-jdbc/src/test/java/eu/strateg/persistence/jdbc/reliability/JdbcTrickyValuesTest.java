package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.testkit.reliability.TrickyValues;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13.12 on H2 and PostgreSQL (COPY and batch paths): tricky but valid texts and boundary dates
 * ({@link TrickyValues}) come back exactly as the in-memory store and the JSON file store return them.
 */
class JdbcTrickyValuesTest {

    @ParameterizedTest
    @EnumSource(Databases.Engine.class)
    void everyTextAndDateComesBackUnchanged(Databases.Engine engine) {
        try (Databases.Opened db = Databases.open(engine)) {
            TrickyValues.check(db.jdbc().strategies(), db.jdbc().observations());
        }
    }
}
