package eu.strateg.core.evaluation;

import static eu.strateg.core.evaluation.EvalFixtures.element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Projects rolled up apart (spec/evaluation.md §5). P1 (in progress): 2023 OWN 1000 planned / 800 spent, 2023 EU
 * 3000 / 3000, 2024 OWN 2000 / not yet known; planned end 2024-06-30, no end yet. P2 (completed): 2023 OWN 500 /
 * 500, planned end 2023-10-31, ended 2023-12-15. P3 (idea): no budget.
 */
class ProjectsAndBudgetTest {

    private static BudgetLine line(int year, FinancingSource source, String planned, String actual) {
        return new BudgetLine(year, source, Money.of(planned, "CZK"), actual == null ? null : Money.of(actual, "CZK"));
    }

    private final Project p1 = new Project("P1", "Cyklostezka", null, List.of("1.1"), ProjectStatus.IN_PROGRESS,
            Schedule.of(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 6, 30)), Schedule.of(LocalDate.of(2023, 4, 1), null),
            List.of(line(2023, FinancingSource.OWN, "1000", "800"), line(2023, FinancingSource.EU, "3000", "3000"),
                    line(2024, FinancingSource.OWN, "2000", null)), null, List.of());
    private final Project p2 = new Project("P2", "Lávka", null, List.of("1.1"), ProjectStatus.COMPLETED,
            Schedule.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 10, 31)),
            Schedule.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 12, 15)),
            List.of(line(2023, FinancingSource.OWN, "500", "500")), null, List.of());
    private final Project p3 = new Project("P3", "Parkovací dům", null, List.of("1.1"), ProjectStatus.IDEA, null, null, List.of(), null,
            List.of());

    private final Strategy strategy = EvalFixtures.strategy(List.of(element("1", null, ElementKind.PRIORITY_AREA, "1"),
            element("1.1", "1", ElementKind.MEASURE, "1")), List.of(), List.of(p1, p2, p3));

    private final ProjectsEvaluation projects = new StandardEvaluator().evaluate(strategy, List.of(), LocalDate.of(2024, 9, 30)).projects();

    @Test
    void plannedAndActualByYearAndSource() {
        // (2023, OWN): 1000 + 500 planned, 800 + 500 spent; (2023, EU): 3000 / 3000; (2024, OWN): 2000 planned,
        // spending not knowable on 2024-09-30 (the year has not ended): null.
        assertThat(projects.budget()).extracting(r -> r.year() + " " + r.source() + " " + r.planned() + " " + r.actual())
                .containsExactly("2023 OWN 1500 1300", "2023 EU 3000 3000", "2024 OWN 2000 null");
        assertThat(projects.budget()).allSatisfy(r -> assertThat(r.currency().getCurrencyCode()).isEqualTo("CZK"));
    }

    @Test
    void absorptionIsActualOverPlanned() {
        // total 6500 planned, 4300 spent → 4300/6500 = 0.6615385; P1 3800/6000 = 0.6333333; P2 500/500 = 1; P3 none.
        assertThat(projects.plannedTotal()).isEqualByComparingTo("6500");
        assertThat(projects.actualTotal()).isEqualByComparingTo("4300");
        assertThat(projects.absorption()).isCloseTo(0.6615385, within(1e-7));
        assertThat(projects.projects().get(0).absorption()).isCloseTo(0.6333333, within(1e-7));
        assertThat(projects.projects().get(1).absorption()).isEqualTo(1.0);
        assertThat(projects.projects().get(2).absorption()).isNull();
    }

    @Test
    void slippageOfLateProjects() {
        // P1 planned to end 2024-06-30 and still running on 2024-09-30: late by 31 + 31 + 30 = 92 days so far.
        // P2 ended 2023-12-15 instead of 2023-10-31: 30 + 15 = 45 days. P3 has no planned end: unknown.
        assertThat(projects.projects()).extracting(ProjectEvaluation::slippageDays).containsExactly(92L, 45L, null);
    }

    @Test
    void countsByStatus() {
        assertThat(projects.countsByStatus()).containsOnly(java.util.Map.entry(ProjectStatus.IN_PROGRESS, 1),
                java.util.Map.entry(ProjectStatus.COMPLETED, 1), java.util.Map.entry(ProjectStatus.IDEA, 1));
    }

    @Test
    void severalCurrenciesLeaveTheTotalsOpen() {
        Project eur = new Project("P4", "Interreg", null, List.of("1.1"), ProjectStatus.PREPARED, null, null,
                List.of(new BudgetLine(2024, FinancingSource.EU, Money.of("100", "EUR"), null)), null, List.of());
        ProjectsEvaluation mixed = new StandardEvaluator().evaluate(strategy.withProjects(List.of(p1, eur)), List.of(),
                LocalDate.of(2024, 9, 30)).projects();

        assertThat(mixed.plannedTotal()).isNull();
        assertThat(mixed.absorption()).isNull();
        assertThat(mixed.budget()).extracting(r -> r.currency().getCurrencyCode()).contains("CZK", "EUR");
        // per currency, never null: CZK as P1 alone (6000 planned, 2023's 4000 due, 3800 spent); EUR 100 planned in
        // 2024, nothing due on 2024-09-30, nothing spent, no absorption against the plan due.
        assertThat(mixed.totals()).extracting(t -> t.currency().getCurrencyCode() + " " + t.planned() + " " + t.plannedDue() + " " + t.actual())
                .containsExactly("CZK 6000 4000 3800", "EUR 100 0 0");
        assertThat(mixed.totals().get(0).absorptionDue()).isCloseTo(0.95, within(1e-12));
        assertThat(mixed.totals().get(1).absorptionDue()).isNull();
        assertThat(mixed.totals().get(1).absorptionTotal()).isEqualTo(0.0);
    }

    /**
     * Budgets as of a date (issue 12.5). P1 and P2 above; actual amounts are also recorded for 2024 (P1 2024 OWN
     * 1900, entered in the file although the year is running). As of 2023-12-31 2023 has ended: planned due 1000 +
     * 3000 + 500 = 4500, spent 800 + 3000 + 500 = 4300 → 4300/4500 = 0.9555556 of the plan due, 4300/6500 =
     * 0.6615385 of the whole plan; 2024's 1900 is not counted. As of 2023-06-30 nothing has ended: due 0, spent 0.
     * As of 2025-01-01: due 6500, spent 4300 + 1900 = 6200 → 0.9538462 of both.
     */
    @Test
    void spendingCountsOnlyOnceItsYearHasEndedAndIsComparedWithThePlanDue() {
        Project p1With2024 = new Project("P1", "Cyklostezka", null, List.of("1.1"), ProjectStatus.IN_PROGRESS, p1.planned(), p1.actual(),
                List.of(line(2023, FinancingSource.OWN, "1000", "800"), line(2023, FinancingSource.EU, "3000", "3000"),
                        line(2024, FinancingSource.OWN, "2000", "1900")), null, List.of());
        Strategy s = strategy.withProjects(List.of(p1With2024, p2));

        BudgetTotals end2023 = totals(s, LocalDate.of(2023, 12, 31));
        BudgetTotals mid2023 = totals(s, LocalDate.of(2023, 6, 30));
        BudgetTotals jan2025 = totals(s, LocalDate.of(2025, 1, 1));

        assertThat(List.of(end2023.planned(), end2023.plannedDue(), end2023.actual())).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("6500"), new java.math.BigDecimal("4500"), new java.math.BigDecimal("4300"));
        assertThat(end2023.absorptionDue()).isCloseTo(0.9555556, within(1e-7));
        assertThat(end2023.absorptionTotal()).isCloseTo(0.6615385, within(1e-7));
        assertThat(mid2023.plannedDue()).isEqualByComparingTo("0");
        assertThat(mid2023.actual()).isEqualByComparingTo("0");
        assertThat(mid2023.absorptionDue()).isNull();
        assertThat(jan2025.actual()).isEqualByComparingTo("6200");
        assertThat(jan2025.absorptionDue()).isCloseTo(0.9538462, within(1e-7));
        // the project's own actual as of 2023-12-31 leaves out its 2024 spending: 3800 of 6000
        ProjectsEvaluation pe = new StandardEvaluator().evaluate(s, List.of(), LocalDate.of(2023, 12, 31)).projects();
        assertThat(pe.projects().get(0).actual()).isEqualByComparingTo("3800");
        assertThat(pe.actualTotal()).isEqualByComparingTo("4300");
    }

    private static BudgetTotals totals(Strategy s, LocalDate asOf) {
        List<BudgetTotals> t = new StandardEvaluator().evaluate(s, List.of(), asOf).projects().totals();
        assertThat(t).hasSize(1);
        return t.get(0);
    }
}
