package eu.strateg.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.server.JsonFiles;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reading request bodies, path variables, query parameters and headers, each problem with its path. */
final class Bodies {

    private Bodies() {
    }

    /** A JSON object body, or a 422 problem. */
    static JsonNode jsonObject(byte[] body) {
        JsonNode json = json(body);
        if (!json.isObject()) {
            throw new ValidationException("", "the body must be a JSON object");
        }
        return json;
    }

    /** Any JSON body, or a 422 problem. */
    static JsonNode json(byte[] body) {
        if (body == null || body.length == 0) {
            throw new ValidationException("", "the body is empty; send JSON");
        }
        try {
            return JsonFiles.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ValidationException.of("", "the body is not JSON: %s", e.getOriginalMessage());
        } catch (IOException e) {
            throw ValidationException.of("", "the body cannot be read: %s", e.getMessage());
        }
    }

    /** A required text member, or a problem added. */
    static String text(JsonNode json, String name, Problems p) {
        JsonNode v = json.get(name);
        if (v == null || v.isNull()) {
            p.add(name, "is required");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            p.add(name, "must be a non-empty text");
            return null;
        }
        return v.asText();
    }

    /** A required date member ({@code YYYY-MM-DD}), or a problem added. */
    static LocalDate date(JsonNode json, String name, Problems p) {
        String text = text(json, name, p);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            p.add(name, "'%s' is not a date: write YYYY-MM-DD", text);
            return null;
        }
    }

    /** A strategy id of the path; a malformed one is not found (nothing can have it). */
    static StrategyId id(String value) {
        try {
            return StrategyId.of(value);
        } catch (ValidationException e) {
            throw ApiProblem.notFound("id", "no strategy with id " + value);
        }
    }

    /** A revision of a query parameter ({@code revision=3}), or a 400 problem. */
    static int limit(String name, String value, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > max) {
            throw ApiProblem.badRequest(name, "'" + value + "' is not a limit: give a whole number from 1 to " + max);
        }
        return n;
    }

    static long revision(String name, String value) {
        try {
            long r = Long.parseLong(value);
            if (r >= 1) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw ApiProblem.badRequest(name, "'" + value + "' is not a revision: give a whole number from 1");
    }

    /**
     * The revision of an {@code If-Match} header: {@code 3} or the entity tag {@code "3"} as {@code ETag} gives it;
     * {@code 0} (or {@code "0"}) to create a strategy. Missing: 428.
     */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiProblem(428, "precondition-required", "Precondition required",
                    "send If-Match with the revision the change is based on (the ETag of GET; 0 to create)",
                    List.of(new Problem("If-Match", "is required")), Map.of());
        }
        String v = header.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            long r = Long.parseLong(v);
            if (r >= 0) {
                return r;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw ApiProblem.badRequest("If-Match", "'" + header + "' is not a revision: give the ETag of GET, e.g. \"3\", or 0 to create");
    }

    /** A date query parameter, or a 400 problem. */
    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "'" + value + "' is not a date: write YYYY-MM-DD");
        }
    }

    /** The entity tag of a revision. */
    static String etag(long revision) {
        return "\"" + revision + "\"";
    }
}
