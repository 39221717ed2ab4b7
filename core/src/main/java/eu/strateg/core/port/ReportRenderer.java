package eu.strateg.core.port;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a monitoring report into bytes of one format (driven port). The reporting module has HTML, PDF, XLSX,
 * CSV and JSON; a user may add one (Markdown, DOCX…) by implementing this.
 */
public interface ReportRenderer {

    ReportFormat format();

    /** Writes the report to {@code out} (which it does not close). */
    void render(ReportInput input, OutputStream out) throws IOException;
}
