package eu.strateg.reporting.model;

import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.reporting.i18n.Messages;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What every bundled renderer does before it writes its format: read the texts of the report's language (with the
 * overrides of the template directory), build the {@link ReportModel}, and keep the caller's stream open (a
 * library that closes its output would close the caller's stream). A format only implements {@link #write}.
 */
public abstract class ModelRenderer implements ReportRenderer {

    private final Path templateDirectory;

    /** A renderer reading message overrides (and, for HTML and PDF, templates) from {@code templateDirectory}; null for none. */
    protected ModelRenderer(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
    }

    /** The template directory this renderer reads first, or null. */
    public Path templateDirectory() {
        return templateDirectory;
    }

    @Override
    public final void render(ReportInput input, OutputStream out) throws IOException {
        Messages m = Messages.of(input.locale(), templateDirectory);
        OutputStream keepOpen = keepOpen(out);
        write(ReportModel.of(input, m), m, input, keepOpen);
        keepOpen.flush();
    }

    /** Writes the format of a built model to {@code out} (closing {@code out} only flushes the caller's stream). */
    protected abstract void write(ReportModel model, Messages m, ReportInput input, OutputStream out) throws IOException;

    /** A stream that writes through to {@code out} and only flushes it when closed. */
    public static OutputStream keepOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                this.out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                this.out.flush();
            }
        };
    }
}
