package eu.strateg.reporting.xlsx;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;

/**
 * The monitoring report as an Excel workbook (fastexcel): sheets for the summary, the indicators (status, score and
 * every component), the observations, the projects and the budget. Numbers are stored as numbers with number
 * formats, dates as dates; text cells that could start a formula are neutralised ({@link
 * eu.strateg.reporting.model.CellText}). Headers are in the report's language.
 */
public final class XlsxReportRenderer implements ReportRenderer {

    private final Path templateDirectory;

    public XlsxReportRenderer() {
        this(null);
    }

    /** A renderer that takes message overrides from {@code templateDirectory} (null for none). */
    public XlsxReportRenderer(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void render(ReportInput input, OutputStream out) throws IOException {
        Messages m = Messages.of(input.locale(), templateDirectory);
        ReportModel model = ReportModel.of(input, m);
        Workbook wb = new Workbook(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                this.out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                this.out.flush();
            }
        }, "Strateg", "1.0");
        Sheets sheets = new Sheets(wb, model, m);
        sheets.summary();
        sheets.indicators();
        sheets.observations();
        sheets.projects();
        sheets.budget();
        wb.finish();
    }
}
