package eu.strateg.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /**
     * The first day any date of the model may fall on (adoption, archiving, project schedules, the time an observation
     * was recorded, the date of an evaluation): every store (JSON, H2, PostgreSQL) keeps dates from here to
     * {@link #MAX_DATE} exactly. Periods have their own, wider range ({@code Period.MIN_YEAR}).
     */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    /** The last day any date of the model may fall on (see {@link #MIN_DATE}). */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    private static final Instant MIN_INSTANT = MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant MAX_INSTANT = MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);

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

    /**
     * An optional text: null allowed; if present, not over {@link #MAX_TEXT} characters, free of control characters
     * (line breaks and tabs allowed) and well-formed Unicode: no lone surrogate (half of a character, which no store
     * keeps as it is) and no non-character (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the last two code points of every plane).
     */
    public static String optionalText(Problems p, String path, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            p.add(path, "is %d characters long; at most %d are allowed", value.length(), MAX_TEXT);
        }
        String bad = unusableCharacter(value);
        if (bad != null) {
            p.add(path, bad);
        }
        return value;
    }

    /** What is wrong with the first unusable character of {@code value}, with its position; null when there is none. */
    public static String unusableCharacter(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7F && c < 0xA0) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    return String.format("contains the control character U+%04X at position %d", (int) c, i);
                }
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, value.charAt(++i));
                    if (isNonCharacter(cp)) {
                        return String.format("contains the non-character U+%X at position %d", cp, i - 1);
                    }
                } else {
                    return String.format("contains a lone surrogate U+%04X at position %d (broken UTF-16: half of a character)", (int) c, i);
                }
            } else if (c >= 0xFDD0 && isNonCharacter(c)) {
                return String.format("contains the non-character U+%04X at position %d", (int) c, i);
            }
        }
        return null;
    }

    private static boolean isNonCharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    /** An optional date: null allowed; if present, between {@link #MIN_DATE} and {@link #MAX_DATE}. */
    public static LocalDate date(Problems p, String path, LocalDate value) {
        if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
            p.add(path, "%s is outside the dates Strateg keeps (%s to %s)", value, MIN_DATE, MAX_DATE);
        }
        return value;
    }

    /** An optional point in time: null allowed; if present, within the days {@link #MIN_DATE} to {@link #MAX_DATE} (UTC). */
    public static Instant instant(Problems p, String path, Instant value) {
        if (value != null && (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT))) {
            p.add(path, "%s is outside the times Strateg keeps (%s to %s, UTC)", value, MIN_DATE, MAX_DATE);
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

    /**
     * Numbers of the model (observed values, baselines, targets, milestones, natural limits, budget amounts) have at
     * most this many digits before the decimal point: their magnitude is below 10^18. Together with
     * {@link #MAX_DECIMAL_PLACES} this keeps every number and every ratio of two of them far inside what the evaluation
     * computes with (a double reaches 10^308), and inside what every store keeps exactly.
     */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** Numbers of the model have at most this many decimal places once trailing zeros are dropped (see {@link #MAX_INTEGER_DIGITS}). */
    public static final int MAX_DECIMAL_PLACES = 20;

    /** The largest weight of an element or indicator in its roll-up. */
    public static final BigDecimal MAX_WEIGHT = new BigDecimal(1_000_000);

    /** Weights have at most this many decimal places, so the smallest is 0.000001. */
    public static final int MAX_WEIGHT_DECIMAL_PLACES = 6;

    /**
     * An optional number of the model: null allowed; if present, its magnitude below 10^{@value #MAX_INTEGER_DIGITS} and at
     * most {@value #MAX_DECIMAL_PLACES} decimal places ({@code 1e400}, {@code 1e-1000} are refused, naming the path).
     */
    public static BigDecimal number(Problems p, String path, BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return value;
        }
        if (value.precision() - (long) value.scale() > MAX_INTEGER_DIGITS) {
            p.add(path, "%s is too large: Strateg works with numbers below 10^%d in magnitude", shortForm(value), MAX_INTEGER_DIGITS);
        } else if (value.scale() > MAX_DECIMAL_PLACES && value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            p.add(path, "%s has more than %d decimal places, the most Strateg works with", shortForm(value), MAX_DECIMAL_PLACES);
        }
        return value;
    }

    /**
     * An optional weight: null allowed (the default 1 applies); if present, positive, at most {@link #MAX_WEIGHT} and
     * with at most {@value #MAX_WEIGHT_DECIMAL_PLACES} decimal places.
     */
    public static BigDecimal weight(Problems p, String path, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            p.add(path, "must be positive, was %s", shortForm(value));
        } else if (value.compareTo(MAX_WEIGHT) > 0
                || value.scale() > MAX_WEIGHT_DECIMAL_PLACES && value.stripTrailingZeros().scale() > MAX_WEIGHT_DECIMAL_PLACES) {
            p.add(path, "%s is outside the weights Strateg works with: from 0.000001 to 1000000, at most %d decimal places",
                    shortForm(value), MAX_WEIGHT_DECIMAL_PLACES);
        }
        return value;
    }

    /** A number as a person reads it in a message: plain when short, else in exponent notation (never 1,000 digits). */
    private static String shortForm(BigDecimal value) {
        String plain = Math.abs((long) value.scale()) <= 30 && value.precision() <= 30 ? value.toPlainString() : value.toString();
        return plain.length() <= 40 ? plain : value.round(new java.math.MathContext(6)).toString();
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
            return d; // the model's range is checked where the number is used (number, weight)
        } catch (NumberFormatException e) {
            p.add(path, "'%s' is not a number", printable(t));
            return null;
        }
    }

    private static boolean isPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
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

    /** The value as a person can read it in a message: control characters and lone surrogates escaped, long values cut. */
    public static String printable(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length() && sb.length() < 80; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !isPair(value, i)) {
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
