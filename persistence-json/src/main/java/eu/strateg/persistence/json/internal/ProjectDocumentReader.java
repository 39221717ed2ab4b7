package eu.strateg.persistence.json.internal;

import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Maps the {@code projects} of a strategy document (the project stack with budgets) to {@link Project}s. */
final class ProjectDocumentReader {

    private ProjectDocumentReader() {
    }

    static Project project(Fields f, Problems p) {
        int before = p.size();
        String code = f.text("code");
        String title = f.text("title");
        String description = f.optText("description");
        List<String> measures = f.strings("measures");
        ProjectStatus status = f.enumValue("status", ProjectStatus.class);
        Schedule planned = schedule(f.optObject("planned"), p);
        Schedule actual = schedule(f.optObject("actual"), p);
        List<BudgetLine> budget = StrategyDocumentReader.list(f, "budget", p, ProjectDocumentReader::budgetLine);
        String responsible = f.optText("responsible");
        List<String> indicators = f.strings("indicators");
        f.finish();
        return StrategyDocumentReader.build(p, before, f.path(),
                () -> new Project(code, title, description, measures, status, planned, actual, budget, responsible, indicators));
    }

    private static Schedule schedule(Fields f, Problems p) {
        if (f == null) {
            return null;
        }
        int before = p.size();
        LocalDate start = f.optDate("start");
        LocalDate end = f.optDate("end");
        f.finish();
        return StrategyDocumentReader.build(p, before, f.path(), () -> Schedule.of(start, end));
    }

    private static BudgetLine budgetLine(Fields f, Problems p) {
        int before = p.size();
        Integer year = f.integer("year", 1900, 2200);
        FinancingSource source = f.enumValue("source", FinancingSource.class);
        Money planned = money(f.object("planned"), p);
        Fields af = f.optObject("actual");
        Money actual = af == null ? null : money(af, p);
        f.finish();
        return StrategyDocumentReader.build(p, before, f.path(), () -> new BudgetLine(year, source, planned, actual));
    }

    private static Money money(Fields f, Problems p) {
        if (f == null) {
            return null;
        }
        int before = p.size();
        BigDecimal amount = f.decimal("amount");
        String code = f.text("currency");
        Currency currency = null;
        if (code != null) {
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                p.add(f.path("currency"), "'%s' is not an ISO 4217 currency code (e.g. CZK, PLN, EUR)", Check.printable(code));
            }
        }
        f.finish();
        Currency c = currency;
        return StrategyDocumentReader.build(p, before, f.path(), () -> Money.of(amount, c));
    }
}
