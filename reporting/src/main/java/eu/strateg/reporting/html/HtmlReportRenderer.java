package eu.strateg.reporting.html;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.model.ModelRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monitoring report as one self-contained HTML file: inline CSS and SVG charts, no script, no font, image or
 * link fetched from the network; a print stylesheet; readable from phone to desktop width.
 *
 * <p>Rendered by Pebble templates with autoescaping on, so every text from the strategy is escaped. The templates
 * ({@code report.peb} and the parts it includes, and the stylesheet {@code report.css}) are read from a user's
 * template directory first, when one is given, then from the bundled ones: copy a bundled file there and change
 * it. The document is written to the output stream as it is produced, never held whole in memory.
 */
public final class HtmlReportRenderer extends ModelRenderer {

    /** Where the bundled templates live on the classpath. */
    public static final String TEMPLATES = "eu/strateg/reporting/html/templates/";

    private final PebbleEngine engine;

    /** A renderer with the bundled templates. */
    public HtmlReportRenderer() {
        this(null);
    }

    /**
     * A renderer that reads templates (and message overrides) from {@code templateDirectory} first; null for the
     * bundled ones only.
     *
     * @throws IllegalArgumentException when the directory is given but does not exist
     */
    public HtmlReportRenderer(Path templateDirectory) {
        super(existing(templateDirectory));
        this.engine = new PebbleEngine.Builder().loader(loader(templateDirectory)).autoEscaping(true).defaultEscapingStrategy("html")
                .newLineTrimming(false).strictVariables(false).cacheActive(true).build();
    }

    private static Path existing(Path templateDirectory) {
        if (templateDirectory != null && !Files.isDirectory(templateDirectory)) {
            throw new IllegalArgumentException("template directory " + templateDirectory + " does not exist or is not a directory");
        }
        return templateDirectory;
    }

    static Loader<?> loader(Path dir) {
        ClasspathLoader bundled = new ClasspathLoader(HtmlReportRenderer.class.getClassLoader());
        bundled.setPrefix(TEMPLATES);
        if (dir == null) {
            return bundled;
        }
        FileLoader user = new FileLoader(dir.toAbsolutePath().toString());
        user.setCharset("UTF-8");
        return new DelegatingLoader(List.of(user, bundled));
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    protected void write(ReportModel model, Messages m, ReportInput input, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(model, m, w, false);
        w.flush();
    }

    /**
     * Writes the HTML of a built model; {@code print} selects the variant for paper (the PDF), which leaves out the
     * table of contents links and opens every collapsed part.
     */
    public void write(ReportModel model, Messages m, Writer out, boolean print) throws IOException {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("report", model);
        ctx.put("t", new TemplateTexts(m));
        ctx.put("charts", new TemplateCharts());
        ctx.put("print", print);
        ctx.put("groups", print ? List.of() : CardGroups.of(model));
        try {
            PebbleTemplate template = engine.getTemplate("report.peb");
            template.evaluate(out, ctx, m.locale());
        } catch (PebbleException e) {
            throw new IOException("the report template failed: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // a user's template that includes itself (directly or through others) recurses without end
            throw new IOException("the report templates" + (templateDirectory() == null ? "" : " in " + templateDirectory())
                    + " include each other without end (a template includes itself?)");
        }
    }
}
