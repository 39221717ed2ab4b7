package eu.strateg.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.Fixtures;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.memory.InMemoryStrategyRepository;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The revision in force on a date: an adopted 2021 revision, a 2023 amendment adopted in 2023, a 2024 draft. Drafts
 * are never in force; the evaluation as of a date uses the revision in force then.
 */
class RevisionInForceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    private final Clock clock = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStrategyRepository repository = new InMemoryStrategyRepository(clock);
    private final StrategyService strategies = new StrategyService(repository);
    private final EvaluationService evaluation = new EvaluationService(repository, new InMemoryObservationStore(clock),
            new StandardEvaluator(), clock);
    private Strategy adopted2021;
    private Strategy adopted2023;
    private Strategy draft2024;

    private static Strategy withTarget(Strategy s, String target) {
        return s.withIndicators(List.of(s.indicators().get(0).withTarget(Target.of(new BigDecimal(target), 2030))));
    }

    @BeforeEach
    void history() {
        Strategy r1 = strategies.create(Fixtures.valid());
        adopted2021 = strategies.adopt(r1.id(), r1.revision(), LocalDate.of(2021, 3, 10), "Usnesení ZM 12/2021");
        Strategy amendment = strategies.edit(r1.id(), adopted2021.revision(), s -> withTarget(s, "12"));
        adopted2023 = strategies.adopt(r1.id(), amendment.revision(), LocalDate.of(2023, 6, 20), "Usnesení ZM 40/2023");
        draft2024 = strategies.edit(r1.id(), adopted2023.revision(), s -> withTarget(s, "15"));
    }

    @Test
    void theRevisionAdoptedIn2021IsInForceIn2022() {
        RevisionInForce r = strategies.inForce(adopted2021.id(), LocalDate.of(2022, 6, 30));

        assertThat(r.inForce()).isTrue();
        assertThat(r.strategy().revision()).isEqualTo(2);
        assertThat(r.describe()).isEqualTo("revision 2, adopted on 2021-03-10 (Usnesení ZM 12/2021), in force on 2022-06-30");
        assertThat(evaluation.evaluate(adopted2021.id(), LocalDate.of(2022, 6, 30)).revision()).isEqualTo(2);
    }

    @Test
    void theAmendmentAdoptedIn2023IsInForceAtTheEndOf2023() {
        RevisionInForce r = strategies.inForce(adopted2021.id(), LocalDate.of(2023, 12, 31));

        assertThat(r.strategy().revision()).isEqualTo(adopted2023.revision()).isEqualTo(4);
        assertThat(r.strategy().indicators().get(0).target().value()).isEqualByComparingTo("12");
        assertThat(evaluation.evaluate(adopted2021.id(), LocalDate.of(2023, 12, 31)).revision()).isEqualTo(4);
        // the day before its adoption the 2021 revision was still in force
        assertThat(strategies.inForce(adopted2021.id(), LocalDate.of(2023, 6, 19)).strategy().revision()).isEqualTo(2);
    }

    @Test
    void aDraftAmendmentIsNeverInForceEvenWhenItIsTheCurrentRevision() {
        assertThat(strategies.current(adopted2021.id()).revision()).isEqualTo(draft2024.revision()).isEqualTo(5);

        RevisionInForce r = strategies.inForce(adopted2021.id(), TODAY);

        assertThat(r.strategy().revision()).isEqualTo(4);
        assertThat(evaluation.evaluate(adopted2021.id(), TODAY).revision()).isEqualTo(4);
        assertThat(evaluation.evaluateNow(adopted2021.id()).revision()).isEqualTo(4);
    }

    @Test
    void aReportAsOfADateIsMadeOfTheRevisionInForceThen() throws Exception {
        List<Long> reported = new java.util.ArrayList<>();
        ReportRenderer recording = new ReportRenderer() {
            @Override
            public ReportFormat format() {
                return ReportFormat.JSON;
            }

            @Override
            public void render(ReportInput input, OutputStream out) {
                reported.add(input.strategy().revision());
                reported.add(input.evaluation().revision());
            }
        };
        ReportService reports = new ReportService(repository, evaluation, List.of(recording));

        reports.render(adopted2021.id(), LocalDate.of(2022, 6, 30), ReportFormat.JSON, Locale.ENGLISH, OutputStream.nullOutputStream());
        reports.render(adopted2021.id(), TODAY, ReportFormat.JSON, Locale.ENGLISH, OutputStream.nullOutputStream());

        assertThat(reported).containsExactly(2L, 2L, 4L, 4L);
    }

    @Test
    void beforeAnyAdoptionTheLatestRevisionIsUsedAndSaidNotToBeInForce() {
        RevisionInForce r = strategies.inForce(adopted2021.id(), LocalDate.of(2020, 5, 1));

        assertThat(r.inForce()).isFalse();
        assertThat(r.strategy().revision()).isEqualTo(5);
        assertThat(r.describe()).isEqualTo("no revision was in force on 2020-05-01; revision 5 (draft, the latest) is used");
    }

    @Test
    void anArchivedStrategyIsNoLongerInForceFromItsArchivingDate() {
        Strategy archived = strategies.archive(adopted2021.id(), draft2024.revision(), LocalDate.of(2024, 12, 31));

        assertThat(strategies.inForce(archived.id(), LocalDate.of(2024, 12, 30)).strategy().revision()).isEqualTo(4);
        assertThat(strategies.inForce(archived.id(), LocalDate.of(2024, 12, 31)).inForce()).isFalse();
    }
}
