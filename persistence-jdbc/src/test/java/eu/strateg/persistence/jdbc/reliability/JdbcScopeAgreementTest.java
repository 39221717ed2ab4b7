package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.core.port.TerritoryScope;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.reliability.ScopeAgreement;
import eu.strateg.testkit.reliability.ScopeIsolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13.10 on H2 and PostgreSQL: after a strategy moved territory, the adapter's own scope
 * ({@link StrategJdbc#scopedTo}, in SQL) and core's {@link TerritoryScope} over the unscoped adapter give the same
 * answers, and neither tells anything about a strategy outside the scope (see {@link ScopeAgreement}).
 */
class JdbcScopeAgreementTest {

    @ParameterizedTest
    @EnumSource(Databases.Engine.class)
    void sqlScopesFollowTheRuleOfTerritoryScope(Databases.Engine engine) {
        try (Databases.Opened db = Databases.open(engine)) {
            StrategJdbc all = db.jdbc();
            ScopeAgreement.populate(all.strategies(), all.observations());
            ScopeAgreement.check(territories -> {
                StrategJdbc scoped = all.scopedTo(territories);
                return new ScopeIsolation.Scoped(scoped.strategies(), scoped.observations());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.Engine.class)
    void territoryScopeOverTheUnscopedAdapter(Databases.Engine engine) {
        try (Databases.Opened db = Databases.open(engine)) {
            StrategJdbc all = db.jdbc();
            ScopeAgreement.populate(all.strategies(), all.observations());
            ScopeAgreement.check(territories -> {
                TerritoryScope scope = TerritoryScope.of(territories);
                return new ScopeIsolation.Scoped(scope.strategies(all.strategies()), scope.observations(all.observations(), all.strategies()));
            });
        }
    }
}
