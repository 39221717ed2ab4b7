package eu.strateg.reporting.csv;

import eu.strateg.core.text.CsvText;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.BudgetHeadline;
import eu.strateg.reporting.model.ReportModel.BudgetLineView;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.ObservationRow;
import eu.strateg.reporting.model.ReportModel.ProjectRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/** Writes rows in a {@link CsvDialect}, and the observation, project and budget records of the table. */
final class CsvRows {

    /** Columns that hold numbers (their decimal separator follows the dialect). */
    private static final Set<String> NUMERIC = Set.of("score", "base_value", "current_value", "target_value", "target_high", "expected_value",
            "ratio", "required_rate", "actual_rate", "progress_value", "limit_factor", "value", "planned", "planned_due", "actual", "absorption",
            "absorption_due");
    private static final List<String> C = CsvReportRenderer.COLUMNS;

    private final Writer w;
    private final char separator;
    private final char decimal;
    private final boolean[] numeric = new boolean[C.size()];

    CsvRows(Writer w, CsvDialect dialect, char decimal) {
        this.w = w;
        this.separator = dialect.separator();
        this.decimal = decimal;
        for (int i = 0; i < C.size(); i++) {
            numeric[i] = NUMERIC.contains(C.get(i));
        }
    }

    void row(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(separator);
            }
            String cell = numeric[i] && decimal != '.' ? cells[i].replace('.', decimal) : cells[i];
            // text cells come quoted from the project's one CSV rule (CsvText.textCell); the program's own values
            // (codes, numbers, enum names, periods) go through its plain rule, which quotes a comma or a semicolon
            w.write(cell.startsWith("\"") ? cell : CsvText.plainCell(cell));
        }
        w.write("\r\n");
    }

    private static String[] record(String kind) {
        String[] r = CsvReportRenderer.blankRow();
        r[0] = kind;
        return r;
    }

    private static void set(String[] r, String column, String value) {
        r[C.indexOf(column)] = value == null ? "" : value;
    }

    void observations(ReportModel model) throws IOException {
        for (IndicatorCard c : model.indicators()) {
            for (ObservationRow o : c.observations()) {
                String[] r = record("observation");
                set(r, "code", c.code());
                set(r, "period", o.period());
                set(r, "value", CsvReportRenderer.num(o.value()));
                set(r, "disaggregation", CsvReportRenderer.blankText(o.disaggregation()));
                set(r, "status_label", CsvReportRenderer.blankText(o.status()));
                set(r, "source", CsvReportRenderer.blankText(o.source()));
                set(r, "explanation", CsvReportRenderer.blankText(o.note()));
                row(r);
            }
        }
    }

    void projects(ReportModel model) throws IOException {
        for (ProjectRow p : model.projects().projects()) {
            String[] r = record("project");
            set(r, "code", p.code());
            set(r, "parent", String.join(" ", p.project().measureCodes()));
            set(r, "name", CsvReportRenderer.blankText(p.title()));
            set(r, "status", p.project().status().name());
            set(r, "status_label", CsvReportRenderer.blankText(p.status()));
            set(r, "owner", CsvReportRenderer.blankText(p.project().responsible()));
            set(r, "currency", p.project().budget().isEmpty() ? "" : p.project().budget().get(0).planned().currency().getCurrencyCode());
            set(r, "planned", CsvReportRenderer.num(p.planned()));
            set(r, "actual", CsvReportRenderer.num(p.actual()));
            set(r, "absorption", CsvReportRenderer.num(p.absorption()));
            set(r, "slippage_days", p.slippageDays() == null ? "" : p.slippageDays().toString());
            row(r);
        }
    }

    void budget(ReportModel model) throws IOException {
        for (BudgetLineView b : model.projects().budget()) {
            String[] r = record("budget");
            set(r, "year", Integer.toString(b.year()));
            set(r, "source", b.source().name());
            set(r, "currency", b.currency());
            set(r, "planned", CsvReportRenderer.num(b.planned()));
            set(r, "actual", CsvReportRenderer.num(b.actual()));
            set(r, "absorption", CsvReportRenderer.num(b.absorption()));
            row(r);
        }
        for (BudgetHeadline t : model.summary().budgets()) {
            String[] r = record("budget_total");
            set(r, "currency", t.currency());
            set(r, "planned", CsvReportRenderer.num(t.planned()));
            set(r, "planned_due", CsvReportRenderer.num(t.plannedDue()));
            set(r, "actual", CsvReportRenderer.num(t.actual()));
            set(r, "absorption", CsvReportRenderer.num(t.absorptionTotal()));
            set(r, "absorption_due", CsvReportRenderer.num(t.absorptionDue()));
            row(r);
        }
    }
}
