package eu.strateg.reporting;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.reporting.csv.CsvDialect;
import eu.strateg.reporting.csv.CsvReportRenderer;
import eu.strateg.reporting.html.HtmlReportRenderer;
import eu.strateg.reporting.html.SiteRenderer;
import eu.strateg.reporting.json.JsonReportRenderer;
import eu.strateg.reporting.pdf.PdfReportRenderer;
import eu.strateg.reporting.xlsx.XlsxReportRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bundled report renderers (HTML, PDF, XLSX, CSV, CSV for Czech/Polish Excel, JSON) in one call, e.g. for
 * {@code new ReportService(repository, evaluation, StandardRenderers.all())}.
 */
public final class StandardRenderers {

    private StandardRenderers() {
    }

    /** The renderers with the bundled templates and texts. */
    public static List<ReportRenderer> all() {
        return all(null);
    }

    /**
     * The renderers reading templates, the stylesheet and message overrides from {@code templateDirectory} first
     * (null for the bundled ones only); see docs/reporting.md.
     *
     * @throws IllegalArgumentException when the directory is given but does not exist
     */
    public static List<ReportRenderer> all(Path templateDirectory) {
        return List.of(new HtmlReportRenderer(templateDirectory), new PdfReportRenderer(templateDirectory),
                new XlsxReportRenderer(templateDirectory), new CsvReportRenderer(templateDirectory),
                new CsvReportRenderer(templateDirectory, CsvDialect.EXCEL), new JsonReportRenderer(templateDirectory),
                new SiteRenderer(templateDirectory));
    }

    /** The bundled renderer of a format id ({@code html}, {@code pdf}, {@code xlsx}, {@code csv}, {@code csv-excel}, {@code json}), if there is one. */
    public static Optional<ReportRenderer> forFormat(String formatId, Path templateDirectory) {
        return all(templateDirectory).stream().filter(r -> r.format().id().equals(formatId)).findFirst();
    }

    /** The formats the bundled renderers write. */
    public static List<ReportFormat> formats() {
        return List.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV, CsvReportRenderer.EXCEL_FORMAT, ReportFormat.JSON,
                SiteRenderer.FORMAT);
    }
}
