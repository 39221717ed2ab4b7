package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object with their paths, recording every wrong type, missing field and unknown
 * field in a {@link Problems} instead of throwing. A missing optional field and an explicit {@code null} are the
 * same. Call {@link #finish()} after reading all fields to report the fields nobody asked for.
 */
public final class Fields {

    private final JsonNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    private Fields(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The object at {@code path}, or null (with a problem recorded) when the node is not an object. */
    public static Fields of(JsonNode node, String path, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add(path, "must be an object, was %s", describe(node));
            return null;
        }
        return new Fields(node, path, problems);
    }

    public String path() {
        return path;
    }

    public String path(String name) {
        return Paths.join(path, name);
    }

    public Problems problems() {
        return problems;
    }

    /** The raw node of a field, null when absent or null. */
    public JsonNode raw(String name) {
        known.add(name);
        JsonNode n = node.get(name);
        return n == null || n.isNull() ? null : n;
    }

    public boolean has(String name) {
        return raw(name) != null;
    }

    private JsonNode required(String name) {
        JsonNode n = raw(name);
        if (n == null) {
            problems.add(path(name), "is required");
        }
        return n;
    }

    public String text(String name) {
        JsonNode n = required(name);
        return n == null ? null : asText(n, path(name));
    }

    public String optText(String name) {
        JsonNode n = raw(name);
        return n == null ? null : asText(n, path(name));
    }

    private String asText(JsonNode n, String at) {
        if (!n.isTextual()) {
            problems.add(at, "must be a string, was %s", describe(n));
            return null;
        }
        return n.textValue();
    }

    public BigDecimal decimal(String name) {
        JsonNode n = required(name);
        return n == null ? null : asDecimal(n, path(name));
    }

    public BigDecimal optDecimal(String name) {
        JsonNode n = raw(name);
        return n == null ? null : asDecimal(n, path(name));
    }

    /** A JSON number as an exact decimal; a string such as {@code "0.1"} is rejected, not coerced. */
    public BigDecimal asDecimal(JsonNode n, String at) {
        if (!n.isNumber()) {
            problems.add(at, "must be a number, was %s", describe(n));
            return null;
        }
        BigDecimal d = n.decimalValue();
        if (!Check.scaleInRange(d)) {
            problems.add(at, "the number's exponent is out of range");
            return null;
        }
        return d;
    }

    public Integer integer(String name, int min, int max) {
        JsonNode n = required(name);
        return n == null ? null : asInteger(n, path(name), min, max);
    }

    public Integer optInteger(String name, int min, int max) {
        JsonNode n = raw(name);
        return n == null ? null : asInteger(n, path(name), min, max);
    }

    private Integer asInteger(JsonNode n, String at, int min, int max) {
        if (!n.isIntegralNumber()) {
            problems.add(at, "must be a whole number, was %s", describe(n));
            return null;
        }
        if (!n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
            problems.add(at, "%s is outside %d–%d", n.asText(), min, max);
            return null;
        }
        return n.intValue();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonNode n = required(name);
        return n == null ? null : asEnum(n, path(name), type);
    }

    public <E extends Enum<E>> E optEnum(String name, Class<E> type) {
        JsonNode n = raw(name);
        return n == null ? null : asEnum(n, path(name), type);
    }

    private <E extends Enum<E>> E asEnum(JsonNode n, String at, Class<E> type) {
        String t = asText(n, at);
        if (t == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        problems.add(at, "'%s' is not one of %s", Check.printable(t),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    public Period period(String name) {
        String t = text(name);
        return t == null ? null : problems.collect(path(name), () -> Period.parse(t));
    }

    public LocalDate optDate(String name) {
        String t = optText(name);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            problems.add(path(name), "'%s' is not a date: write YYYY-MM-DD, e.g. 2024-06-30", Check.printable(t));
            return null;
        }
    }

    public Instant optInstant(String name) {
        String t = optText(name);
        if (t == null) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeException e) {
            problems.add(path(name), "'%s' is not a UTC time: write e.g. 2024-06-30T12:00:00Z", Check.printable(t));
            return null;
        }
    }

    /** A nested object, or null (with a problem) when absent or not an object. */
    public Fields object(String name) {
        JsonNode n = required(name);
        return n == null ? null : of(n, path(name), problems);
    }

    /** A nested optional object, or null when absent (a problem only when it is not an object). */
    public Fields optObject(String name) {
        JsonNode n = raw(name);
        return n == null ? null : of(n, path(name), problems);
    }

    /** The elements of an optional array (empty when absent). */
    public List<JsonNode> array(String name) {
        JsonNode n = raw(name);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            problems.add(path(name), "must be an array, was %s", describe(n));
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(n.size());
        n.forEach(out::add);
        return out;
    }

    /** An optional array of strings (empty when absent); wrong items are reported and left out. */
    public List<String> strings(String name) {
        List<JsonNode> items = array(name);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String s = asText(items.get(i), path(name) + "[" + i + "]");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Reports every field that was not read: unknown fields are rejected so that typos do not pass silently. */
    public void finish() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(path(Check.printable(name)), "is not a known field");
            }
        }
    }

    /** A short description of a JSON node's type for messages. */
    public static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string '" + Check.printable(n.textValue()) + "'";
            case NUMBER -> "the number " + n.asText();
            case BOOLEAN -> "the boolean " + n.asText();
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
