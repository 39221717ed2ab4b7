package eu.strateg.sources.http;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a JSON-stat 2.0 dataset (the format of Eurostat's dissemination API) in which every dimension but time has
 * one category: {@code id} and {@code size} list the dimensions, {@code dimension.<id>.category.index} their
 * categories (an object code → position or a list of codes), {@code value} and {@code status} the cells in
 * row-major order (a list, or an object keyed by the cell's position). Every problem is named with its path.
 */
final class JsonStat {

    /** One cell: the period, the value, and the status flag ({@code p}, {@code e}, … or null). */
    record Cell(Period period, BigDecimal value, String flag) {
    }

    /** The cells of a dataset and its {@code updated} time (null when absent). */
    record Series(String label, String updated, List<Cell> cells) {
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-?M?(0[1-9]|1[0-2])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-?S([12])");

    private JsonStat() {
    }

    /** The cells for {@code geo} along the time dimension; the dataset must have no other dimension with more than one category. */
    static Series read(URI uri, JsonNode root, String geo, String declaration) {
        Problems p = new Problems();
        if (!root.isObject()) {
            throw notJsonStat(uri, List.of("the top level must be an object"));
        }
        if (root.has("class") && !"dataset".equals(root.path("class").asText())) {
            p.add("class", "must be \"dataset\", was %s", root.get("class").toString());
        }
        JsonNode ids = root.get("id");
        JsonNode sizes = root.get("size");
        JsonNode dimensions = root.get("dimension");
        if (ids == null || !ids.isArray() || sizes == null || !sizes.isArray() || ids.size() != sizes.size()) {
            p.add("id", "and 'size' must be lists of the same length");
        }
        if (dimensions == null || !dimensions.isObject()) {
            p.add("dimension", "must be an object");
        }
        throwIf(uri, p);
        String time = role(root, "time", "time");
        String geoId = role(root, "geo", "geo");
        int n = ids.size();
        int timeAt = -1;
        List<List<String>> categories = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String id = ids.get(k).asText();
            List<String> codes = categories(p, "dimension." + id + ".category.index", dimensions.path(id).path("category").path("index"));
            if (codes.size() != sizes.get(k).asInt(-1)) {
                p.add("size[" + k + "]", "is %s, but dimension '%s' has %d categories", sizes.get(k).toString(), id, codes.size());
            }
            categories.add(codes);
            if (id.equals(time)) {
                timeAt = k;
            } else if (id.equals(geoId)) {
                if (!codes.contains(geo)) {
                    p.add("dimension." + id, "has no category %s (it has %s)", geo, String.join(", ", codes));
                }
            } else if (codes.size() > 1) {
                p.add("dimension." + id, "has %d categories (%s): name one in the indicator's source, e.g. eurostat:%s%s%s=%s",
                        codes.size(), String.join(", ", codes), declaration, declaration.contains("?") ? "&" : "?", id, codes.get(0));
            }
        }
        if (timeAt < 0) {
            p.add("id", "has no time dimension '%s'", time);
        }
        throwIf(uri, p);
        long[] strides = new long[n];
        long product = 1;
        for (int k = n - 1; k >= 0; k--) {
            strides[k] = product;
            product *= categories.get(k).size();
        }
        long stride = strides[timeAt];
        long geoOffset = 0;
        for (int k = 0; k < n; k++) {
            if (ids.get(k).asText().equals(geoId)) {
                geoOffset = categories.get(k).indexOf(geo) * strides[k];
            }
        }
        List<Cell> cells = new ArrayList<>();
        JsonNode values = root.path("value");
        JsonNode status = root.path("status");
        List<String> times = categories.get(timeAt);
        for (int t = 0; t < times.size(); t++) {
            long index = geoOffset + t * stride;
            JsonNode v = cell(values, index);
            String path = "value[" + index + "]";
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isNumber()) {
                p.add(path, "must be a number or null, was %s", v.toString());
                continue;
            }
            Period period = period(p, "dimension." + time + ".category.index", times.get(t));
            JsonNode flag = status.isTextual() ? status : cell(status, index);
            if (period != null) {
                cells.add(new Cell(period, v.decimalValue(), flag != null && flag.isTextual() && !flag.asText().isBlank() ? flag.asText() : null));
            }
        }
        throwIf(uri, p);
        return new Series(root.path("label").isTextual() ? root.get("label").asText() : null,
                root.path("updated").isTextual() ? root.get("updated").asText() : null, cells);
    }

    /** The dimension with this role ({@code role.time: ["time"]}), or the conventional id. */
    private static String role(JsonNode root, String role, String fallback) {
        JsonNode r = root.path("role").path(role);
        return r.isArray() && r.size() == 1 && r.get(0).isTextual() ? r.get(0).asText() : fallback;
    }

    private static List<String> categories(Problems p, String path, JsonNode index) {
        List<String> out = new ArrayList<>();
        if (index.isArray()) {
            index.forEach(c -> out.add(c.asText()));
        } else if (index.isObject()) {
            Map<Integer, String> byPosition = new LinkedHashMap<>();
            index.properties().forEach(e -> byPosition.put(e.getValue().asInt(-1), e.getKey()));
            for (int i = 0; i < byPosition.size(); i++) {
                if (!byPosition.containsKey(i)) {
                    p.add(path, "positions must be 0 to %d, each once", byPosition.size() - 1);
                    return out;
                }
                out.add(byPosition.get(i));
            }
        } else {
            p.add(path, "must be an object (code → position) or a list of codes");
        }
        return out;
    }

    private static JsonNode cell(JsonNode cells, long index) {
        if (cells.isArray()) {
            return index < cells.size() ? cells.get((int) index) : null;
        }
        return cells.isObject() ? cells.get(Long.toString(index)) : null;
    }

    private static Period period(Problems p, String path, String code) {
        Matcher m;
        if ((m = YEAR.matcher(code)).matches()) {
            return Period.year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(code)).matches()) {
            return Period.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(code)).matches()) {
            return Period.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = HALF.matcher(code)).matches()) {
            return Period.halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        p.add(path, "time '%s' is not a year, half year, quarter or month (2021, 2021-S1, 2021-Q3, 2021-07)", code);
        return null;
    }

    private static void throwIf(URI uri, Problems p) {
        if (!p.isEmpty()) {
            throw notJsonStat(uri, p.list().stream().map(Object::toString).toList());
        }
    }

    private static SourceFailureException notJsonStat(URI uri, List<String> problems) {
        return new SourceFailureException(uri, 200, "the body is not a usable JSON-stat 2.0 dataset: "
                + problems.stream().collect(Collectors.joining("; ")));
    }
}
