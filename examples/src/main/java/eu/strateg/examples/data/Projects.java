package eu.strateg.examples.data;

import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A terse way to write the example projects of a project stack, one chain per project. */
final class Projects {

    private final String code;
    private final String title;
    private final String currency;
    private String description;
    private List<String> measures = List.of();
    private ProjectStatus status = ProjectStatus.IDEA;
    private Schedule planned = Schedule.UNKNOWN;
    private Schedule actual = Schedule.UNKNOWN;
    private final List<BudgetLine> budget = new ArrayList<>();
    private String responsible;
    private List<String> indicators = List.of();

    private Projects(String code, String title, String currency) {
        this.code = code;
        this.title = title;
        this.currency = currency;
    }

    static Projects of(String code, String title, String currency) {
        return new Projects(code, title, currency);
    }

    Projects description(String text) {
        this.description = text;
        return this;
    }

    Projects measures(String... codes) {
        this.measures = List.of(codes);
        return this;
    }

    Projects status(ProjectStatus s) {
        this.status = s;
        return this;
    }

    /** Planned start and end, ISO dates; null for unknown. */
    Projects planned(String start, String end) {
        this.planned = Schedule.of(date(start), date(end));
        return this;
    }

    /** Actual start and end as far as known, ISO dates; null for unknown (a running project has no end yet). */
    Projects actual(String start, String end) {
        this.actual = Schedule.of(date(start), date(end));
        return this;
    }

    /** A budget line; {@code actual} null while the money has not been spent or accounted. */
    Projects line(int year, FinancingSource source, String planned, String actual) {
        budget.add(new BudgetLine(year, source, Money.of(planned, currency), actual == null ? null : Money.of(actual, currency)));
        return this;
    }

    Projects responsible(String who) {
        this.responsible = who;
        return this;
    }

    Projects indicators(String... codes) {
        this.indicators = List.of(codes);
        return this;
    }

    Project build() {
        return new Project(code, title, description, measures, status, planned, actual, budget, responsible, indicators);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
