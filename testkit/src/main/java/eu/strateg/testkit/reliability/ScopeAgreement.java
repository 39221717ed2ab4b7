package eu.strateg.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Issue 13.10: every scoping (core's {@code TerritoryScope} over any adapter, an adapter's own) follows one rule after a
 * strategy moves territory, and its answers about a strategy outside the scope are those about a strategy that does
 * not exist. A strategy belongs to the territory of its current revision: it is visible in a scope that holds that
 * territory, and then only its revisions of territories in the scope are. Each call on a strategy outside the scope
 * must answer exactly as the same call on an id nobody used (its id aside), errors included, so no message tells its
 * territory, revision or existence; the one exception is a new strategy under its id, which is refused with words that
 * tell no more than that the id is not available.
 */
public final class ScopeAgreement {

    private static final TerritoryCode A = ScopeIsolation.TERRITORIES.get(0);
    private static final TerritoryCode B = ScopeIsolation.TERRITORIES.get(1);
    private static final TerritoryCode C = ScopeIsolation.TERRITORIES.get(2);
    /** The strategy that moves: revision 1 in A, 2 and 3 in B. */
    public static final StrategyId MOVED = StrategyId.of("moved-2030");
    /** An id nobody saves: the reference for "does not exist". */
    public static final StrategyId NOBODY = StrategyId.of("nobody-2030");

    private ScopeAgreement() {
    }

    /** Saves the moved strategy (A, then B twice) with one observation, through the unscoped ports. */
    public static void populate(StrategyRepository all, ObservationStore store) {
        all.save(ScopeIsolation.strategy(MOVED, 0), 0);
        all.save(ScopeIsolation.strategy(MOVED, 1), 1);
        all.save(ScopeIsolation.strategy(MOVED, 1).withTitle("Po přesunu"), 2);
        store.upsert(MOVED, List.of(Observation.of("CYC-KM", "2021", "7")));
    }

    /** Checks {@code scoped} (a scope of the given territories over the populated data) for every subset of A, B, C. */
    public static void check(Function<Set<TerritoryCode>, ScopeIsolation.Scoped> scoped) {
        for (Set<TerritoryCode> scope : List.of(Set.<TerritoryCode>of(), Set.of(A), Set.of(B), Set.of(A, B), Set.of(C), Set.of(A, C))) {
            check(scope, scoped.apply(scope));
        }
    }

    private static void check(Set<TerritoryCode> scope, ScopeIsolation.Scoped view) {
        StrategyRepository repository = view.strategies();
        ObservationStore store = view.observations();
        boolean visible = scope.contains(B);
        String in = "scope " + scope;
        assertThat(repository.find(MOVED).map(Strategy::revision)).as("%s: find", in).isEqualTo(visible ? Optional.of(3L) : Optional.empty());
        List<Long> revisions = new ArrayList<>();
        for (long r = 1; r <= 3; r++) {
            TerritoryCode own = r == 1 ? A : B;
            boolean shown = visible && scope.contains(own);
            if (shown) {
                revisions.add(r);
            }
            assertThat(repository.find(MOVED, r).isPresent()).as("%s: find revision %d (of %s)", in, r, own).isEqualTo(shown);
        }
        assertThat(repository.history(MOVED)).extracting(RevisionInfo::revision).as("%s: history", in).isEqualTo(revisions);
        assertThat(repository.listByTerritory(A)).as("%s: list of %s, the old territory", in, A).isEmpty();
        assertThat(repository.listByTerritory(B)).extracting(StrategyHeader::id).as("%s: list of %s", in, B)
                .isEqualTo(visible ? List.of(MOVED) : List.of());
        assertThat(repository.findLinked("sdg", "11.2")).extracting(LinkedElement::strategyId).as("%s: linked", in)
                .isEqualTo(visible ? List.of(MOVED) : List.of());
        assertThat(store.find(ObservationQuery.all(MOVED))).as("%s: observations", in).hasSize(visible ? 1 : 0);
        assertThat(store.count(MOVED)).as("%s: count", in).isEqualTo(visible ? 1 : 0);
        List<String> annual = new ArrayList<>();
        store.forEachAnnualValue(List.of(MOVED, NOBODY), Set.of(), (id, code, year, value) -> annual.add(id + " " + code + " " + year));
        assertThat(annual).as("%s: annual values", in).isEqualTo(visible ? List.of(MOVED + " CYC-KM 2021") : List.of());
        if (!visible) {
            assertLikeNobody(in, repository, store);
        }
    }

    /** Every answer about the hidden strategy equals the answer about an id nobody used. */
    private static void assertLikeNobody(String in, StrategyRepository repository, ObservationStore store) {
        SeriesKey series = SeriesKey.headline("CYC-KM");
        assertThat(store.history(MOVED, series, Period.year(2021))).as("%s: observation history", in).isEmpty();
        for (TerritoryCode t : List.of(A, B, C)) {
            int territory = ScopeIsolation.TERRITORIES.indexOf(t);
            for (long expected : new long[] {3, 1}) {
                assertThat(outcome(() -> repository.save(ScopeIsolation.strategy(MOVED, territory), expected), MOVED))
                        .as("%s: a save in %s expecting revision %d", in, t, expected)
                        .isEqualTo(outcome(() -> repository.save(ScopeIsolation.strategy(NOBODY, territory), expected), NOBODY));
            }
        }
        assertThat(outcome(() -> store.upsert(MOVED, List.of(Observation.of("CYC-KM", "2022", "1"))), MOVED)).as("%s: an upsert", in)
                .isEqualTo(outcome(() -> store.upsert(NOBODY, List.of(Observation.of("CYC-KM", "2022", "1"))), NOBODY));
        String refusal = outcome(() -> repository.save(ScopeIsolation.strategy(MOVED, 0), 0), MOVED);
        assertThat(refusal).as("%s: a new strategy under the hidden id", in).doesNotContain(B.toString(), "revision 3", "Po přesunu");
    }

    /** What a call did, as text with the id replaced: "ok", or the exception's class and message. */
    private static String outcome(Supplier<?> call, StrategyId id) {
        try {
            call.get();
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace(id.value(), "ID");
        }
    }
}
