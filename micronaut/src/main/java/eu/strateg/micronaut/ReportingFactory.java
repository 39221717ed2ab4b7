package eu.strateg.micronaut;

import eu.strateg.core.port.ReportRenderer;
import eu.strateg.reporting.csv.CsvReportRenderer;
import eu.strateg.reporting.html.HtmlReportRenderer;
import eu.strateg.reporting.json.JsonReportRenderer;
import eu.strateg.reporting.pdf.PdfReportRenderer;
import eu.strateg.reporting.xlsx.XlsxReportRenderer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Set;

/**
 * The five bundled report renderers (HTML, PDF, XLSX, CSV, JSON) as {@link ReportRenderer} beans named by their
 * format. With {@value #TEMPLATES} set to a directory they read templates, the stylesheet and message overrides from
 * there first (see docs/reporting.md). A {@code ReportRenderer} bean of the application for one of these formats
 * replaces the bundled one in the report service.
 */
@Factory
public class ReportingFactory {

    /** The property naming a directory of template overrides (optional). */
    public static final String TEMPLATES = "strateg.reporting.templates";

    private static final Set<Class<?>> BUNDLED = Set.of(HtmlReportRenderer.class, PdfReportRenderer.class, XlsxReportRenderer.class,
            CsvReportRenderer.class, JsonReportRenderer.class);

    private final Path templates;

    ReportingFactory(@Value("${" + TEMPLATES + ":}") String templates) {
        this.templates = templates.isBlank() ? null : Path.of(templates);
    }

    @Singleton
    @Named("html")
    HtmlReportRenderer html() {
        return new HtmlReportRenderer(templates);
    }

    @Singleton
    @Named("pdf")
    PdfReportRenderer pdf() {
        return new PdfReportRenderer(templates);
    }

    @Singleton
    @Named("xlsx")
    XlsxReportRenderer xlsx() {
        return new XlsxReportRenderer(templates);
    }

    @Singleton
    @Named("csv")
    CsvReportRenderer csv() {
        return new CsvReportRenderer(templates);
    }

    @Singleton
    @Named("json")
    JsonReportRenderer json() {
        return new JsonReportRenderer(templates);
    }

    /** Whether a renderer is one of the bundled five. */
    static boolean isBundled(ReportRenderer renderer) {
        return BUNDLED.contains(renderer.getClass());
    }
}
