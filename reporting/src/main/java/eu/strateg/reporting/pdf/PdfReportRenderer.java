package eu.strateg.reporting.pdf;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.model.ModelRenderer;
import eu.strateg.reporting.html.HtmlReportRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The monitoring report as PDF, made by openhtmltopdf from the print variant of the HTML report (same templates,
 * same template directory). DejaVu Sans regular and bold (shipped with this module, Bitstream Vera licence in
 * {@code fonts/LICENSE-DejaVu.txt}) are embedded for the text and the charts, so Czech and Polish letters (ř, ž, ł,
 * ź, ą, ę…) are intact. No external resource is fetched. The PDF is tagged (PDF/UA: structure, language, title) and
 * has an outline: a bookmark per section and per indicator. What the engine reports during a run goes to SLF4J
 * ({@link PdfEngineLogging}).
 *
 * <p>Nothing process-wide is changed: PDFBox may keep a font cache file in the user's home, which an application
 * moves with the system property {@code pdfbox.fontcache}.
 */
public final class PdfReportRenderer extends ModelRenderer {

    /** The font family the stylesheet names first. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/eu/strateg/reporting/pdf/fonts/";

    private final HtmlReportRenderer html;

    public PdfReportRenderer() {
        this(null);
    }

    /** A renderer reading templates from {@code templateDirectory} first (see {@link HtmlReportRenderer}); null for the bundled ones. */
    public PdfReportRenderer(Path templateDirectory) {
        super(templateDirectory);
        this.html = new HtmlReportRenderer(templateDirectory);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    protected void write(ReportModel model, Messages m, ReportInput input, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withProducer("Strateg");
        // tagged PDF (PDF/UA): structure tags, the document language from <html lang>, the title from <title>;
        // the outline comes from the <bookmarks> of the print page
        b.usePdfUaAccessbility(true);
        // the stylesheet serves screens too, so the PDF engine's notes on CSS it skips (grid, media queries) are noise
        b.withDiagnosticConsumer(PdfEngineLogging::report);
        b.useSVGDrawer(new OneAtATimeSvgDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE)));
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_PRE);
        b.useFont(font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true, uses);
        b.useFont(font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true, uses);
        b.withHtmlContent(printPage(model, m), null);
        // saved without object streams: PDFBox builds a compressed object stream in memory whole, which for a report of
        // 500 charts no longer fit a 256 MB heap (page contents stay compressed)
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            PDDocument pdf = renderer.createPDFKeepOpen();
            pdf.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /** The print variant of the HTML report as a string (only the string is kept, not the writer's buffer too). */
    private String printPage(ReportModel model, Messages m) throws IOException {
        StringWriter page = new StringWriter(1 << 16);
        html.write(model, m, page, true);
        return page.toString();
    }

    private static FSSupplier<InputStream> font(String name) {
        return () -> {
            InputStream in = PdfReportRenderer.class.getResourceAsStream(FONTS + name);
            if (in == null) {
                throw new UncheckedIOException(new IOException("font " + name + " is missing from the reporting jar"));
            }
            return in;
        };
    }
}
