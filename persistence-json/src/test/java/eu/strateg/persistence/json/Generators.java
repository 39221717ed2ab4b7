package eu.strateg.persistence.json;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import eu.strateg.testkit.property.Gen;

/**
 * Random valid strategies and observations: every part of the model, trees up to eleven levels deep, unicode (Czech,
 * Polish, emoji, CJK, right-to-left, combining marks, quotes, commas, line breaks) in every text, and decimals such
 * as 0.1, 0.10, 1E-7, 1E+3 and 123456789012.345678.
 */
final class Generators {

    private static final String[] SPECIAL_DECIMALS = {"0.1", "0.10", "1E-7", "0.0000001", "123456789012.345678", "0", "0.00", "-0.5",
        "1E+3", "2.50", "99999999999999999.999999999", "-123456789012.345678"};
    private static final String CHARS = "aZ09 ,;\"'\\/{}[]:#=+-@ěščřžýáíéůúťďňĚŠČŘŽÝÁÍÉŮÚŤĎŇąćęłńóśźżĄĆĘŁŃÓŚŹŻ„“–…\u00a0\u05d0\u0301\n\t\r";
    private static final int MAX_TREE_DEPTH = 11;

    private Generators() {
    }

    static Gen<Strategy> strategies() {
        return Generators::strategy;
    }

    static Gen<List<Observation>> observationLists() {
        return (r -> {
            List<Observation> out = new ArrayList<>();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) {
                out.add(observation(r));
            }
            return out;
        });
    }

    static Strategy strategy(Random r) {
        int from = 1990 + r.nextInt(100);
        StrategyPeriod period = StrategyPeriod.of(from, from + r.nextInt(16));
        List<Indicator> indicators = new ArrayList<>();
        int ni = r.nextInt(9);
        for (int i = 0; i < ni; i++) {
            indicators.add(indicator(r, "IND_" + i, period, i >= 2 && r.nextInt(5) == 0));
        }
        List<String> codes = indicators.stream().map(Indicator::code).toList();
        List<Element> elements = elements(r, codes);
        List<String> measures = elements.stream().filter(e -> e.kind() == ElementKind.MEASURE).map(Element::code).toList();
        List<Project> projects = new ArrayList<>();
        int np = measures.isEmpty() ? 0 : r.nextInt(5);
        for (int i = 0; i < np; i++) {
            projects.add(project(r, "P-" + i, measures, codes));
        }
        List<String> levelNames = new ArrayList<>();
        int nl = r.nextInt(6);
        for (int i = 0; i < nl; i++) {
            levelNames.add(text(r));
        }
        return new Strategy(StrategyId.of("s-" + r.nextInt(10_000)), r.nextInt(3) == 0 ? 0 : r.nextInt(1000), territory(r), text(r),
                pick(r, StrategyKind.values()), period, lifecycle(r), levelNames, optText(r), elements, indicators, projects);
    }

    private static Territory territory(Random r) {
        TerritoryCode[] codes = {TerritoryCode.of(CodeScheme.CZ_ZUJ, "586307"), TerritoryCode.of(CodeScheme.PL_TERYT, "1219043"),
            TerritoryCode.of(CodeScheme.NUTS, "CZ064"), TerritoryCode.of(CodeScheme.LAU, "CZ0645"), TerritoryCode.of(CodeScheme.PL_TERYT, "12")};
        TerritoryCode code = pick(r, codes);
        TerritoryCode parent = r.nextBoolean() ? null : pick(r, codes);
        return new Territory(code, text(r), pick(r, TerritoryLevel.values()), code.equals(parent) ? null : parent);
    }

    private static Lifecycle lifecycle(Random r) {
        LifecycleState state = pick(r, LifecycleState.values());
        LocalDate adopted = date(r);
        return switch (state) {
            case DRAFT -> r.nextBoolean() ? null : Lifecycle.DRAFT;
            case ADOPTED -> Lifecycle.adopted(adopted, text(r));
            case ARCHIVED -> r.nextBoolean() ? Lifecycle.adopted(adopted, text(r)).archived(adopted.plusDays(r.nextInt(4000)))
                    : new Lifecycle(LifecycleState.ARCHIVED, null, optText(r), adopted);
        };
    }

    private static List<Element> elements(Random r, List<String> indicatorCodes) {
        List<Element> out = new ArrayList<>();
        List<Integer> depth = new ArrayList<>();
        int n = r.nextInt(26);
        boolean deep = r.nextInt(4) == 0;
        int topLevel = 0;
        for (int i = 0; i < n; i++) {
            int parentIndex = deep && i > 0 && depth.get(i - 1) < MAX_TREE_DEPTH ? i - 1 : r.nextInt(i + 1) - 1;
            if (parentIndex >= 0 && depth.get(parentIndex) >= MAX_TREE_DEPTH) {
                parentIndex = -1;
            }
            Element parent = parentIndex < 0 ? null : out.get(parentIndex);
            int minKind = parent == null ? 0 : parent.kind().ordinal();
            ElementKind kind = ElementKind.values()[minKind + r.nextInt(ElementKind.values().length - minKind)];
            String code = parent == null ? String.valueOf(++topLevel) : parent.code() + "." + (i + 1);
            out.add(new Element(code, parent == null ? null : parent.code(), kind, text(r), optText(r), optText(r),
                    r.nextBoolean() ? null : positive(r), subset(r, indicatorCodes), links(r)));
            depth.add(parent == null ? 1 : depth.get(parentIndex) + 1);
        }
        return out;
    }

    private static List<Link> links(Random r) {
        List<Link> out = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            out.add(new Link(pick(r, new String[] {"sdg", "cz-nsi", "strategy:jihomoravsky-kraj-2030"}), text(r), optText(r)));
        }
        return out;
    }

    private static Indicator indicator(Random r, String code, StrategyPeriod period, boolean computed) {
        Direction direction = pick(r, Direction.values());
        // a yes/no indicator's baseline and target are 1 or 0 (core's plausibility rules)
        boolean yesNo = direction == Direction.QUALITATIVE;
        Baseline baseline = r.nextInt(4) == 0 ? null
                : new Baseline(period(r, period.fromYear() - 5, period.fromYear()), yesNo ? yesOrNo(r) : decimal(r));
        Target target = null;
        int baseYear = baseline == null ? period.fromYear() - 5 : baseline.period().year();
        if (direction != Direction.NONE && r.nextInt(4) != 0) {
            int year = baseYear + r.nextInt(period.toYear() + 10 - baseYear + 1);
            BigDecimal low = yesNo ? yesOrNo(r) : decimal(r);
            target = new Target(low, direction == Direction.RANGE ? low.add(decimal(r).abs()) : null, year);
        }
        List<Milestone> milestones = new ArrayList<>();
        if (target != null) {
            for (int y = baseYear + 1; y <= target.year(); y += 1 + r.nextInt(4)) {
                if (r.nextInt(3) == 0) {
                    milestones.add(new Milestone(y, decimal(r)));
                }
            }
        }
        String formula = computed ? "IND_0 / IND_1 * 1000" : null;
        return new Indicator(code, text(r), optText(r), text(r), pick(r, IndicatorType.values()), direction,
                pick(r, Periodicity.values()), baseline, target, milestones, r.nextBoolean() ? null : limit(r, baseline, target, milestones),
                r.nextBoolean() ? null : pick(r, new String[] {"linear", "open-sdg", "eurostat"}), r.nextInt(11), optText(r), formula,
                optText(r), r.nextBoolean() ? null : positive(r));
    }

    /** A natural limit at or above every value of the indicator (plausibility: nothing above its limit). */
    private static BigDecimal limit(Random r, Baseline baseline, Target target, List<Milestone> milestones) {
        BigDecimal limit = decimal(r);
        List<BigDecimal> values = new ArrayList<>();
        if (baseline != null) {
            values.add(baseline.value());
        }
        if (target != null) {
            values.add(target.value());
            if (target.high() != null) {
                values.add(target.high());
            }
        }
        milestones.forEach(m -> values.add(m.value()));
        for (BigDecimal v : values) {
            limit = limit.max(v);
        }
        return limit;
    }

    private static Project project(Random r, String code, List<String> measures, List<String> indicatorCodes) {
        List<String> implemented = subset(r, measures);
        if (implemented.isEmpty()) {
            implemented = List.of(measures.get(0));
        }
        List<BudgetLine> budget = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            Currency c = Currency.getInstance(pick(r, new String[] {"CZK", "PLN", "EUR"}));
            budget.add(new BudgetLine(1900 + r.nextInt(301), pick(r, FinancingSource.values()), Money.of(decimal(r).abs(), c),
                    r.nextBoolean() ? null : Money.of(decimal(r).abs(), c)));
        }
        return new Project(code, text(r), optText(r), implemented, pick(r, ProjectStatus.values()), schedule(r), schedule(r), budget,
                optText(r), subset(r, indicatorCodes));
    }

    private static Schedule schedule(Random r) {
        LocalDate start = r.nextBoolean() ? null : date(r);
        LocalDate end = r.nextBoolean() ? null : (start == null ? date(r) : start.plusDays(r.nextInt(2000)));
        return r.nextInt(4) == 0 ? null : Schedule.of(start, end);
    }

    static Observation observation(Random r) {
        TreeMap<String, String> dis = new TreeMap<>();
        int nd = r.nextInt(3);
        for (int i = 0; i < nd; i++) {
            dis.put(r.nextBoolean() ? pick(r, new String[] {"district", "sex", "věková skupina"}) : text(r), text(r));
        }
        Instant recordedAt = r.nextBoolean() ? null
                : Instant.ofEpochSecond(1_500_000_000L + r.nextInt(400_000_000), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
        return new Observation(pick(r, new String[] {"CYK-KM", "OBYV", "A.1_x"}), period(r, 1990, 2100), decimal(r), dis,
                pick(r, ObservationStatus.values()), optText(r), optText(r), recordedAt);
    }

    static Period period(Random r, int fromYear, int toYear) {
        int year = fromYear + r.nextInt(toYear - fromYear + 1);
        return switch (r.nextInt(5)) {
            case 0 -> Period.halfYear(year, 1 + r.nextInt(2));
            case 1 -> Period.quarter(year, 1 + r.nextInt(4));
            case 2 -> Period.month(year, 1 + r.nextInt(12));
            case 3 -> Period.day(LocalDate.of(year, 1, 1).plusDays(r.nextInt(365)));
            default -> Period.year(year);
        };
    }

    static BigDecimal decimal(Random r) {
        if (r.nextInt(3) == 0) {
            return new BigDecimal(pick(r, SPECIAL_DECIMALS));
        }
        // below 10^17 in magnitude (core takes numbers below 10^18; the high end of a range adds two of them)
        BigDecimal d;
        do {
            d = new BigDecimal(BigInteger.valueOf(r.nextLong() >> r.nextInt(64)), r.nextInt(16) - 3);
        } while (d.signum() != 0 && d.precision() - d.scale() > 17);
        return d;
    }

    /** A weight: 0.000001 to 1,000,000 with at most six decimal places (core's bounds). */
    private static BigDecimal positive(Random r) {
        if (r.nextInt(4) == 0) {
            return new BigDecimal(pick(r, new String[] {"0.000001", "1000000", "0.5", "2", "1.50"}));
        }
        return BigDecimal.valueOf(1 + r.nextInt(1_000_000_000), r.nextInt(7)).min(new BigDecimal(1_000_000));
    }

    private static BigDecimal yesOrNo(Random r) {
        return r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(40_000));
    }

    /** A non-blank text of 1–30 code points from many scripts, with quotes, separators and line breaks. */
    static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(10)) {
                case 0 -> sb.appendCodePoint(0x1F600 + r.nextInt(0x50));
                case 1 -> sb.appendCodePoint(0x4E00 + r.nextInt(0x100));
                default -> sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
            }
        }
        if (sb.toString().isBlank()) {
            sb.append('x');
        }
        return sb.toString();
    }

    private static String optText(Random r) {
        return r.nextInt(3) == 0 ? null : text(r);
    }

    private static List<String> subset(Random r, List<String> codes) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        int n = codes.isEmpty() ? 0 : r.nextInt(Math.min(4, codes.size() + 1));
        for (int i = 0; i < n; i++) {
            out.add(codes.get(r.nextInt(codes.size())));
        }
        return new ArrayList<>(out);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
