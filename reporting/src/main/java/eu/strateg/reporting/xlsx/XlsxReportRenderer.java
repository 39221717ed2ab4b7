package eu.strateg.reporting.xlsx;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.model.ModelRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;

/**
 * The monitoring report as an Excel workbook (fastexcel): sheets for the summary, the indicators (status, score and
 * every component), the observations, the projects and the budget. Numbers are stored as numbers with number
 * formats, dates as dates; texts are string cells (never computed, so they need no apostrophe). Headers are in the
 * report's language; the table sheets have a frozen header row and an autofilter.
 */
public final class XlsxReportRenderer extends ModelRenderer {

    public XlsxReportRenderer() {
        this(null);
    }

    /** A renderer that takes message overrides from {@code templateDirectory} (null for none). */
    public XlsxReportRenderer(Path templateDirectory) {
        super(templateDirectory);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    protected void write(ReportModel model, Messages m, ReportInput input, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Strateg", "1.0");
        Sheets sheets = new Sheets(wb, model, m);
        sheets.summary();
        sheets.indicators();
        sheets.observations();
        sheets.projects();
        sheets.budget();
        wb.finish();
    }
}
