package eu.strateg.examples.embedding;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one saved response of the BDL API of Statistics Poland (GUS, Bank Danych Lokalnych), in either of its two
 * shapes: {@code /data/by-variable/{var}} (top-level {@code variableId}, {@code results[]} are units with a
 * 12-character {@code id}) or {@code /data/by-unit/{unit}} (top-level {@code unitId}, {@code results[]} are variables
 * with a numeric {@code id}); each result has {@code values[] {year: "2019", val: 28129, attrId: 1}}. Every problem
 * is reported with its path, e.g. {@code files[x.json].results[0].values[3].year}.
 */
final class BdlResponseReader {

    /** A value of one year; {@code attrId} is BDL's attribute of the value. */
    record Value(int year, BigDecimal value, int attrId) {
    }

    /** One variable for one territorial unit, as found in one file. */
    record Series(long variableId, String unitId, String unitName, String file, List<Value> values) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private BdlResponseReader() {
    }

    static List<Series> read(Path file) {
        String name = String.valueOf(file.getFileName());
        String path = Paths.keyed("files", name);
        JsonNode root = parse(file, path);
        Problems p = new Problems();
        boolean byVariable = root.has("variableId");
        boolean byUnit = root.has("unitId");
        if (byVariable == byUnit) {
            p.add(path, "is not a BDL response: it needs either 'variableId' (by-variable) or 'unitId' (by-unit)");
        }
        JsonNode results = root.path("results");
        if (!results.isArray()) {
            p.add(path + ".results", "must be a list");
        }
        p.throwIfAny();
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            String at = path + ".results[" + i + "]";
            Long variable = byVariable ? variableId(p, path + ".variableId", root.get("variableId")) : variableId(p, at + ".id", result.get("id"));
            String unit = byVariable ? unitId(p, at + ".id", result.get("id")) : unitId(p, path + ".unitId", root.get("unitId"));
            String unitName = byVariable ? result.path("name").asText(null) : root.path("unitName").asText(null);
            List<Value> values = values(p, at + ".values", result.get("values"));
            if (variable != null && unit != null) {
                out.add(new Series(variable, unit, unitName, name, values));
            }
        }
        p.throwIfAny();
        return out;
    }

    private static JsonNode parse(Path file, String path) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException(path, "is empty");
            }
            if (!root.isObject()) {
                throw new ValidationException(path, "is not a BDL response: the top level must be an object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new ValidationException(path, "is not valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new ValidationException(path, "cannot be read: " + e.getMessage());
        }
    }

    private static Long variableId(Problems p, String path, JsonNode node) {
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() <= 0) {
            p.add(path, "must be a positive whole number (a BDL variable id such as 72305)");
            return null;
        }
        return node.asLong();
    }

    private static String unitId(Problems p, String path, JsonNode node) {
        if (node == null || !node.isTextual() || !node.asText().matches("\\d{12}")) {
            p.add(path, "must be a BDL unit id of 12 digits, such as \"011212001011\"");
            return null;
        }
        return node.asText();
    }

    private static List<Value> values(Problems p, String path, JsonNode node) {
        List<Value> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            p.add(path, "must be a list");
            return out;
        }
        for (int j = 0; j < node.size(); j++) {
            JsonNode v = node.get(j);
            String at = path + "[" + j + "]";
            JsonNode year = v.get("year");
            JsonNode val = v.get("val");
            JsonNode attr = v.get("attrId");
            boolean ok = true;
            if (year == null || !year.isTextual() || !year.asText().matches("\\d{4}")) {
                p.add(at + ".year", "must be a year written as text, such as \"2019\"");
                ok = false;
            }
            if (val != null && !val.isNull() && !val.isNumber()) {
                p.add(at + ".val", "must be a number, was %s", val.toString());
                ok = false;
            }
            if (attr != null && !attr.isNull() && !attr.isIntegralNumber()) {
                p.add(at + ".attrId", "must be a whole number, was %s", attr.toString());
                ok = false;
            }
            if (ok && val != null && !val.isNull()) {
                out.add(new Value(Integer.parseInt(year.asText()), val.decimalValue(), attr == null || attr.isNull() ? 1 : attr.asInt()));
            }
        }
        return out;
    }
}
