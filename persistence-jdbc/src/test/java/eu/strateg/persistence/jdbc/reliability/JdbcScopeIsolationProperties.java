package eu.strateg.persistence.jdbc.reliability;

import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.persistence.jdbc.StrategJdbc;
import eu.strateg.testkit.reliability.ScopeIsolation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Tenant isolation on H2 and PostgreSQL, through the adapter's own scope ({@link StrategJdbc#scopedTo}, enforced in
 * SQL) and through core's {@link TerritoryScope} over the unscoped adapter: see {@link ScopeIsolation}.
 */
class JdbcScopeIsolationProperties {

    enum Scoping {
        SQL, CORE
    }

    private static final Map<Databases.Engine, Databases.Opened> DATABASES = new EnumMap<>(Databases.Engine.class);

    @BeforeContainer
    static void populate() {
        for (Databases.Engine engine : Databases.Engine.values()) {
            Databases.Opened db = Databases.open(engine);
            DATABASES.put(engine, db);
            ScopeIsolation.populate(db.jdbc().strategies(), db.jdbc().observations());
        }
    }

    @AfterContainer
    static void close() {
        DATABASES.values().forEach(Databases.Opened::close);
    }

    @Property(tries = 40)
    void aScopedRepositoryAndStoreNeverReturnChangeOrCountAnotherTerritorysData(@ForAll Databases.Engine engine, @ForAll Scoping scoping,
            @ForAll("scopes") Set<TerritoryCode> territories, @ForAll("operations") List<ScopeIsolation.Op> ops) {
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

    @Provide
    Arbitrary<Set<TerritoryCode>> scopes() {
        return Arbitraries.of(ScopeIsolation.TERRITORIES).set().ofMaxSize(ScopeIsolation.TERRITORIES.size());
    }

    @Provide
    Arbitrary<List<ScopeIsolation.Op>> operations() {
        return Combinators.combine(Arbitraries.of(ScopeIsolation.Kind.class), Arbitraries.integers().between(0, ScopeIsolation.IDS.size() - 1),
                Arbitraries.integers().between(0, ScopeIsolation.TERRITORIES.size() - 1), Arbitraries.of(true, false))
                .as(ScopeIsolation.Op::new).list().ofMinSize(1).ofMaxSize(8);
    }
}
