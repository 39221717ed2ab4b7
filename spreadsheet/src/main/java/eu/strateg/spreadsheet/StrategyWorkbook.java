package eu.strateg.spreadsheet;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A strategy as a workbook, so that it can be drafted in Excel or LibreOffice: the sheets {@code Strategy} (one field a row),
 * {@code Elements}, {@code Links}, {@code Indicators}, {@code Milestones}, {@code Projects} and {@code Budget}, one item a row
 * under a header of field names. {@link #read} builds the strategy with the core's validation (the same as a JSON document's)
 * and names every problem by sheet and cell; {@code write} then {@code read} gives the same strategy.
 */
public final class StrategyWorkbook {

    static final String STRATEGY = "Strategy";
    static final String ELEMENTS = "Elements";
    static final String LINKS = "Links";
    static final String INDICATORS = "Indicators";
    static final String MILESTONES = "Milestones";
    static final String PROJECTS = "Projects";
    static final String BUDGET = "Budget";

    static final List<String> STRATEGY_FIELDS = List.of("id", "revision", "title", "kind", "territory.scheme", "territory.code",
            "territory.name", "territory.level", "territory.parent", "period.fromYear", "period.toYear", "levelNames", "vision",
            "lifecycle.state", "lifecycle.adoptedOn", "lifecycle.resolution", "lifecycle.archivedOn");
    static final String[] ELEMENT_COLS = {"code", "parentCode", "kind", "title", "description", "responsible", "weight", "indicatorCodes"};
    static final String[] LINK_COLS = {"element", "scheme", "code", "label"};
    static final String[] INDICATOR_COLS = {"code", "name", "description", "unit", "type", "direction", "periodicity", "baseline.period",
        "baseline.value", "target.value", "target.high", "target.year", "naturalLimit", "method", "displayDecimals", "source", "formula",
        "responsible", "weight"};
    static final String[] MILESTONE_COLS = {"indicator", "year", "value"};
    static final String[] PROJECT_COLS = {"code", "title", "description", "measureCodes", "status", "planned.start", "planned.end",
        "actual.start", "actual.end", "responsible", "indicatorCodes"};
    static final String[] BUDGET_COLS = {"project", "year", "source", "planned", "currency", "actual"};

    private StrategyWorkbook() {
    }

    /** Writes {@code s} as a strategy workbook. */
    public static void write(Strategy s, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Strateg", "1.0");
        strategy(wb.newWorksheet(STRATEGY), s);
        Worksheet el = sheet(wb, ELEMENTS, ELEMENT_COLS);
        Worksheet li = sheet(wb, LINKS, LINK_COLS);
        int r = 1;
        int l = 1;
        for (Element e : s.elements()) {
            put(el, r++, e.code(), e.parentCode(), e.kind(), e.title(), e.description(), e.responsible(), e.weight(),
                    String.join(", ", e.indicatorCodes()));
            for (Link k : e.links()) {
                put(li, l++, e.code(), k.scheme(), k.code(), k.label());
            }
        }
        finish(el, li);
        Worksheet in = sheet(wb, INDICATORS, INDICATOR_COLS);
        Worksheet mi = sheet(wb, MILESTONES, MILESTONE_COLS);
        r = 1;
        int m = 1;
        for (Indicator i : s.indicators()) {
            put(in, r++, i.code(), i.name(), i.description(), i.unit(), i.type(), i.direction(), i.periodicity(),
                    i.baseline() == null ? null : i.baseline().period().toString(), i.baseline() == null ? null : i.baseline().value(),
                    i.target() == null ? null : i.target().value(), i.target() == null ? null : i.target().high(),
                    i.target() == null ? null : i.target().year(), i.naturalLimit(), i.method(), i.displayDecimals(), i.source(), i.formula(),
                    i.responsible(), i.weight());
            for (Milestone ms : i.milestones()) {
                put(mi, m++, i.code(), ms.year(), ms.value());
            }
        }
        finish(in, mi);
        projects(wb, s);
        wb.finish();
    }

    private static void projects(Workbook wb, Strategy s) throws IOException {
        Worksheet pr = sheet(wb, PROJECTS, PROJECT_COLS);
        Worksheet bu = sheet(wb, BUDGET, BUDGET_COLS);
        int r = 1;
        int b = 1;
        for (Project p : s.projects()) {
            put(pr, r++, p.code(), p.title(), p.description(), String.join(", ", p.measureCodes()), p.status(),
                    p.planned() == null ? null : p.planned().start(), p.planned() == null ? null : p.planned().end(),
                    p.actual() == null ? null : p.actual().start(), p.actual() == null ? null : p.actual().end(), p.responsible(),
                    String.join(", ", p.indicatorCodes()));
            for (BudgetLine line : p.budget()) {
                Money actual = line.actual();
                put(bu, b++, p.code(), line.year(), line.source(), line.planned().amount(), line.planned().currency().getCurrencyCode(),
                        actual == null ? null : actual.amount());
            }
        }
        finish(pr, bu);
    }

    private static void strategy(Worksheet ws, Strategy s) throws IOException {
        Object[] values = {s.id().value(), s.revision(), s.title(), s.kind(), s.territory().code().scheme(), s.territory().code().code(),
            s.territory().name(), s.territory().level(), s.territory().parent() == null ? null : s.territory().parent().toString(),
            s.period().fromYear(), s.period().toYear(), String.join("; ", s.levelNames()), s.vision(), s.lifecycle().state(),
            s.lifecycle().adoptedOn(), s.lifecycle().resolution(), s.lifecycle().archivedOn()};
        ws.value(0, 0, "field");
        ws.value(0, 1, "value");
        ws.range(0, 0, 0, 1).style().bold().fillColor("DDEBF7").set();
        for (int k = 0; k < values.length; k++) {
            ws.value(k + 1, 0, STRATEGY_FIELDS.get(k));
            value(ws, k + 1, 1, values[k]);
        }
        ws.width(0, 22);
        ws.width(1, 80);
        ws.finish();
    }

    private static Worksheet sheet(Workbook wb, String name, String[] cols) {
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < cols.length; c++) {
            ws.value(0, c, cols[c]);
            ws.width(c, c == 0 ? 14 : 20);
        }
        ws.range(0, 0, 0, cols.length - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 1);
        return ws;
    }

    private static void finish(Worksheet... sheets) throws IOException {
        for (Worksheet ws : sheets) {
            ws.finish();
        }
    }

    private static void put(Worksheet ws, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            value(ws, r, c, values[c]);
        }
    }

    /** A number as a number cell, a date as text {@code YYYY-MM-DD} (exact, whatever the locale), anything else as text. */
    private static void value(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d.toString());
        } else if (v instanceof Enum<?> e) {
            ws.value(r, c, e.name());
        } else if (!v.toString().isEmpty()) {
            ws.value(r, c, v.toString());
        }
    }

    /** Reads a strategy workbook; every problem names its sheet and cell, and with any problem nothing is returned. */
    public static Strategy read(InputStream in) {
        return StrategyWorkbookReader.read(in);
    }
}
