package eu.strateg.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.validation.Problem;
import eu.strateg.server.JsonFiles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.io.UncheckedIOException;
import java.util.List;

/** JSON and problem responses; bodies are bytes written by Jackson, so Micronaut sends them as they are. */
final class Responses {

    /** The media type of RFC 9457 problem documents. */
    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";

    private Responses() {
    }

    static MutableHttpResponse<byte[]> json(HttpStatus status, JsonNode body) {
        return HttpResponse.<byte[]>status(status).contentType(JSON).body(bytes(body));
    }

    static MutableHttpResponse<byte[]> ok(JsonNode body) {
        return json(HttpStatus.OK, body);
    }

    static ObjectNode object() {
        return JsonFiles.MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return JsonFiles.MAPPER.createArrayNode();
    }

    /** The problem document of {@code problem} for {@code request}. */
    static MutableHttpResponse<byte[]> problem(HttpRequest<?> request, ApiProblem problem) {
        return problem(request, problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors(), object());
    }

    /**
     * A problem document: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} (the request
     * path) and {@code errors}, every problem with its {@code path} and {@code message}; {@code extra} members added.
     */
    static MutableHttpResponse<byte[]> problem(HttpRequest<?> request, int status, String type, String title, String detail,
            List<Problem> errors, ObjectNode extra) {
        ObjectNode body = object().put("type", type).put("title", title).put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.put("instance", request.getPath());
        ArrayNode list = body.putArray("errors");
        for (Problem p : errors) {
            list.addObject().put("path", p.path()).put("message", p.message());
        }
        body.setAll(extra);
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(status)).contentType(PROBLEM_JSON).body(bytes(body));
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JsonFiles.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
