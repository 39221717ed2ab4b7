package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one Jackson configuration for our JSON files, and the translation of Jackson's exceptions into
 * {@link ValidationException}s a person can read.
 *
 * <p>Numbers are read as exact {@code BigDecimal}s with their scale kept ({@code 0.10} stays {@code 0.10}); duplicate
 * keys are an error; nesting is limited (our documents are shallow, a deep one is hostile).
 */
public final class JsonSupport {

    /** Our documents nest about six levels; anything much deeper is not ours. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = createMapper();

    private JsonSupport() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        factory.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The shared, thread-safe mapper (trees only; we never bind classes by reflection). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** A readable problem for a Jackson parse error: where (line, column and, when known, the field path) and what. */
    public static ValidationException malformed(JsonProcessingException e) {
        var loc = e.getLocation();
        String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        String what = e instanceof StreamConstraintsException ? "the document is too large or too deeply nested: " : "malformed JSON: ";
        String path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "";
        return new ValidationException(java.util.List.of(new Problem(path, where + what + firstLine(e.getOriginalMessage()))));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        return Check.printable(nl < 0 ? message : message.substring(0, nl));
    }

    /** The field path of a parser context in our notation: {@code elements[3].title}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
