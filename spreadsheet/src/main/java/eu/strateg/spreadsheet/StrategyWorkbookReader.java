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
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads a {@link StrategyWorkbook}: each sheet's rows into the core's records, every problem named by its cell. */
final class StrategyWorkbookReader {

    private static final Pattern ITEM = Pattern.compile("(elements|indicators|projects)\\[([^\\]]*)\\](?:\\.([A-Za-z]+))?.*");

    private final CellProblems problems = new CellProblems();
    /** The cell of each item's code, for the problems the whole strategy finds: {@code elements[1.2]} → {@code Elements!A3}. */
    private final Map<String, String> cellOf = new HashMap<>();
    private final Map<String, List<Link>> links = new LinkedHashMap<>();
    private final Map<String, List<Milestone>> milestones = new LinkedHashMap<>();
    private final Map<String, List<BudgetLine>> budget = new LinkedHashMap<>();

    private StrategyWorkbookReader() {
    }

    static Strategy read(InputStream in) {
        return new StrategyWorkbookReader().readAll(in);
    }

    private Strategy readAll(InputStream in) {
        Strategy result = null;
        try (ReadableWorkbook wb = SheetRows.open(in)) {
            SheetRows head = SheetRows.of(wb, problems, StrategyWorkbook.STRATEGY);
            SheetRows el = SheetRows.of(wb, problems, StrategyWorkbook.ELEMENTS);
            SheetRows li = SheetRows.of(wb, problems, StrategyWorkbook.LINKS);
            SheetRows in2 = SheetRows.of(wb, problems, StrategyWorkbook.INDICATORS);
            SheetRows mi = SheetRows.of(wb, problems, StrategyWorkbook.MILESTONES);
            SheetRows pr = SheetRows.of(wb, problems, StrategyWorkbook.PROJECTS);
            SheetRows bu = SheetRows.of(wb, problems, StrategyWorkbook.BUDGET);
            if (problems.isEmpty()) {
                readLinks(li);
                readMilestones(mi);
                readBudget(bu);
                List<Element> elements = rows(el, this::element);
                List<Indicator> indicators = rows(in2, this::indicator);
                List<Project> projects = rows(pr, this::project);
                result = strategy(head, elements, indicators, projects);
            }
        } catch (IOException e) {
            problems.add("", "cannot be read as an XLSX workbook: " + Check.printable(String.valueOf(e.getMessage())));
        }
        problems.throwIfAny();
        return result;
    }

    private interface RowReader<T> {
        T read(SheetRows s, Row r);
    }

    private <T> List<T> rows(SheetRows s, RowReader<T> reader) {
        List<T> out = new ArrayList<>();
        for (Row r : s.data()) {
            T t = reader.read(s, r);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Builds one row's object; a constructor's problems are named by the row's first cell. */
    private <T> T build(SheetRows s, Row r, long before, Supplier<T> factory) {
        if (problemsSince(before)) {
            return null;
        }
        try {
            return factory.get();
        } catch (ValidationException e) {
            problems.addAll(s.where(r, 0), e);
            return null;
        }
    }

    private boolean problemsSince(long before) {
        return problems.total() > before;
    }

    private long count() {
        return problems.total();
    }

    private Element element(SheetRows s, Row r) {
        long before = count();
        String code = s.required(r, 0, "the element's code");
        cellOf.put("elements[" + code + "]", s.where(r, 0));
        String parent = s.text(r, 1);
        ElementKind kind = s.choice(r, 2, ElementKind.class);
        String title = s.text(r, 3);
        String description = s.text(r, 4);
        String responsible = s.text(r, 5);
        BigDecimal weight = s.number(r, 6);
        List<String> indicators = s.list(r, 7);
        return build(s, r, before, () -> new Element(code, parent, kind, title, description, responsible, weight, indicators,
                links.getOrDefault(code, List.of())));
    }

    private void readLinks(SheetRows s) {
        for (Row r : s.data()) {
            long before = count();
            String element = s.required(r, 0, "the element's code");
            String scheme = s.text(r, 1);
            String code = s.text(r, 2);
            String label = s.text(r, 3);
            Link l = build(s, r, before, () -> new Link(scheme, code, label));
            if (l != null) {
                links.computeIfAbsent(element, k -> new ArrayList<>()).add(l);
            }
        }
    }

    private void readMilestones(SheetRows s) {
        for (Row r : s.data()) {
            long before = count();
            String indicator = s.required(r, 0, "the indicator's code");
            Integer year = s.integer(r, 1);
            BigDecimal value = s.number(r, 2);
            if (year == null) {
                problems.add(s.where(r, 1), "is empty: the milestone's year is required");
            }
            Milestone m = build(s, r, before, () -> new Milestone(year, value));
            if (m != null) {
                milestones.computeIfAbsent(indicator, k -> new ArrayList<>()).add(m);
            }
        }
    }

    private void readBudget(SheetRows s) {
        for (Row r : s.data()) {
            long before = count();
            String project = s.required(r, 0, "the project's code");
            Integer year = s.integer(r, 1);
            FinancingSource source = s.choice(r, 2, FinancingSource.class);
            BigDecimal planned = s.number(r, 3);
            String currency = s.required(r, 4, "the currency (CZK, PLN, EUR)");
            BigDecimal actual = s.number(r, 5);
            if (year == null) {
                problems.add(s.where(r, 1), "is empty: the budget year is required");
            }
            java.util.Currency c = currency(s, r, currency);
            BudgetLine b = build(s, r, before, () -> new BudgetLine(year, source, planned == null ? null : new Money(planned, c),
                    actual == null ? null : new Money(actual, c)));
            if (b != null) {
                budget.computeIfAbsent(project, k -> new ArrayList<>()).add(b);
            }
        }
    }

    private java.util.Currency currency(SheetRows s, Row r, String code) {
        try {
            return code == null ? null : java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            problems.add(s.where(r, 4), "'" + Check.printable(code) + "' is not a currency code such as CZK, PLN or EUR");
            return null;
        }
    }

    private Indicator indicator(SheetRows s, Row r) {
        long before = count();
        String code = s.required(r, 0, "the indicator's code");
        cellOf.put("indicators[" + code + "]", s.where(r, 0));
        String name = s.text(r, 1);
        String description = s.text(r, 2);
        String unit = s.text(r, 3);
        IndicatorType type = s.choice(r, 4, IndicatorType.class);
        Direction direction = s.choice(r, 5, Direction.class);
        Periodicity periodicity = s.choice(r, 6, Periodicity.class);
        Period basePeriod = period(s, r, 7);
        BigDecimal baseValue = s.number(r, 8);
        BigDecimal targetValue = s.number(r, 9);
        BigDecimal targetHigh = s.number(r, 10);
        Integer targetYear = s.integer(r, 11);
        BigDecimal limit = s.number(r, 12);
        String method = s.text(r, 13);
        Integer decimals = s.integer(r, 14);
        String source = s.text(r, 15);
        String formula = s.text(r, 16);
        String responsible = s.text(r, 17);
        BigDecimal weight = s.number(r, 18);
        Baseline baseline = basePeriod == null && baseValue == null ? null : build(s, r, before, () -> new Baseline(basePeriod, baseValue));
        Target target = targetValue == null && targetYear == null ? null
                : build(s, r, before, () -> new Target(targetValue, targetHigh, targetYear == null ? 0 : targetYear));
        return build(s, r, before, () -> new Indicator(code, name, description, unit, type, direction, periodicity, baseline, target,
                milestones.getOrDefault(code, List.of()), limit, method, decimals == null ? 0 : decimals, source, formula, responsible, weight));
    }

    private Period period(SheetRows s, Row r, int col) {
        String t = s.text(r, col);
        if (t == null) {
            return null;
        }
        try {
            return Period.parse(t);
        } catch (ValidationException e) {
            problems.add(s.where(r, col), e.problems().get(0).message());
            return null;
        }
    }

    private Project project(SheetRows s, Row r) {
        long before = count();
        String code = s.required(r, 0, "the project's code");
        cellOf.put("projects[" + code + "]", s.where(r, 0));
        String title = s.text(r, 1);
        String description = s.text(r, 2);
        List<String> measures = s.list(r, 3);
        ProjectStatus status = s.choice(r, 4, ProjectStatus.class);
        var ps = s.date(r, 5);
        var pe = s.date(r, 6);
        var as = s.date(r, 7);
        var ae = s.date(r, 8);
        String responsible = s.text(r, 9);
        List<String> indicators = s.list(r, 10);
        Schedule planned = build(s, r, before, () -> new Schedule(ps, pe));
        Schedule actual = build(s, r, before, () -> new Schedule(as, ae));
        return build(s, r, before, () -> new Project(code, title, description, measures, status, planned, actual,
                budget.getOrDefault(code, List.of()), responsible, indicators));
    }

    private Strategy strategy(SheetRows s, List<Element> elements, List<Indicator> indicators, List<Project> projects) {
        Map<String, Row> byKey = new HashMap<>();
        for (Row r : s.data()) {
            String key = s.text(r, 0);
            if (key != null) {
                byKey.put(key.strip(), r);
            }
        }
        for (String f : StrategyWorkbook.STRATEGY_FIELDS) {
            if (!byKey.containsKey(f) && (f.equals("id") || f.equals("title"))) {
                problems.add(StrategyWorkbook.STRATEGY, "has no row '" + f + "' in column A");
            }
        }
        Field f = new Field(s, byKey);
        long before = count();
        String id = f.text("id");
        Integer revision = f.integer("revision");
        String title = f.text("title");
        StrategyKind kind = f.choice("kind", StrategyKind.class);
        CodeScheme scheme = f.choice("territory.scheme", CodeScheme.class);
        String code = f.text("territory.code");
        String name = f.text("territory.name");
        TerritoryLevel level = f.choice("territory.level", TerritoryLevel.class);
        String parent = f.text("territory.parent");
        Integer from = f.integer("period.fromYear");
        Integer to = f.integer("period.toYear");
        String levels = f.text("levelNames");
        String vision = f.text("vision");
        LifecycleState state = f.choice("lifecycle.state", LifecycleState.class);
        var adopted = f.date("lifecycle.adoptedOn");
        String resolution = f.text("lifecycle.resolution");
        var archived = f.date("lifecycle.archivedOn");
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            Territory territory = new Territory(new TerritoryCode(scheme, code), name, level, parent == null ? null : TerritoryCode.parse(parent));
            Lifecycle lifecycle = state == null ? Lifecycle.DRAFT : new Lifecycle(state, adopted, resolution, archived);
            List<String> levelNames = levels == null ? List.of() : Arrays.stream(levels.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            return new Strategy(id == null ? null : StrategyId.of(id), revision == null ? 0 : revision, territory, title, kind,
                    new StrategyPeriod(from == null ? 0 : from, to == null ? 0 : to), lifecycle, levelNames, vision, elements, indicators, projects);
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                problems.add(locate(p.path()), p.message());
            }
            return null;
        }
    }

    /** The cell a whole-strategy problem is about: its item's code cell, else the Strategy sheet. */
    private String locate(String path) {
        Matcher m = ITEM.matcher(path);
        if (m.matches()) {
            String cell = cellOf.get(m.group(1) + "[" + m.group(2) + "]");
            if (cell != null) {
                return cell + " (" + path + ")";
            }
        }
        return StrategyWorkbook.STRATEGY + (path.isEmpty() ? "" : " (" + path + ")");
    }

    /** The Strategy sheet: one field a row, the value in column B. */
    private static final class Field {
        private final SheetRows s;
        private final Map<String, Row> rows;

        Field(SheetRows s, Map<String, Row> rows) {
            this.s = s;
            this.rows = rows;
        }

        String text(String key) {
            Row r = rows.get(key);
            return r == null ? null : s.text(r, 1);
        }

        Integer integer(String key) {
            Row r = rows.get(key);
            return r == null ? null : s.integer(r, 1);
        }

        java.time.LocalDate date(String key) {
            Row r = rows.get(key);
            return r == null ? null : s.date(r, 1);
        }

        <E extends Enum<E>> E choice(String key, Class<E> type) {
            Row r = rows.get(key);
            return r == null ? null : s.choice(r, 1, type);
        }
    }
}
