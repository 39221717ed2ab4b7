package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in words a person reads: where (line and column) and what, without Jackson's token-type names
 * ({@code VALUE_STRING}), Java names ({@code `StreamReadConstraints.getMaxNestingDepth()`}) or source descriptions
 * ({@code [Source: …]}), and never cut in the middle of a word.
 */
public final class JsonMessages {

    /** Messages are cut (between words) after this many characters. */
    static final int MAX_LENGTH = 160;

    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\((.+?) \\(code (\\d+)\\)\\):? ?(.*)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern LIMIT = Pattern.compile(".*?\\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*");

    private JsonMessages() {
    }

    /** "line 3, column 17" for a known location; null when Jackson does not know it. */
    public static String at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return null;
        }
        return loc.getColumnNr() < 1 ? "line " + loc.getLineNr() : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** What is wrong, in one line of plain words. */
    public static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return limit(m);
        }
        return cut(plain(m));
    }

    private static String limit(String m) {
        Matcher l = LIMIT.matcher(m);
        String numbers = l.matches() ? " (" + l.group(1) + ", the limit is " + l.group(2) + ")" : "";
        if (m.startsWith("Document nesting depth")) {
            return "the input is too deeply nested" + numbers + "; our documents nest a few levels";
        }
        if (m.startsWith("String value length")) {
            return "a text is too large" + numbers;
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number has too many digits" + numbers;
        }
        return "the document is too large" + numbers;
    }

    private static String plain(String m) {
        if (m.startsWith("Unexpected end-of-input")) {
            if (m.contains("VALUE_STRING") || m.contains("closing quote")) {
                return "the input ends inside a text: its closing quote is missing";
            }
            if (m.contains("for Object")) {
                return "the input ends before an object is closed: a '}' is missing";
            }
            if (m.contains("for Array")) {
                return "the input ends before an array is closed: a ']' is missing";
            }
            return "the input ends too early";
        }
        Matcher c = UNEXPECTED_CHARACTER.matcher(m);
        if (c.matches()) {
            String rest = c.group(3);
            return "unexpected character " + character(c.group(1), Integer.parseInt(c.group(2))) + (rest.isEmpty() ? "" : ": " + words(rest));
        }
        Matcher u = UNRECOGNIZED_TOKEN.matcher(m);
        if (u.matches()) {
            return "'" + excerpt(u.group(1)) + "' is not a JSON value: expected a text in double quotes, a number, an array, an object, true, false "
                    + "or null";
        }
        Matcher d = DUPLICATE_FIELD.matcher(m);
        if (d.matches()) {
            return "duplicate field '" + d.group(1) + "': it appears twice in one object";
        }
        Matcher cc = CONTROL_CHARACTER.matcher(m);
        if (cc.matches()) {
            return String.format("the control character U+%04X stands unescaped in a text; write it as \\u%04X or leave it out",
                    Integer.parseInt(cc.group(1)), Integer.parseInt(cc.group(1)));
        }
        if (m.startsWith("Trailing token")) {
            return "there is more after the end of the document; a file holds one JSON value";
        }
        return words(m);
    }

    /** Jackson's character description ({@code '}' (code 125)}) as {@code '}'}, a control character as its code point ({@code U+001F}). */
    private static String character(String quoted, int code) {
        return code < 0x20 || code == 0x7F ? String.format("U+%04X", code) : quoted.startsWith("'") ? quoted : "'" + quoted + "'";
    }

    /** Drops Java names in backticks, source descriptions and token-type names from a Jackson message. */
    private static String words(String m) {
        String s = m.replaceAll("\\s*\\(?start marker at \\[Source:.*", "")
                .replaceAll("\\s*at \\[Source:.*", "")
                .replaceAll("\\s*\\((?:bound as|from) `[^`]*`\\)", "")
                .replaceAll("`[^`]*`", "a value")
                .replace("VALUE_STRING", "a text").replace("VALUE_NUMBER_INT", "a number").replace("VALUE_NUMBER_FLOAT", "a number")
                .replace("START_OBJECT", "an object").replace("START_ARRAY", "an array").replace("END_OBJECT", "'}'")
                .replace("END_ARRAY", "']'").replace("FIELD_NAME", "a field name");
        return s.replaceAll("\\b[A-Z]+(?:_[A-Z]+)+\\b", "a JSON token").strip();
    }

    /** A quoted piece of the input, shortened to 40 characters (the message around it stays whole). */
    private static String excerpt(String token) {
        return token.length() <= 40 ? token : token.substring(0, 40) + "…";
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** At most {@link #MAX_LENGTH} characters, cut between words (with an ellipsis), control characters escaped. */
    static String cut(String m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            sb.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        if (sb.length() <= MAX_LENGTH) {
            return sb.toString();
        }
        int space = sb.lastIndexOf(" ", MAX_LENGTH);
        return sb.substring(0, space > MAX_LENGTH / 2 ? space : MAX_LENGTH).stripTrailing() + " …";
    }
}
