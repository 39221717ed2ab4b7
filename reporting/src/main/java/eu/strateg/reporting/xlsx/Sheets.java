package eu.strateg.reporting.xlsx;

import eu.strateg.core.evaluation.Components;
import eu.strateg.core.project.Project;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.BudgetLineView;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.ObservationRow;
import eu.strateg.reporting.model.ReportModel.ProjectRow;
import eu.strateg.reporting.model.ReportModel.StatusCount;
import eu.strateg.reporting.model.ReportModel.Summary;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes the five sheets of the workbook. */
final class Sheets {

    static final String SCORE = "0.00";
    static final String MONEY = "#,##0.00";
    static final String PERCENT = "0%";
    static final String RATE = "0.00%";
    static final String DATE = "yyyy-mm-dd";
    static final String INTEGER = "0";

    private final Workbook wb;
    private final ReportModel model;
    private final Messages m;

    Sheets(Workbook wb, ReportModel model, Messages m) {
        this.wb = wb;
        this.model = model;
        this.m = m;
    }

    void summary() throws IOException {
        Worksheet ws = wb.newWorksheet(m.get("sheet.summary"));
        Summary s = model.summary();
        int r = 0;
        header(ws, r++, m.get("col.item"), m.get("col.value"));
        text(ws, r, 0, m.get("report.title"));
        text(ws, r++, 1, model.header().title());
        text(ws, r, 0, m.get("report.territory"));
        text(ws, r++, 1, model.header().territory() + " (" + model.header().territoryCode() + ")");
        text(ws, r, 0, m.get("report.period"));
        text(ws, r++, 1, model.header().period());
        text(ws, r, 0, m.format("report.asOf", ""));
        date(ws, r++, 1, LocalDate.parse(model.header().asOfIso()));
        text(ws, r, 0, m.format("report.revision", ""));
        number(ws, r++, 1, model.header().revision(), INTEGER);
        text(ws, r, 0, m.get("summary.status"));
        text(ws, r++, 1, s.status().text());
        text(ws, r, 0, m.get("summary.score"));
        number(ws, r++, 1, s.score(), SCORE);
        text(ws, r, 0, m.get("summary.indicators"));
        number(ws, r++, 1, s.indicators(), INTEGER);
        text(ws, r, 0, m.get("col.assessable"));
        number(ws, r++, 1, s.assessable(), INTEGER);
        text(ws, r, 0, m.get("summary.fresh"));
        number(ws, r++, 1, s.freshShare(), PERCENT);
        text(ws, r, 0, m.get("col.planned") + (s.currency() == null ? "" : " (" + s.currency() + ")"));
        number(ws, r++, 1, s.budgetPlanned(), MONEY);
        text(ws, r, 0, m.get("col.actual") + (s.currency() == null ? "" : " (" + s.currency() + ")"));
        number(ws, r++, 1, s.budgetActual(), MONEY);
        text(ws, r, 0, m.get("summary.absorption"));
        number(ws, r++, 1, s.absorption(), PERCENT);
        r++;
        header(ws, r++, m.get("col.currency"), m.get("col.planned"), m.get("col.plannedDue"), m.get("col.actual"), m.get("col.absorptionDue"),
                m.get("col.absorptionWhole"));
        for (ReportModel.BudgetHeadline b : s.budgets()) {
            text(ws, r, 0, b.currency());
            number(ws, r, 1, b.planned(), MONEY);
            number(ws, r, 2, b.plannedDue(), MONEY);
            number(ws, r, 3, b.actual(), MONEY);
            number(ws, r, 4, b.absorptionDue(), PERCENT);
            number(ws, r++, 5, b.absorptionTotal(), PERCENT);
        }
        r++;
        header(ws, r++, m.get("col.status"), m.get("col.count"), m.get("col.share"));
        for (StatusCount c : s.distribution()) {
            text(ws, r, 0, c.status().text());
            number(ws, r, 1, c.count(), INTEGER);
            number(ws, r++, 2, c.share(), PERCENT);
        }
        ws.width(0, 34);
        ws.width(1, 60);
        ws.finish();
    }

    void indicators() throws IOException {
        Worksheet ws = wb.newWorksheet(m.get("sheet.indicators"));
        header(ws, 0, m.get("col.code"), m.get("col.name"), m.get("col.unit"), m.get("fig.type"), m.get("comp.direction"), m.get("card.usedBy"),
                m.get("col.status"), m.get("col.score"), m.get("col.method"), m.get("comp.category"), m.get("comp.basePeriod"),
                m.get("comp.baseValue"), m.get("comp.currentPeriod"), m.get("comp.currentValue"), m.get("comp.targetValue"),
                m.get("comp.targetHigh"), m.get("comp.targetYear"), m.get("comp.expectedValue"), m.get("comp.ratio"),
                m.get("comp.requiredRate"), m.get("comp.actualRate"), m.get("comp.progressValue"), m.get("comp.limitFactor"),
                m.get("comp.window"), m.get("col.stale"), m.get("col.explanation"));
        int r = 1;
        for (IndicatorCard c : model.indicators()) {
            Components k = c.evaluation().assessment().components();
            String fmt = valueFormat(c.indicator().displayDecimals());
            text(ws, r, 0, c.code());
            text(ws, r, 1, c.name());
            text(ws, r, 2, c.unit());
            text(ws, r, 3, c.type());
            text(ws, r, 4, c.direction());
            text(ws, r, 5, String.join(", ", c.elements()));
            text(ws, r, 6, c.status().text());
            number(ws, r, 7, c.score(), SCORE);
            text(ws, r, 8, c.methodName());
            text(ws, r, 9, k.methodCategory());
            text(ws, r, 10, k.basePeriod() == null ? null : k.basePeriod().toString());
            number(ws, r, 11, k.baseValue(), fmt);
            text(ws, r, 12, k.currentPeriod() == null ? null : k.currentPeriod().toString());
            number(ws, r, 13, k.currentValue(), fmt);
            number(ws, r, 14, k.targetValue(), fmt);
            number(ws, r, 15, k.targetHigh(), fmt);
            number(ws, r, 16, k.targetYear(), INTEGER);
            number(ws, r, 17, k.expectedValue(), fmt);
            number(ws, r, 18, k.ratio(), "0.0000");
            number(ws, r, 19, k.requiredRate(), RATE);
            number(ws, r, 20, k.actualRate(), RATE);
            number(ws, r, 21, k.progressValue(), "0.000000");
            number(ws, r, 22, k.limitFactor(), "0.000000");
            text(ws, r, 23, k.window());
            text(ws, r, 24, c.stale() ? c.staleText() : "");
            text(ws, r++, 25, c.explanation());
        }
        ws.width(1, 40);
        ws.width(25, 100);
        ws.freezePane(1, 1);
        ws.setAutoFilter(0, 0, Math.max(r - 1, 1), 25);
        ws.finish();
    }

    void observations() throws IOException {
        Worksheet ws = wb.newWorksheet(m.get("sheet.observations"));
        header(ws, 0, m.get("col.indicator"), m.get("col.period"), m.get("col.value"), m.get("col.disaggregation"), m.get("col.obsStatus"),
                m.get("col.obsSource"), m.get("col.note"));
        int r = 1;
        for (IndicatorCard c : model.indicators()) {
            String fmt = valueFormat(c.indicator().displayDecimals());
            for (ObservationRow o : c.observations()) {
                text(ws, r, 0, c.code());
                text(ws, r, 1, o.period());
                number(ws, r, 2, o.value(), fmt);
                text(ws, r, 3, o.disaggregation());
                text(ws, r, 4, o.status());
                text(ws, r, 5, o.source());
                text(ws, r++, 6, o.note());
            }
        }
        table(ws, r, 6);
        ws.finish();
    }

    void projects() throws IOException {
        Worksheet ws = wb.newWorksheet(m.get("sheet.projects"));
        header(ws, 0, m.get("col.code"), m.get("col.title"), m.get("col.status"), m.get("col.measures"), m.get("col.plannedStart"),
                m.get("col.plannedEnd"), m.get("col.actualStart"), m.get("col.actualEnd"), m.get("col.slippage"), m.get("col.planned"),
                m.get("col.actual"), m.get("col.absorption"), m.get("col.responsible"));
        int r = 1;
        for (ProjectRow p : model.projects().projects()) {
            Project pr = p.project();
            text(ws, r, 0, p.code());
            text(ws, r, 1, p.title());
            text(ws, r, 2, p.status());
            text(ws, r, 3, p.measures());
            date(ws, r, 4, pr.planned().start());
            date(ws, r, 5, pr.planned().end());
            date(ws, r, 6, pr.actual().start());
            date(ws, r, 7, pr.actual().end());
            number(ws, r, 8, p.slippageDays(), INTEGER);
            number(ws, r, 9, p.planned(), MONEY);
            number(ws, r, 10, p.actual(), MONEY);
            number(ws, r, 11, p.absorption(), PERCENT);
            text(ws, r++, 12, pr.responsible());
        }
        ws.width(1, 40);
        table(ws, r, 12);
        ws.finish();
    }

    void budget() throws IOException {
        Worksheet ws = wb.newWorksheet(m.get("sheet.budget"));
        header(ws, 0, m.get("col.year"), m.get("col.source"), m.get("col.currency"), m.get("col.planned"), m.get("col.actual"),
                m.get("col.absorption"));
        int r = 1;
        for (BudgetLineView b : model.projects().budget()) {
            number(ws, r, 0, b.year(), INTEGER);
            text(ws, r, 1, b.sourceLabel());
            text(ws, r, 2, b.currency());
            number(ws, r, 3, b.planned(), MONEY);
            number(ws, r, 4, b.actual(), MONEY);
            number(ws, r++, 5, b.absorption(), PERCENT);
        }
        ws.width(1, 24);
        ws.width(3, 18);
        ws.width(4, 18);
        table(ws, r, 5);
        ws.finish();
    }

    /** A table sheet: the header row frozen and an autofilter over rows 0 to {@code rows - 1}, columns 0 to {@code lastColumn}. */
    private static void table(Worksheet ws, int rows, int lastColumn) {
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, Math.max(rows - 1, 1), lastColumn);
    }

    private static String valueFormat(int decimals) {
        return decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    private static void header(Worksheet ws, int row, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(ws, row, i, names[i]);
            ws.style(row, i).bold().fillColor("EEF1F5").set();
        }
    }

    /**
     * A text cell. It is written as a string cell, which a spreadsheet shows as text and never computes, so it needs
     * no apostrophe: "=SUM(A1)" stays visibly "=SUM(A1)" and is no formula (the CSV, which has no cell types, is
     * neutralised instead).
     */
    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null && !s.isEmpty()) {
            ws.value(r, c, s);
        }
    }

    private static void number(Worksheet ws, int r, int c, Number n, String format) {
        if (n == null || n instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return;
        }
        ws.value(r, c, n instanceof BigDecimal bd ? bd : n);
        ws.style(r, c).format(format).set();
    }

    private static void date(Worksheet ws, int r, int c, LocalDate d) {
        if (d != null) {
            ws.value(r, c, d);
            ws.style(r, c).format(DATE).set();
        }
    }
}
