package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.reliability.ScopeIsolation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation on H2 and PostgreSQL, through the adapter's own scope ({@link StrategJdbc#scopedTo}, enforced in
 * SQL) and through core's {@link TerritoryScope} over the unscoped adapter: see {@link ScopeIsolation}.
 */
class JdbcScopeIsolationPropertiesTest {

    enum Scoping {
        SQL, CORE
    }

    private static final Map<Databases.Engine, Databases.Opened> DATABASES = new EnumMap<>(Databases.Engine.class);

    @BeforeAll
    static void populate() {
        for (Databases.Engine engine : Databases.Engine.values()) {
            Databases.Opened db = Databases.open(engine);
            DATABASES.put(engine, db);
            ScopeIsolation.populate(db.jdbc().strategies(), db.jdbc().observations());
        }
    }

    @AfterAll
    static void close() {
        DATABASES.values().forEach(Databases.Opened::close);
    }

    private record Case(Databases.Engine engine, Scoping scoping, Set<TerritoryCode> territories, List<ScopeIsolation.Op> ops) {
    }

    @Test
    void aScopedRepositoryAndStoreNeverReturnChangeOrCountAnotherTerritorysData() {
        Gen<Databases.Engine> engines = Gen.of(Databases.Engine.class);
        Gen<Scoping> scopings = Gen.of(Scoping.class);
        Gen<Set<TerritoryCode>> scopes = ScopeIsolation.scopes();
        Gen<List<ScopeIsolation.Op>> operations = ScopeIsolation.operations(8);
        Property.forAll(40, r -> new Case(engines.next(r), scopings.next(r), scopes.next(r), operations.next(r)),
                c -> check(c.engine(), c.scoping(), c.territories(), c.ops()));
    }

    private static void check(Databases.Engine engine, Scoping scoping, Set<TerritoryCode> territories, List<ScopeIsolation.Op> ops) {
        StrategJdbc all = DATABASES.get(engine).jdbc();
        ScopeIsolation.Scoped scoped;
        if (scoping == Scoping.SQL) {
            StrategJdbc sql = all.scopedTo(territories);
            scoped = new ScopeIsolation.Scoped(sql.strategies(), sql.observations());
        } else {
            TerritoryScope scope = TerritoryScope.of(territories);
            scoped = new ScopeIsolation.Scoped(scope.strategies(all.strategies()), scope.observations(all.observations(), all.strategies()));
        }

        ScopeIsolation.check(all.strategies(), all.observations(), scoped, territories, ops);
    }
}
