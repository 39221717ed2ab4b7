package eu.strateg.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3 document of the API, built from the routes the server actually has
 * (Micronaut's {@link Router}): each route under {@code /api} and {@code /health} with its method, its path and query
 * parameters and headers (from the controller method's {@code @QueryValue} and {@code @Header} arguments), and the
 * summary kept in {@link #SUMMARIES}. A copy is checked in as {@code docs/server-openapi.json}; a test keeps the two equal.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/openapi.json")
public class OpenApiController {

    /** What each operation does, by {@code METHOD path}; a route missing here is documented as "(no summary)". */
    static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("GET /health", "Whether the server is up and which database it uses; needs no token"),
            Map.entry("GET /api/openapi.json", "This document"),
            Map.entry("POST /api/tokens", "Issues an API token for an account name and password; 429 after too many failures"),
            Map.entry("GET /api/territories", "The territories the caller may see, with their number of strategies"),
            Map.entry("GET /api/strategies", "The current revision of each strategy the caller may see"),
            Map.entry("GET /api/strategies/{id}", "A strategy document (any revision); the revision is the ETag"),
            Map.entry("PUT /api/strategies/{id}", "Creates (If-Match: 0) or updates (If-Match: the revision it is based on) a strategy; 409 on conflict"),
            Map.entry("POST /api/strategies/{id}/adopt", "Adopts the strategy: {adoptedOn, resolution}, with If-Match"),
            Map.entry("GET /api/strategies/{id}/revisions", "Every revision the caller may see, oldest first"),
            Map.entry("GET /api/strategies/{id}/diff", "What changed between two revisions"),
            Map.entry("GET /api/strategies/{id}/evaluation", "The evaluation of the revision in force as of a date"),
            Map.entry("GET /api/strategies/{id}/report", "The monitoring report in a format (html, pdf, xlsx, csv, json) and language (cs, pl, en)"),
            Map.entry("POST /api/strategies/{id}/observations", "A bulk upsert of observations (CSV, JSON array, JSON Lines or the XLSX data-entry "
                    + "workbook); all or nothing"),
            Map.entry("GET /api/strategies/{id}/observations", "The observations as JSON Lines, or CSV with format=csv or Accept: text/csv: "
                    + "streamed, or one page with limit and cursor"),
            Map.entry("GET /api/strategies/{id}/observations/history", "Every version of one value (indicator, period, dim:NAME=VALUE) with its "
                    + "recorded-at time, source and who recorded it"),
            Map.entry("POST /api/strategies/{id}/fetch", "Fills the indicators that declare a source with the values GUS BDL and Eurostat publish"),
            Map.entry("GET /api/links", "The elements of the visible strategies that link to an SDG target, a regional goal or a national code"),
            Map.entry("GET /api/audit", "The latest entries of the audit log (administrators: all; coordinators: their territories)"));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

    private final Router router;

    OpenApiController(Router router) {
        this.router = router;
    }

    /** The document. */
    @Get
    public HttpResponse<byte[]> document() {
        return Responses.ok(build(router));
    }

    /**
     * The OpenAPI document of a router's API routes, paths and methods in alphabetical order.
     *
     * @param router the routes
     * @return the document
     */
    static ObjectNode build(Router router) {
        Map<String, Map<String, UriRouteInfo<?, ?>>> paths = new TreeMap<>();
        router.uriRoutes().forEach(r -> {
            String path = r.getUriMatchTemplate().toPathString();
            // HEAD is Micronaut's own twin of each GET, not an operation of ours
            if ((path.equals("/health") || path.startsWith("/api/")) && !r.getHttpMethodName().equals("HEAD")) {
                paths.computeIfAbsent(path, p -> new TreeMap<>()).put(r.getHttpMethodName().toLowerCase(Locale.ROOT), r);
            }
        });
        ObjectNode doc = Responses.object().put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Strateg server API").put("version", "0.1.0")
                .put("description", "The REST API of the Strateg town-hall server. Errors are RFC 9457 problem documents "
                        + "(application/problem+json) with every problem and its path in 'errors'.");
        ObjectNode out = doc.putObject("paths");
        paths.forEach((path, methods) -> {
            ObjectNode item = out.putObject(path);
            methods.forEach((method, route) -> item.set(method, operation(path, method, route)));
        });
        doc.putObject("components").putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "an API token from POST /api/tokens (stg_…)");
        ObjectNode problem = ((ObjectNode) doc.get("components")).putObject("schemas").putObject("Problem").put("type", "object");
        problem.putObject("properties").putObject("errors").put("type", "array").putObject("items").put("type", "object");
        return doc;
    }

    private static ObjectNode operation(String path, String method, UriRouteInfo<?, ?> route) {
        ObjectNode op = Responses.object();
        String key = method.toUpperCase(Locale.ROOT) + " " + path;
        op.put("operationId", route.getTargetMethod().getMethodName() + operationSuffix(path));
        op.put("summary", SUMMARIES.getOrDefault(key, "(no summary)"));
        ArrayNode parameters = op.putArray("parameters");
        Matcher m = PATH_VARIABLE.matcher(path);
        while (m.find()) {
            parameters.addObject().put("name", m.group(1)).put("in", "path").put("required", true).putObject("schema").put("type", "string");
        }
        for (Argument<?> a : route.getTargetMethod().getArguments()) {
            if (a.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                parameters.addObject().put("name", a.getName()).put("in", "query").put("required", false).putObject("schema").put("type", "string");
            } else if (a.getAnnotationMetadata().hasAnnotation(Header.class)) {
                String name = a.getAnnotationMetadata().stringValue(Header.class).orElse(a.getName());
                if (!name.equalsIgnoreCase("Content-Type")) {
                    parameters.addObject().put("name", name).put("in", "header").put("required", false).putObject("schema").put("type", "string");
                }
            }
        }
        if (method.equals("post") || method.equals("put")) {
            op.putObject("requestBody").put("required", true).putObject("content").putObject("*/*").putObject("schema").put("type", "string")
                    .put("format", "binary");
        }
        ObjectNode responses = op.putObject("responses");
        responses.putObject("2XX").put("description", "success");
        responses.putObject("default").put("description", "a problem document").putObject("content").putObject("application/problem+json")
                .putObject("schema").put("$ref", "#/components/schemas/Problem");
        if (!path.equals("/health") && !path.equals("/api/tokens") && !path.equals("/api/openapi.json")) {
            op.putArray("security").addObject().putArray("bearer");
        }
        return op;
    }

    /** Controller methods of the same name ({@code list}, {@code find}) on different paths get distinct ids. */
    private static String operationSuffix(String path) {
        StringBuilder s = new StringBuilder();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.startsWith("{") && !part.equals("api")) {
                s.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).replaceAll("[^A-Za-z0-9]", ""));
            }
        }
        return s.toString();
    }
}
