package eu.strateg.persistence.jdbc;

import com.google.common.collect.ImmutableSortedMap;
import eu.strateg.core.validation.ValidationException;
import java.util.Map;
import java.util.SortedMap;

/**
 * The disaggregation of a series as one canonical text: {@code {}} for the headline,
 * {@code {district=Sever, sex=F}} otherwise (keys sorted). {@code \ = , { }} inside keys and values are escaped by a
 * backslash, so the text is unambiguous and parses back to the same map; for ordinary names it is exactly the map's
 * {@code toString()}, the order the in-memory store sorts series in.
 */
final class SeriesKeys {

    /** The longest key text stored: it is part of the primary key, whose entries databases limit in size. */
    static final int MAX_LENGTH = 1000;

    static final String HEADLINE = "{}";

    private SeriesKeys() {
    }

    static String encode(SortedMap<String, String> disaggregation) {
        if (disaggregation.isEmpty()) {
            return HEADLINE;
        }
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : disaggregation.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            escape(sb, e.getKey());
            sb.append('=');
            escape(sb, e.getValue());
        }
        return sb.append('}').toString();
    }

    /** {@link #encode}, rejecting keys too long to be stored. */
    static String encodeChecked(SortedMap<String, String> disaggregation, String path) {
        String key = encode(disaggregation);
        if (key.length() > MAX_LENGTH) {
            throw ValidationException.of(path, "the disaggregation is %d characters long as text; at most %d are stored",
                    key.length(), MAX_LENGTH);
        }
        return key;
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '=' || c == ',' || c == '{' || c == '}') {
                sb.append('\\');
            }
            sb.append(c);
        }
    }

    static SortedMap<String, String> decode(String text) {
        if (HEADLINE.equals(text)) {
            return ImmutableSortedMap.of();
        }
        ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
        StringBuilder current = new StringBuilder();
        String key = null;
        int end = text.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                current.append(text.charAt(++i));
            } else if (c == '=' && key == null) {
                key = current.toString();
                current.setLength(0);
            } else if (c == ',') {
                b.put(key, current.toString());
                key = null;
                current.setLength(0);
                i++; // the space after the comma
            } else {
                current.append(c);
            }
        }
        b.put(key, current.toString());
        return b.buildOrThrow();
    }
}
