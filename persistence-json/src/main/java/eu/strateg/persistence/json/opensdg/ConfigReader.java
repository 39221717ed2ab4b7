package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads the YAML metadata of an Open SDG indicator ({@code indicator-config/<id>.yml} or the front matter of {@code meta/<id>.md}). */
final class ConfigReader {

    private static final ObjectMapper YAML = new YAMLMapper();

    private ConfigReader() {
    }

    /** The YAML tree of a config file, or null (with a problem) when it is not YAML. */
    static JsonNode parse(String text, String path, Problems p) {
        try {
            JsonNode n = YAML.readTree(CsvTableReader.stripBom(text));
            if (n == null || n.isMissingNode() || n.isNull()) {
                return YAML.createObjectNode();
            }
            if (!n.isObject()) {
                p.add(path, "is not a YAML mapping");
                return null;
            }
            return n;
        } catch (Exception e) {
            p.add(path, "is not readable YAML: %s", firstLine(e.getMessage()));
            return null;
        }
    }

    /** The YAML between the leading {@code ---} lines of a Markdown file (empty when there is no front matter). */
    static String frontMatter(String markdown) {
        String[] lines = CsvTableReader.stripBom(markdown).split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return sb.toString();
            }
            sb.append(lines[i]).append('\n');
        }
        return "";
    }

    /** The progress items of a config, defaults applied; problems under {@code path}. */
    static List<ProgressOption> options(JsonNode config, String path, Problems p) {
        JsonNode list = config.get("progress_calculation_options");
        if (list == null || list.isNull() || list.isArray() && list.isEmpty()) {
            return List.of(ProgressOption.defaults());
        }
        return items(list, path + ".progress_calculation_options", p);
    }

    private static List<ProgressOption> items(JsonNode list, String path, Problems p) {
        List<ProgressOption> out = new ArrayList<>();
        if (!list.isArray()) {
            p.add(path, "must be a list of items");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            ProgressOption o = item(list.get(i), path + "[" + i + "]", p);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private static ProgressOption item(JsonNode n, String path, Problems p) {
        if (n == null || !n.isObject()) {
            p.add(path, "must be a mapping");
            return null;
        }
        if (n.has("group")) {
            List<ProgressOption> group = items(n.get("group"), path + ".group", p);
            return group.isEmpty() ? null : ProgressOption.group(group);
        }
        List<ProgressOption.DisaggregationFilter> filters = new ArrayList<>();
        JsonNode d = n.get("disaggregation");
        if (d != null && !d.isNull()) {
            if (!d.isArray()) {
                p.add(path + ".disaggregation", "must be a list of {field, value}");
            } else {
                for (int i = 0; i < d.size(); i++) {
                    String fp = path + ".disaggregation[" + i + "]";
                    String field = d.get(i) == null ? null : text(d.get(i).get("field"));
                    // an empty or null value keeps the rows where the column is empty (sdg-build 2.4.0)
                    String value = field == null ? null : text(d.get(i).get("value"));
                    if (field == null || field.isEmpty()) {
                        p.add(fp, "needs a field");
                    } else {
                        filters.add(new ProgressOption.DisaggregationFilter(field, value));
                    }
                }
            }
        }
        Direction direction = direction(n.get("direction"), path + ".direction", p);
        int baseYear = year(n.get("base_year"), ProgressOption.defaults().baseYear(), path + ".base_year", p);
        int targetYear = year(n.get("target_year"), ProgressOption.defaults().targetYear(), path + ".target_year", p);
        return new ProgressOption(filterText(n.get("series")), filterText(n.get("unit")), filters, direction, baseYear,
                number(n.get("target"), path + ".target", p), targetYear, number(n.get("limit"), path + ".limit", p), List.of());
    }

    private static Direction direction(JsonNode n, String path, Problems p) {
        String s = text(n);
        if (s == null || s.equals("negative")) {
            return Direction.DECREASE;
        }
        if (s.equals("positive")) {
            return Direction.INCREASE;
        }
        p.add(path, "'%s' is not a direction: use positive or negative", Check.printable(s));
        return Direction.DECREASE;
    }

    private static int year(JsonNode n, int fallback, String path, Problems p) {
        BigDecimal v = number(n, path, p);
        if (v == null) {
            return fallback;
        }
        try {
            int y = v.intValueExact();
            if (y >= 1000 && y <= 9999) {
                return y;
            }
        } catch (ArithmeticException e) {
            // reported below
        }
        p.add(path, "'%s' is not a year", v.toPlainString());
        return fallback;
    }

    private static BigDecimal number(JsonNode n, String path, Problems p) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            if (n.isFloatingPointNumber() && !Double.isFinite(n.doubleValue())) {
                // YAML's .inf and .nan, and numbers beyond a double such as 1e400
                p.add(path, "is too large to be a number here (or not a finite number)");
                return null;
            }
            return n.isFloatingPointNumber() ? new BigDecimal(Double.toString(n.doubleValue())) : n.decimalValue();
        }
        String s = text(n);
        return s == null || s.isBlank() ? null : Check.decimal(p, path, s);
    }

    /** A unit or series to filter on: null (no filter) when absent or blank. */
    private static String filterText(JsonNode n) {
        String s = text(n);
        return s == null || s.isBlank() ? null : s;
    }

    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        return n.asText();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
