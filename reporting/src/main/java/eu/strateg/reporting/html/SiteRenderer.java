package eu.strateg.reporting.html;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The indicator portal ({@link SiteWriter}) through the renderer port: the site's files in one ZIP archive (format
 * {@code site}); unpack it anywhere, or let the CLI's {@code report --format site --out DIR} write the directory.
 */
public final class SiteRenderer implements ReportRenderer {

    /** The portal as a ZIP of static files. */
    public static final ReportFormat FORMAT = new ReportFormat("site", "application/zip", "zip");

    private final SiteWriter writer;

    public SiteRenderer(Path templateDirectory) {
        this.writer = new SiteWriter(templateDirectory);
    }

    @Override
    public ReportFormat format() {
        return FORMAT;
    }

    @Override
    public void render(ReportInput input, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        writer.write(input, (path, bytes) -> {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(bytes);
            zip.closeEntry();
        });
        zip.finish();
        zip.flush();
    }
}
