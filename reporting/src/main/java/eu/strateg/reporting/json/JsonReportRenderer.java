package eu.strateg.reporting.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.model.ModelRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The evaluation as a JSON document ({@code "format": "strateg-report"}, {@code "version": 1}; structure documented
 * in {@code docs/reporting.md}), written with Jackson's streaming generator: decimals exactly as stored (plain
 * notation, never a binary double for an observed value), statuses as enum names with their localised labels,
 * absent values as {@code null}.
 */
public final class JsonReportRenderer extends ModelRenderer {

    /** The version of the JSON structure; it changes only when a field is removed or changes meaning. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    public JsonReportRenderer() {
        this(null);
    }

    /** A renderer that takes message overrides from {@code templateDirectory} (null for none). */
    public JsonReportRenderer(Path templateDirectory) {
        super(templateDirectory);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    protected void write(ReportModel model, Messages m, ReportInput input, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            new JsonWriter(g, model, input).write();
        }
        out.flush();
    }
}
