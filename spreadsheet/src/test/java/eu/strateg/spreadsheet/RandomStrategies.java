package eu.strateg.spreadsheet;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random strategies: the small town of the testkit with random measures, indicators and projects added. */
final class RandomStrategies {

    private static final String LETTERS = "abcčdďeéěfghiíjklmnňoóprřsštťuúůvyýzžąćęłńśźżABCČŘŠŽŁŚŹŻ  ,;.-–\"'=+@%&/";
    private static final String[] CURRENCIES = {"CZK", "PLN", "EUR"};

    private final Random random;

    RandomStrategies(long seed) {
        this.random = new Random(seed);
    }

    Strategy next() {
        Strategy base = ExampleStrategies.smallTown("random-" + random.nextInt(1000));
        List<Element> elements = new ArrayList<>(base.elements());
        List<Indicator> indicators = new ArrayList<>(base.indicators());
        List<Project> projects = new ArrayList<>(base.projects());
        int measures = random.nextInt(5);
        for (int m = 1; m <= measures; m++) {
            String code = "1.1." + (m + 1);
            String ind = "R-" + m;
            elements.add(Element.of(code, "1.1", ElementKind.MEASURE, text(40)).withDetails(random.nextBoolean() ? text(80) : null,
                    random.nextBoolean() ? text(20) : null).withWeight(decimal(1, 3).add(BigDecimal.ONE)).withIndicators(List.of(ind))
                    .withLinks(random.nextBoolean() ? List.of(Link.sdg("11." + (1 + random.nextInt(7)), text(15))) : List.of()));
            indicators.add(indicator(ind));
            projects.add(project("RP-" + m, code));
        }
        return base.withContent(elements, indicators, projects).withTitle(text(60)).withVision(random.nextBoolean() ? text(100) : null);
    }

    private Indicator indicator(String code) {
        BigDecimal base = decimal(3, 4);
        BigDecimal target = base.add(decimal(3, 2)).add(BigDecimal.ONE);
        List<Milestone> milestones = new ArrayList<>();
        if (random.nextBoolean()) {
            milestones.add(new Milestone(2023 + random.nextInt(3), base.add(target).divide(BigDecimal.valueOf(2))));
        }
        return Indicator.of(code, text(30), text(5), IndicatorType.values()[random.nextInt(3)], Direction.INCREASE,
                        Periodicity.values()[random.nextInt(4)])
                .withBaseline(Baseline.of(Period.year(2019 + random.nextInt(2)), base))
                .withTarget(Target.of(target, 2030))
                .withMilestones(milestones);
    }

    private Project project(String code, String measure) {
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        List<BudgetLine> lines = new ArrayList<>();
        for (int y = 2021 + random.nextInt(3), n = random.nextInt(3); n > 0; n--, y++) {
            BigDecimal planned = decimal(7, 2);
            lines.add(new BudgetLine(y, FinancingSource.values()[random.nextInt(4)], new Money(planned, java.util.Currency.getInstance(currency)),
                    random.nextBoolean() ? new Money(decimal(6, 2), java.util.Currency.getInstance(currency)) : null));
        }
        LocalDate start = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
        return new Project(code, text(50), random.nextBoolean() ? text(70) : null, List.of(measure),
                ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)],
                Schedule.of(start, random.nextBoolean() ? start.plusDays(random.nextInt(700)) : null), null, lines,
                random.nextBoolean() ? text(20) : null, List.of());
    }

    /** A non-negative decimal with up to {@code digits} integer digits and exactly {@code scale} decimals, e.g. 0.10 or 12.345. */
    private BigDecimal decimal(int digits, int scale) {
        long unscaled = (long) (random.nextDouble() * Math.pow(10, digits + scale));
        return BigDecimal.valueOf(unscaled, random.nextInt(scale + 1));
    }

    /** Text with Czech and Polish letters, punctuation and the characters a spreadsheet could take for a formula. */
    private String text(int max) {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + random.nextInt(26)));
        for (int n = random.nextInt(max); n > 0; n--) {
            s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        if (random.nextInt(5) == 0) {
            s.setCharAt(0, "=+-@".charAt(random.nextInt(4)));
        }
        return s.toString().strip();
    }
}
