package eu.strateg.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StrategyRepository} must do. Extend it in your adapter's tests and implement
 * {@link #newStorage(Clock)}; each test gets a fresh, empty storage.
 */
public abstract class StrategyRepositoryContract {

    protected MutableClock clock;
    protected StrategyRepository repository;

    /** A fresh, empty storage whose repository stamps save times from {@code clock}. */
    protected abstract Storage newStorage(Clock clock);

    @BeforeEach
    void openRepository() {
        clock = MutableClock.standard();
        repository = newStorage(clock).strategies();
    }

    @Test
    void savesANewStrategyAsRevisionOneAndLoadsItEqual() {
        Strategy town = ExampleStrategies.smallTown();

        Strategy saved = repository.save(town, 0);

        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved).isEqualTo(town.withRevision(1));
        assertThat(repository.find(town.id())).contains(saved);
        assertThat(repository.find(town.id(), 1)).contains(saved);
    }

    @Test
    void eachSaveAddsTheNextRevision() {
        Strategy r1 = repository.save(ExampleStrategies.smallTown(), 0);
        Strategy r2 = repository.save(r1.withTitle("Strategie rozvoje – aktualizace 2023"), 1);

        assertThat(r2.revision()).isEqualTo(2);
        assertThat(repository.find(r1.id())).contains(r2);
        assertThat(repository.find(r1.id(), 1)).contains(r1);
    }

    @Test
    void saveWithAStaleRevisionRaisesAConflictAndChangesNothing() {
        Strategy r1 = repository.save(ExampleStrategies.smallTown(), 0);
        Strategy r2 = repository.save(r1.withTitle("Edited by Alice"), 1);

        assertThatThrownBy(() -> repository.save(r1.withTitle("Edited by Bob"), 1))
                .isInstanceOf(RevisionConflictException.class)
                .satisfies(e -> {
                    RevisionConflictException c = (RevisionConflictException) e;
                    assertThat(c.expectedRevision()).isEqualTo(1);
                    assertThat(c.actualRevision()).isEqualTo(2);
                    assertThat(c.strategyId()).isEqualTo(r1.id());
                });

        assertThat(repository.find(r1.id())).contains(r2);
        assertThat(repository.history(r1.id())).hasSize(2);
    }

    @Test
    void savingAnExistingStrategyAsNewIsAConflict() {
        repository.save(ExampleStrategies.smallTown(), 0);

        assertThatThrownBy(() -> repository.save(ExampleStrategies.smallTown().withTitle("Another"), 0))
                .isInstanceOf(RevisionConflictException.class);
        assertThat(repository.find(ExampleStrategies.smallTown().id()).orElseThrow().title())
                .isEqualTo(ExampleStrategies.smallTown().title());
    }

    @Test
    void savingAnUnknownStrategyWithARevisionIsAConflictAndCreatesNothing() {
        assertThatThrownBy(() -> repository.save(ExampleStrategies.smallTown(), 3)).isInstanceOf(RevisionConflictException.class);

        assertThat(repository.find(ExampleStrategies.smallTown().id())).isEmpty();
        assertThat(repository.history(ExampleStrategies.smallTown().id())).isEmpty();
    }

    @Test
    void unknownStrategiesAndRevisionsAreEmpty() {
        StrategyId nobody = StrategyId.of("nobody");
        repository.save(ExampleStrategies.smallTown(), 0);

        assertThat(repository.find(nobody)).isEmpty();
        assertThat(repository.find(nobody, 1)).isEmpty();
        assertThat(repository.history(nobody)).isEmpty();
        assertThat(repository.find(ExampleStrategies.smallTown().id(), 0)).isEmpty();
        assertThat(repository.find(ExampleStrategies.smallTown().id(), 2)).isEmpty();
    }

    @Test
    void historyListsEveryRevisionInOrderWithItsSaveTimeAndEachLoads() {
        Instant t1 = clock.instant();
        Strategy s = repository.save(ExampleStrategies.smallTown(), 0);
        Instant t2 = clock.advance(Duration.ofHours(1));
        s = repository.save(s.withTitle("Revision two"), s.revision());
        Instant t3 = clock.advance(Duration.ofDays(3));
        s = repository.save(s.withTitle("Revision three"), s.revision());

        List<RevisionInfo> history = repository.history(s.id());

        assertThat(history).extracting(RevisionInfo::revision).containsExactly(1L, 2L, 3L);
        assertThat(history).extracting(RevisionInfo::savedAt).containsExactly(t1, t2, t3);
        assertThat(repository.find(s.id(), 1).orElseThrow().title()).isEqualTo(ExampleStrategies.smallTown().title());
        assertThat(repository.find(s.id(), 2).orElseThrow().title()).isEqualTo("Revision two");
        assertThat(repository.find(s.id(), 3).orElseThrow().title()).isEqualTo("Revision three");
    }

    @Test
    void anAdoptedRevisionStaysLoadableAfterLaterEdits() {
        Strategy draft = repository.save(ExampleStrategies.smallTown(), 0);
        Strategy adopted = repository.save(draft.withLifecycle(Lifecycle.adopted(LocalDate.of(2021, 6, 21), "ZM 12/2021")), 1);
        repository.save(adopted.withLifecycle(Lifecycle.DRAFT).withTitle("Návrh aktualizace"), 2);

        assertThat(repository.history(draft.id())).extracting(RevisionInfo::adopted).containsExactly(false, true, false);
        assertThat(repository.history(draft.id())).extracting(RevisionInfo::state)
                .containsExactly(LifecycleState.DRAFT, LifecycleState.ADOPTED, LifecycleState.DRAFT);
        Strategy latestAdopted = repository.findLatestAdopted(draft.id()).orElseThrow();
        assertThat(latestAdopted).isEqualTo(adopted);
        assertThat(latestAdopted.lifecycle().resolution()).isEqualTo("ZM 12/2021");
    }

    @Test
    void listsTheCurrentRevisionsOfATerritoryOrderedById() {
        repository.save(ExampleStrategies.smallTown("zdar-b"), 0);
        Strategy a = repository.save(ExampleStrategies.smallTown("zdar-a"), 0);
        repository.save(a.withTitle("Akční plán 2025"), 1);
        repository.save(ExampleStrategies.gmina("lodz-2030"), 0);

        List<StrategyHeader> zdar = repository.listByTerritory(ExampleStrategies.ZDAR);

        assertThat(zdar).extracting(h -> h.id().value()).containsExactly("zdar-a", "zdar-b");
        assertThat(zdar.get(0).revision()).isEqualTo(2);
        assertThat(zdar.get(0).title()).isEqualTo("Akční plán 2025");
        assertThat(zdar).allSatisfy(h -> assertThat(h.territory()).isEqualTo(ExampleStrategies.ZDAR));
        assertThat(repository.listByTerritory(ExampleStrategies.LODZ)).extracting(h -> h.id().value()).containsExactly("lodz-2030");
        assertThat(repository.listByTerritory(TerritoryCode.of(CodeScheme.CZ_ZUJ, "500011"))).isEmpty();
    }

    @Test
    void listsTheCurrentRevisionOfEveryStrategyOfEveryTerritoryOrderedById() {
        repository.save(ExampleStrategies.smallTown("zdar-b"), 0);
        Strategy a = repository.save(ExampleStrategies.smallTown("zdar-a"), 0);
        repository.save(a.withTitle("Akční plán 2025"), 1);
        repository.save(ExampleStrategies.gmina("lodz-2030"), 0);

        List<StrategyHeader> all = repository.listAll();

        assertThat(all).extracting(h -> h.id().value(), StrategyHeader::revision, StrategyHeader::territory).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lodz-2030", 1L, ExampleStrategies.LODZ),
                org.assertj.core.groups.Tuple.tuple("zdar-a", 2L, ExampleStrategies.ZDAR),
                org.assertj.core.groups.Tuple.tuple("zdar-b", 1L, ExampleStrategies.ZDAR));
        assertThat(all.get(1).title()).isEqualTo("Akční plán 2025");
    }

    @Test
    void readsTheCurrentRevisionsOfManyStrategiesAsFindDoesOneByOne() {
        Strategy a = repository.save(ExampleStrategies.smallTown("zdar-a"), 0);
        repository.save(a.withTitle("Akční plán 2025"), 1);
        repository.save(ExampleStrategies.smallTown("zdar-b"), 0);
        repository.save(ExampleStrategies.gmina("lodz-2030"), 0);
        List<StrategyId> asked = List.of(StrategyId.of("lodz-2030"), StrategyId.of("unknown"), StrategyId.of("zdar-a"),
                StrategyId.of("lodz-2030"));

        List<Strategy> many = repository.findCurrent(asked);

        // in the order asked, each once, the unknown id left out: what find gives for each
        assertThat(many).containsExactly(repository.find(StrategyId.of("lodz-2030")).orElseThrow(),
                repository.find(StrategyId.of("zdar-a")).orElseThrow());
        assertThat(many.get(1).revision()).isEqualTo(2);
        assertThat(many.get(1).title()).isEqualTo("Akční plán 2025");
        assertThat(many.get(1).projects()).isNotEmpty();
        assertThat(repository.findCurrent(List.of(StrategyId.of("zdar-b"), StrategyId.of("zdar-a"), StrategyId.of("lodz-2030"))))
                .extracting(s -> s.id().value()).containsExactly("zdar-b", "zdar-a", "lodz-2030");
        assertThat(repository.findCurrent(List.of())).isEmpty();
    }

    @Test
    void findsElementsLinkedToAnExternalReferenceAcrossStrategies() {
        repository.save(ExampleStrategies.smallTown("zdar-2030"), 0);
        repository.save(ExampleStrategies.gmina("lodz-2030"), 0);

        List<LinkedElement> sdg = repository.findLinked("sdg", "11.2");
        List<LinkedElement> regional = repository.findLinked("strategy:kraj-vysocina-2030", "2.1");

        assertThat(sdg).extracting(l -> l.strategyId().value() + "/" + l.elementCode())
                .containsExactlyInAnyOrder("zdar-2030/1.1", "lodz-2030/A.1");
        assertThat(regional).singleElement().satisfies(l -> {
            assertThat(l.elementCode()).isEqualTo("1.1.1");
            assertThat(l.elementTitle()).isEqualTo("Výstavba cyklostezek");
            assertThat(l.territory()).isEqualTo(ExampleStrategies.ZDAR);
            assertThat(l.link().label()).isEqualTo("Regionální cíl 2.1 Doprava");
        });
        assertThat(repository.findLinked("sdg", "3.9")).isEmpty();
    }

    @Test
    void linkLookupSeesOnlyCurrentRevisions() {
        Strategy s = repository.save(ExampleStrategies.smallTown(), 0);
        List<Element> unlinked = s.elements().stream().map(e -> e.withLinks(List.of())).toList();
        repository.save(s.withElements(unlinked), 1);

        assertThat(repository.findLinked("sdg", "11.2")).isEmpty();
        assertThat(repository.findLinked("strategy:kraj-vysocina-2030", "2.1")).isEmpty();
    }
}
