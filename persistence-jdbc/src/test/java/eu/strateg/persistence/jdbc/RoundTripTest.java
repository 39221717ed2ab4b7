package eu.strateg.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.TestDatabases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What goes in comes out: exact decimals with their scale, any Unicode, and text that looks like SQL, verbatim. */
class RoundTripTest {

    private static final String SQL_LIKE = "Robert'); DROP TABLE strategy; -- \"quoted\" \\ backslash $$ dollar $1 ?";
    private static final String UNICODE = "Žďár nad Sázavou – Łódź „źródło“ ß 😀 中文\n\tdruhý řádek";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStrategyWithTrickyDecimalsAndTextsLoadsEqual(Engine engine) {
        try (TestDatabases.Opened db = TestDatabases.open(engine)) {
            Strategy tricky = tricky(ExampleStrategies.smallTown());

            Strategy saved = db.jdbc().strategies().save(tricky, 0);

            assertThat(db.jdbc().strategies().find(saved.id())).contains(tricky.withRevision(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void observationValuesKeepTheirScaleAndTextsStayVerbatim(Engine engine) {
        try (TestDatabases.Opened db = TestDatabases.open(engine)) {
            db.jdbc().strategies().save(ExampleStrategies.smallTown(), 0);
            Instant at = Instant.parse("2024-05-01T12:34:56.123456Z");
            Map<String, String> odd = new TreeMap<>(Map.of("a=b", "x, y", "k{}", "v\\w", "obec", UNICODE));
            List<Observation> batch = new ArrayList<>();
            String[] values = {"1E+3", "1.0E+10", "-0.000", "0.10", "123456789012345678.12345678901234567890"};
            for (int i = 0; i < values.length; i++) {
                batch.add(new Observation("CYC-KM", Period.year(2020 + i), new BigDecimal(values[i]), null, ObservationStatus.FINAL,
                        SQL_LIKE, UNICODE, at));
            }
            batch.add(new Observation("CYC-KM", Period.parse("2024-Q3"), new BigDecimal("7.50"), new TreeMap<>(odd),
                    ObservationStatus.PROVISIONAL, null, SQL_LIKE, at));

            db.jdbc().observations().upsert(ExampleStrategies.smallTown().id(), batch);

            List<Observation> found = db.jdbc().observations().find(ObservationQuery.all(ExampleStrategies.smallTown().id()));
            assertThat(found).containsExactlyInAnyOrderElementsOf(batch);
            assertThat(found).extracting(o -> o.value().toString())
                    .contains("1E+3", "1.0E+10", "0.000", "0.10", "123456789012345678.12345678901234567890");
            assertThat(db.jdbc().observations().history(ExampleStrategies.smallTown().id(), batch.get(5).seriesKey(),
                    Period.parse("2024-Q3"))).containsExactly(batch.get(5));
        }
    }

    private static Strategy tricky(Strategy base) {
        List<Element> elements = new ArrayList<>();
        for (Element e : base.elements()) {
            elements.add(e.code().equals("1.1")
                    ? e.withWeight(new BigDecimal("2.50")).withDetails(SQL_LIKE, UNICODE)
                            .withLinks(List.of(new Link("cz-nsi", "11.2 'x'", UNICODE), Link.sdg("11.2", SQL_LIKE)))
                    : e);
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : base.indicators()) {
            indicators.add(i.code().equals("CYC-KM")
                    ? i.withBaseline(Baseline.of(Period.parse("2020-H2"), new BigDecimal("1E+3")))
                            .withTarget(Target.of(new BigDecimal("1.50E+4"), 2030))
                            .withMilestones(List.of(new Milestone(2025, new BigDecimal("0.10")), new Milestone(2027, new BigDecimal("-0"))))
                            .withNaturalLimit(new BigDecimal("1.0E+10")).withWeight(new BigDecimal("0.333333"))
                            .withDetails(UNICODE, SQL_LIKE, UNICODE, 3).withFormula(null)
                    : i);
        }
        List<Project> projects = new ArrayList<>();
        for (Project p : base.projects()) {
            List<BudgetLine> budget = new ArrayList<>(p.budget());
            budget.add(new BudgetLine(2025, FinancingSource.STATE, Money.of("100.00", "CZK"), Money.of("0.0", "CZK")));
            projects.add(new Project(p.code(), UNICODE, SQL_LIKE, p.measureCodes(), p.status(), p.planned(), p.actual(), budget,
                    SQL_LIKE, p.indicatorCodes()));
        }
        return base.withTitle(SQL_LIKE).withVision(UNICODE).withContent(elements, indicators, projects);
    }
}
