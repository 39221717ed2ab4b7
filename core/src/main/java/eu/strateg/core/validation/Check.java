package eu.strateg.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Small checks shared by the model's constructors. Each records a problem in the given {@link Problems}
 * and returns a safe value (so construction can go on and find further problems); the constructor then
 * calls {@link Problems#throwIfAny()}.
 */
public final class Check {

    /**
     * Codes of elements, indicators and projects: letters, digits and {@code . _ -}, starting with a letter or
     * digit, at most 64 characters. Nothing that could break a path, a file name, a CSV cell or a formula.
     */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public static final int MAX_TEXT = 20_000;

    /** The largest absolute scale (exponent) of a decimal Strateg accepts, against inputs such as {@code 1E+999999999}. */
    public static final int MAX_DECIMAL_SCALE = 1000;

    private Check() {
    }

    /**
     * Whether a decimal's exponent is within what Strateg accepts: the one scale guard for every reader.
     *
     * @param value a decimal, not null
     * @return true when {@code |scale| <= }{@value #MAX_DECIMAL_SCALE}
     */
    public static boolean scaleInRange(BigDecimal value) {
        return Math.abs((long) value.scale()) <= MAX_DECIMAL_SCALE;
    }

    public static <T> T required(Problems p, String path, T value) {
        if (value == null) {
            p.add(path, "is required");
        }
        return value;
    }

    /** A required text: not null, not blank, no control characters other than line breaks and tabs. */
    public static String text(Problems p, String path, String value) {
        if (value == null || value.isBlank()) {
            p.add(path, "is required and must not be blank");
            return value;
        }
        return optionalText(p, path, value);
    }

    /** An optional text: null allowed; if present, not over {@link #MAX_TEXT} characters and free of control characters. */
    public static String optionalText(Problems p, String path, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            p.add(path, "is %d characters long; at most %d are allowed", value.length(), MAX_TEXT);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                p.add(path, "contains the control character U+%04X at position %d", (int) c, i);
                break;
            }
        }
        return value;
    }

    /**
     * True when {@code value} matches {@link #CODE}. A plain loop rather than the regex: codes are checked for every
     * observation, and the matcher was the largest cost of building one (see BENCHMARKS.md, pair 1).
     */
    public static boolean isCode(String value) {
        int n = value.length();
        if (n == 0 || n > 64 || !isAsciiLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    public static String code(Problems p, String path, String value) {
        if (value == null || value.isEmpty()) {
            p.add(path, "a code is required");
        } else if (!isCode(value)) {
            p.add(path, "'%s' is not a valid code: use letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit)",
                    printable(value));
        }
        return value;
    }

    public static BigDecimal nonNegative(Problems p, String path, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            p.add(path, "must not be negative, was %s", value.toPlainString());
        }
        return value;
    }

    /** Turns a double into an exact decimal, rejecting NaN and infinities. */
    public static BigDecimal finite(Problems p, String path, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            p.add(path, "must be a finite number, was %s", value);
            return null;
        }
        return new BigDecimal(Double.toString(value));
    }

    /** Parses a decimal written by a person ("12.5", "-3", "1e-7"), rejecting anything else with the text quoted. */
    public static BigDecimal decimal(Problems p, String path, String text) {
        if (text == null || text.isBlank()) {
            p.add(path, "a number is required");
            return null;
        }
        String t = text.strip();
        if (t.length() > 400) {
            p.add(path, "'%s…' is too long to be a number", t.substring(0, 20));
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(t);
            if (!scaleInRange(d)) {
                p.add(path, "'%s' has an exponent out of range", printable(t));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            p.add(path, "'%s' is not a number", printable(t));
            return null;
        }
    }

    public static <T> ImmutableList<T> list(Problems p, String path, List<T> values) {
        if (values == null) {
            return ImmutableList.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                p.add(Paths.join(path, "[" + i + "]"), "must not be null");
            }
        }
        return values.stream().filter(v -> v != null).collect(ImmutableList.toImmutableList());
    }

    public static ImmutableSortedMap<String, String> stringMap(Problems p, String path, Map<String, String> values) {
        if (values == null) {
            return ImmutableSortedMap.of();
        }
        ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String k = e.getKey();
            if (k == null || k.isBlank()) {
                p.add(path, "has an empty key");
                continue;
            }
            String v = e.getValue();
            if (v == null || v.isEmpty()) {
                p.add(Paths.keyed(path, k), "has no value");
                continue;
            }
            optionalText(p, Paths.keyed(path, k), k);
            optionalText(p, Paths.keyed(path, k), v);
            b.put(k, v);
        }
        return b.buildOrThrow();
    }

    public static <K, V> ImmutableMap<K, V> map(Map<K, V> values) {
        return values == null ? ImmutableMap.of() : ImmutableMap.copyOf(values);
    }

    /** The value as a person can read it in a message: control characters escaped, long values cut. */
    public static String printable(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length() && sb.length() < 80; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= 80) {
            sb.append('…');
        }
        return sb.toString();
    }
}
