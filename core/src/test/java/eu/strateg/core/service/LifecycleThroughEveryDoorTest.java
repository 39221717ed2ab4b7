package eu.strateg.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.Fixtures;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same adoption checks whether a revision is adopted by adopt, created adopted, or imported adopted. */
class LifecycleThroughEveryDoorTest {

    private static final Lifecycle ADOPTED_2021 = Lifecycle.adopted(LocalDate.of(2021, 3, 10), "Usnesení ZM 12/2021");

    private final InMemoryStrategyRepository repository = new InMemoryStrategyRepository(
            Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC));
    private final StrategyService service = new StrategyService(repository);

    /** A measure with nobody responsible: structurally fine, not adoptable. */
    private static Strategy incomplete() {
        Strategy s = Fixtures.valid();
        return s.withElements(List.of(s.elements().get(0), s.elements().get(1), s.elements().get(2).withDetails(null, null)));
    }

    @Test
    void anIncompleteDocumentMarkedAdoptedIsRefusedByCreateImportAndAdopt() {
        List<Problem> expected = List.of(new Problem("elements[1.1.1].responsible", "measure 1.1.1 has nobody responsible"));

        assertThat(catchThrowableOfType(() -> service.create(incomplete().withLifecycle(ADOPTED_2021)), ValidationException.class)
                .problems()).isEqualTo(expected);
        assertThat(catchThrowableOfType(() -> service.importDocument(incomplete().withLifecycle(ADOPTED_2021)),
                ValidationException.class).problems()).isEqualTo(expected);
        Strategy draft = service.create(incomplete());
        assertThat(catchThrowableOfType(() -> service.adopt(draft.id(), draft.revision(), ADOPTED_2021.adoptedOn(),
                ADOPTED_2021.resolution()), ValidationException.class).problems()).isEqualTo(expected);
        assertThat(repository.history(draft.id())).hasSize(1);
    }

    @Test
    void importingAnIdenticalDocumentCreatesNoRevision() {
        Strategy document = Fixtures.valid().withLifecycle(ADOPTED_2021);
        assertThat(service.importDocument(document).saved()).isTrue();

        StrategyService.ImportResult again = service.importDocument(document);

        assertThat(again.saved()).isFalse();
        assertThat(again.strategy().revision()).isEqualTo(1);
        assertThat(repository.history(document.id())).hasSize(1);
    }

    @Test
    void importingADraftAmendmentKeepsTheAdoptedRevisionInForce() {
        service.importDocument(Fixtures.valid().withLifecycle(ADOPTED_2021));

        Strategy amendment = service.importDocument(Fixtures.valid().withTitle("Strategie (aktualizace)")).strategy();

        assertThat(amendment.revision()).isEqualTo(2);
        assertThat(amendment.lifecycle().state()).isEqualTo(LifecycleState.DRAFT);
        assertThat(service.inForce(amendment.id(), LocalDate.of(2025, 1, 15)).strategy().revision()).isEqualTo(1);
    }

    @Test
    void aChangedDocumentCannotClaimAnEarlierRevisionsAdoption() {
        service.importDocument(Fixtures.valid().withLifecycle(ADOPTED_2021));

        ValidationException e = catchThrowableOfType(() -> service.importDocument(Fixtures.valid().withTitle("Jiný název")
                .withLifecycle(ADOPTED_2021)), ValidationException.class);

        assertThat(e.problems()).extracting(Problem::path).containsExactly("lifecycle");
        assertThat(repository.history(Fixtures.valid().id())).hasSize(1);
    }

    @Test
    void anAdoptionCannotBeDatedBeforeThePreviousOne() {
        Strategy first = service.importDocument(Fixtures.valid().withLifecycle(ADOPTED_2021)).strategy();
        Strategy amendment = service.edit(first.id(), first.revision(), s -> s.withTitle("Aktualizace"));

        ValidationException e = catchThrowableOfType(() -> service.adopt(first.id(), amendment.revision(), LocalDate.of(2020, 1, 1),
                "Usnesení 1/2020"), ValidationException.class);

        assertThat(e.problems()).containsExactly(new Problem("lifecycle.adoptedOn",
                "adopted on 2020-01-01, before revision 1 was adopted on 2021-03-10"));
    }
}
