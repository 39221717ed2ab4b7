package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.validation.Problems;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a translation file ({@code key: text} per line) quickly: a line whose key and text are plain YAML scalars
 * that stay strings is taken as it is; any other top-level line is parsed alone by the YAML parser; a file with
 * indented lines, document markers or directives is parsed whole by it. The result is the same as the YAML
 * parser's (a translation file holds thousands of lines, and the YAML parser is most of a short run's start-up).
 */
final class FlatYaml {

    /** A plain scalar that stays a string: no indicator first, no ": " or " #" inside, no quotes, tabs or trailing colon. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s\\p{Cc}\\uFEFF\\uFFFE\\uFFFF#'\"\\[\\]{}&*!|>%@`,?:\\-]"
            + "(?:[^\\p{Cc}\\uFEFF\\uFFFE\\uFFFF#:]|:(?! )|(?<! )#)*");
    /** What YAML 1.1 would read as another type (bool, null, number, date, merge…): left to the YAML parser. */
    private static final Pattern TYPED = Pattern.compile("(?i:y|n|yes|no|true|false|on|off|null|~)|[-+.0-9][-+.0-9_:eE]*|.*\\d{4}-\\d\\d?-\\d.*|<<|=|\\..*");

    private FlatYaml() {
    }

    /** The entries of {@code text} flattened with dots, or null (with a problem) when it is not a YAML mapping. */
    static Map<String, String> read(String text, String path, Problems p) {
        String body = CsvTableReader.stripBom(text);
        Map<String, String> out = new HashMap<>();
        String[] lines = body.split("\r?\n", -1);
        for (String line : lines) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t' || line.startsWith("---")
                    || line.startsWith("...") || line.charAt(0) == '%') && !line.isBlank()) {
                return whole(body, path, p);
            }
        }
        for (String line : lines) {
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            if (!simple(line, out)) {
                Problems local = new Problems();
                JsonNode n = ConfigReader.parse(line, path, local);
                if (n == null || !local.isEmpty()) {
                    return whole(body, path, p); // let the parser report the problem with its location in the file
                }
                flatten("", n, out);
            }
        }
        return out;
    }

    private static boolean simple(String line, Map<String, String> out) {
        int colon = line.indexOf(": ");
        if (colon <= 0) {
            return false;
        }
        String key = line.substring(0, colon);
        String value = line.substring(colon + 2).strip();
        if (key.endsWith(" ") || value.isEmpty() || !PLAIN.matcher(key).matches() || !PLAIN.matcher(value).matches()
                || TYPED.matcher(key).matches() || TYPED.matcher(value).matches() || value.endsWith(":")) {
            return false;
        }
        out.put(key, value);
        return true;
    }

    private static Map<String, String> whole(String body, String path, Problems p) {
        JsonNode n = ConfigReader.parse(body, path, p);
        if (n == null) {
            return null;
        }
        Map<String, String> out = new HashMap<>();
        flatten("", n, out);
        return out;
    }

    static void flatten(String prefix, JsonNode n, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key + ".", e.getValue(), into);
            } else if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                into.put(key, e.getValue().asText());
            }
        }
    }
}
