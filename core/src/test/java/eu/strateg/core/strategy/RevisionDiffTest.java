package eu.strateg.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.Fixtures;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.RevisionDiff.Change;
import eu.strateg.core.strategy.RevisionDiff.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private final Strategy before = Fixtures.valid();

    @Test
    void identicalRevisionsHaveNoChangesAndNumbersCompareByValue() {
        Indicator same = before.indicators().get(0).withTarget(Target.of(new BigDecimal("10.00"), 2030));

        assertThat(RevisionDiff.between(before, before.withIndicators(List.of(same)).withRevision(7))).isEmpty();
    }

    @Test
    void namesAChangedTargetMilestoneAndWeightWithOldAndNewValues() {
        Indicator i = before.indicators().get(0).withTarget(Target.of(BigDecimal.valueOf(12), 2030))
                .withMilestones(List.of(Milestone.of(2025, "5"))).withWeight(BigDecimal.valueOf(2));

        List<Change> changes = RevisionDiff.between(before, before.withIndicators(List.of(i)));

        assertThat(changes).containsExactly(
                new Change(Kind.CHANGED, "indicators[I1].target", "10 by 2030", "12 by 2030"),
                new Change(Kind.CHANGED, "indicators[I1].weight", "1", "2"),
                new Change(Kind.ADDED, "indicators[I1].milestones[2025]", null, "5"));
    }

    @Test
    void namesAddedAndRemovedElementsAndProjectsAndChangedBudgetLines() {
        Element added = Element.of("1.1.2", "1.1", ElementKind.MEASURE, "Chodníky").withDetails(null, "Odbor dopravy");
        Project p = before.projects().get(0);
        Project changedBudget = new Project(p.code(), p.title(), p.description(), p.measureCodes(), p.status(), p.planned(), p.actual(),
                List.of(new BudgetLine(2024, FinancingSource.OWN, Money.of("1500", "CZK"), Money.of("900", "CZK"))), p.responsible(),
                p.indicatorCodes());
        Project newProject = Fixtures.project("P2", "1.1.2");
        Strategy after = before.withContent(List.of(before.elements().get(0), before.elements().get(1), before.elements().get(2), added),
                before.indicators(), List.of(changedBudget, newProject));

        List<Change> changes = RevisionDiff.between(before, after);

        assertThat(changes).containsExactly(
                new Change(Kind.CHANGED, "projects[P1].budget[2024 OWN].planned", "1000 CZK", "1500 CZK"),
                new Change(Kind.CHANGED, "projects[P1].budget[2024 OWN].actual", null, "900 CZK"),
                new Change(Kind.ADDED, "elements[1.1.2]", null, "title Chodníky; kind MEASURE; parent 1.1; weight 1; "
                        + "responsible Odbor dopravy"),
                new Change(Kind.ADDED, "projects[P2]", null, "title Project P2; status PREPARED; measures 1.1.2; "
                        + "responsible Odbor rozvoje"),
                new Change(Kind.ADDED, "projects[P2].budget[2024 OWN]", null, "planned 1000 CZK"));
        assertThat(RevisionDiff.between(after, before)).filteredOn(c -> c.kind() == Kind.REMOVED)
                .extracting(Change::path).containsExactly("elements[1.1.2]", "projects[P2]", "projects[P2].budget[2024 OWN]");
    }
}
