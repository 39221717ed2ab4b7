package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes progress results as one JSON object {@code {<id>: {<series key>: {...}, progress_status, score}}} (the
 * structure and keys of sdg-build's {@code indicator_calculation_components.yml}), one indicator at a time, so a
 * whole repository never has to be held in memory.
 */
public final class ProgressJsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonGenerator gen;

    public ProgressJsonWriter(Writer out) throws IOException {
        this.gen = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.writeStartObject();
    }

    public void write(IndicatorProgress indicator) throws IOException {
        gen.writeFieldName(indicator.id());
        MAPPER.writeValue(gen, indicator.toReferenceMap());
    }

    /** Closes the object and flushes; does not close the writer. */
    public void finish() throws IOException {
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }
}
