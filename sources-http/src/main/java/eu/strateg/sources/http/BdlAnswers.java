package eu.strateg.sources.http;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the pages of a BDL {@code data/by-unit/{unitId}} answer: top-level {@code unitId} and {@code unitName},
 * {@code results[]} of variables {@code {id, lastUpdate, values[] {year: "2019", val: 28129, attrId: 1}}}. Every
 * problem of a page is named with its path in one {@link SourceFailureException}.
 */
final class BdlAnswers {

    /** A value of one year; {@code attrId} is BDL's attribute of the value. */
    record Value(int year, BigDecimal value, int attrId) {
    }

    /** One variable for the unit. */
    record Series(long variableId, String lastUpdate, List<Value> values) {
    }

    private BdlAnswers() {
    }

    /** Adds the variables of page {@code n} (from 0) to {@code series}; returns the unit's name when the page gives one. */
    static String readByUnitPage(URI first, int n, JsonNode page, String unitId, Map<Long, Series> series) {
        String unitName = null;
        Problems p = new Problems();
        JsonNode answeredUnit = page.get("unitId");
        if (answeredUnit == null || !answeredUnit.isTextual()) {
            p.add("unitId", "is missing: a by-unit answer names its unit");
        } else if (!answeredUnit.asText().equals(unitId)) {
            p.add("unitId", "is %s, but unit %s was asked for", answeredUnit.asText(), unitId);
        }
        if (page.path("unitName").isTextual()) {
            unitName = page.get("unitName").asText();
        }
        JsonNode results = page.get("results");
        if (results == null || !results.isArray()) {
            p.add("results", "must be a list");
        } else {
            for (int i = 0; i < results.size(); i++) {
                read(p, "results[" + i + "]", results.get(i), series);
            }
        }
        if (!p.isEmpty()) {
            throw new SourceFailureException(first, 200, "page " + (n + 1) + " is not a BDL by-unit answer: "
                    + p.list().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        return unitName;
    }

    private static void read(Problems p, String at, JsonNode result, Map<Long, Series> into) {
        JsonNode id = result.get("id");
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
            p.add(at + ".id", "must be a BDL variable id, a positive whole number such as 72305, was %s", Objects.toString(id));
            return;
        }
        String lastUpdate = result.path("lastUpdate").isTextual() ? result.get("lastUpdate").asText() : null;
        JsonNode values = result.get("values");
        if (values == null || !values.isArray()) {
            p.add(at + ".values", "must be a list");
            return;
        }
        Map<Integer, Value> byYear = new TreeMap<>();
        Series earlier = into.get(id.asLong());
        if (earlier != null) {
            earlier.values().forEach(v -> byYear.put(v.year(), v));
        }
        for (int j = 0; j < values.size(); j++) {
            JsonNode v = values.get(j);
            String path = at + ".values[" + j + "]";
            JsonNode year = v.get("year");
            JsonNode val = v.get("val");
            JsonNode attr = v.get("attrId");
            boolean ok = true;
            if (year == null || !year.isTextual() || !year.asText().matches("\\d{4}")) {
                p.add(path + ".year", "must be a year written as text, such as \"2019\", was %s", Objects.toString(year));
                ok = false;
            }
            if (val != null && !val.isNull() && !val.isNumber()) {
                p.add(path + ".val", "must be a number, was %s", val.toString());
                ok = false;
            }
            if (attr != null && !attr.isNull() && !attr.isIntegralNumber()) {
                p.add(path + ".attrId", "must be a whole number, was %s", attr.toString());
                ok = false;
            }
            if (!ok || val == null || val.isNull()) {
                continue;
            }
            Value value = new Value(Integer.parseInt(year.asText()), val.decimalValue(), attr == null || attr.isNull() ? 1 : attr.asInt());
            Value before = byYear.putIfAbsent(value.year(), value);
            if (before != null && (before.value().compareTo(value.value()) != 0 || before.attrId() != value.attrId())) {
                p.add(path, "gives a second value for variable %d in %d: %s after %s", id.asLong(), value.year(),
                        value.value().toPlainString(), before.value().toPlainString());
            }
        }
        into.put(id.asLong(), new Series(id.asLong(), lastUpdate != null ? lastUpdate : earlier == null ? null : earlier.lastUpdate(),
                List.copyOf(byYear.values())));
    }
}
