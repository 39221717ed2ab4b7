package eu.strateg.reporting.csv;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.text.CsvText;
import eu.strateg.reporting.model.ModelRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.Summary;
import eu.strateg.reporting.model.ReportModel.TreeNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The evaluation as one CSV table (RFC 4180: comma, double quotes, CRLF; UTF-8 without BOM; or {@link CsvDialect#EXCEL}
 * for Czech and Polish Excel): a row for the strategy, one per element of the tree, one per indicator, observation,
 * project, budget line and budget total per currency, told apart by the {@code record} column. Column names are
 * stable English identifiers ({@link #COLUMNS}); numbers are plain decimals with a dot; statuses appear both as the
 * enum name and as the localised label. Text cells follow the project's one CSV rule ({@link CsvText#textCell}): always
 * quoted, so no list separator (Czech and Polish Excel split on {@code ;}) can cut a formula out of a text, and a text
 * that starts like a formula gets a leading apostrophe.
 */
public final class CsvReportRenderer extends ModelRenderer {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("record", "code", "parent", "name", "status", "status_label", "score", "assessable",
            "total", "method", "method_category", "reason", "base_period", "base_value", "current_period", "current_value", "target_value",
            "target_high", "target_year", "expected_value", "ratio", "required_rate", "actual_rate", "progress_value", "limit_factor",
            "stale", "latest_period", "explanation", "period", "value", "disaggregation", "owner", "year", "source", "currency", "planned",
            "planned_due", "actual", "absorption", "absorption_due", "slippage_days");

    /** The format id of the CSV for Czech and Polish Excel ({@link CsvDialect#EXCEL}). */
    public static final ReportFormat EXCEL_FORMAT = new ReportFormat("csv-excel", "text/csv", "csv");

    private final CsvDialect dialect;

    public CsvReportRenderer() {
        this(null);
    }

    /** A renderer that takes message overrides from {@code templateDirectory} (null for none). */
    public CsvReportRenderer(Path templateDirectory) {
        this(templateDirectory, CsvDialect.RFC_4180);
    }

    /** The same in another dialect, e.g. {@link CsvDialect#EXCEL} for Czech and Polish Excel. */
    public CsvReportRenderer(Path templateDirectory, CsvDialect dialect) {
        super(templateDirectory);
        this.dialect = java.util.Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public ReportFormat format() {
        return dialect.equals(CsvDialect.RFC_4180) ? ReportFormat.CSV : EXCEL_FORMAT;
    }

    @Override
    protected void write(ReportModel model, Messages m, ReportInput input, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvRows rows = new CsvRows(w, dialect, dialect.decimalSeparator(input.locale()));
        if (dialect.bom()) {
            w.write('\uFEFF');
        }
        rows.row(COLUMNS.toArray(new String[0]));
        Summary s = model.summary();
        String[] strategy = blank();
        strategy[0] = "strategy";
        strategy[1] = model.header().strategyId();
        strategy[3] = text(model.header().title());
        strategy[4] = s.status().status().name();
        strategy[5] = text(s.status().text());
        strategy[6] = num(s.score());
        strategy[7] = Integer.toString(s.assessable());
        strategy[8] = Integer.toString(s.indicators());
        rows.row(strategy);
        for (TreeNode n : model.tree()) {
            String[] r = blank();
            r[0] = "element";
            r[1] = n.code();
            r[2] = n.parentCode() == null ? "" : n.parentCode();
            r[3] = text(n.title());
            r[4] = n.status().status().name();
            r[5] = text(n.status().text());
            r[6] = num(n.score());
            r[7] = Integer.toString(n.assessable());
            r[8] = Integer.toString(n.total());
            rows.row(r);
        }
        for (IndicatorCard c : model.indicators()) {
            rows.row(indicator(c, rows));
        }
        rows.observations(model);
        rows.projects(model);
        rows.budget(model);
        w.flush();
    }

    private static String[] indicator(IndicatorCard c, CsvRows rows) {
        Assessment a = c.evaluation().assessment();
        Components k = a.components();
        String[] r = blank();
        r[0] = "indicator";
        r[1] = c.code();
        r[2] = String.join(" ", c.elements());
        r[3] = text(c.name());
        r[4] = a.status().name();
        r[5] = text(c.status().text());
        r[6] = num(a.score());
        r[9] = text(a.method());
        r[10] = text(k.methodCategory());
        r[11] = a.reason() == null ? "" : a.reason().name();
        r[12] = k.basePeriod() == null ? "" : k.basePeriod().toString();
        r[13] = num(k.baseValue());
        r[14] = k.currentPeriod() == null ? "" : k.currentPeriod().toString();
        r[15] = num(k.currentValue());
        r[16] = num(k.targetValue());
        r[17] = num(k.targetHigh());
        r[18] = k.targetYear() == null ? "" : k.targetYear().toString();
        r[19] = num(k.expectedValue());
        r[20] = num(k.ratio());
        r[21] = num(k.requiredRate());
        r[22] = num(k.actualRate());
        r[23] = num(k.progressValue());
        r[24] = num(k.limitFactor());
        r[25] = Boolean.toString(c.stale());
        r[26] = c.latestPeriod();
        r[27] = text(c.explanation());
        return r;
    }

    private static String[] blank() {
        String[] r = new String[COLUMNS.size()];
        Arrays.fill(r, "");
        return r;
    }

    /** A text cell, quoted and neutralised; it starts with a quote (or is empty), which {@link #row} relies on. */
    private static String text(String s) {
        return CsvText.textCell(s);
    }

    /** A plain decimal (never exponent notation); empty for null, NaN or infinity. */
    static String num(Object n) {
        if (n == null) {
            return "";
        }
        if (n instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        double d = ((Number) n).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        return BigDecimal.valueOf(d).toPlainString();
    }

    /** A text cell (quoted and neutralised by the project's one CSV rule), for the other records. */
    static String blankText(String s) {
        return text(s);
    }

    static String[] blankRow() {
        return blank();
    }
}
