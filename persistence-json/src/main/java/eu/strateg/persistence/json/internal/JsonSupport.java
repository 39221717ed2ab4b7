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

    /**
     * A readable problem for a Jackson parse error: where (the field path, line and column) and what, in plain words
     * ({@link JsonMessages}: no Java or Jackson names, never cut in the middle of a word).
     */
    public static ValidationException malformed(JsonProcessingException e) {
        return malformed(e, null);
    }

    /** Like {@link #malformed(JsonProcessingException)}, taking the place from {@code reading} when the error has none. */
    public static ValidationException malformed(JsonProcessingException e, JsonParser reading) {
        JsonParser parser = e.getProcessor() instanceof JsonParser p ? p : reading;
        String where = JsonMessages.at(e.getLocation());
        if (where == null && parser != null) {
            where = JsonMessages.at(parser.currentLocation());
        }
        String what = e instanceof StreamConstraintsException ? "" : "malformed JSON: ";
        String path = parser != null ? path(parser.getParsingContext()) : "";
        return new ValidationException(java.util.List.of(new Problem(path, (where == null ? "" : where + ": ") + what + JsonMessages.describe(e))));
    }

    /**
     * Jackson reports a number whose exponent does not fit an {@code int} (e.g. {@code 1e9999999999}) with a plain
     * {@link NumberFormatException}, not a parse error: this is its {@link ValidationException}, at the parser's place.
     */
    public static ValidationException numberOutOfRange(JsonParser parser) {
        String where = parser == null ? null : JsonMessages.at(parser.currentLocation());
        return new ValidationException(parser == null ? "" : path(parser.getParsingContext()),
                (where == null ? "" : where + ": ") + "a number is too large or too small to be read (its exponent is out of range)");
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
        while (parts.size() > 12) {
            parts.removeLast(); // a hostile nesting: the first levels say where it starts
        }
        String joined = String.join("", parts) + (context != null && context.getNestingDepth() > 12 ? "…" : "");
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
