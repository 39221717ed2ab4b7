package eu.strateg.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.server.Backend;
import eu.strateg.server.JsonFiles;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Security;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/strategies/{id}/observations}: a bulk upsert of observations, as our CSV ({@code text/csv}), a JSON
 * array of observation objects ({@code application/json}) or JSON Lines ({@code application/x-ndjson}); the fields are
 * those of persistence-json's readers. All or nothing: the whole body is read and checked first (the file's problems
 * with their line or array index, then the strategy's: indicator defined, value plausible), and nothing is stored when
 * there is any problem. Answers {@code {"inserted":…,"corrected":…,"unchanged":…}}.
 */
@Controller("/api/strategies/{id}/observations")
public class ObservationController {

    private static final Pattern LINE = Pattern.compile("^line (\\d+)(.*)$");

    private final Backend backend;
    private final Security security;

    ObservationController(Backend backend, Security security) {
        this.backend = backend;
        this.security = security;
    }

    /** Records the observations of the body. */
    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<byte[]> record(HttpRequest<?> request, @PathVariable String id, @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
            @Nullable @Body byte[] body) {
        Caller caller = security.authenticateWriter(request);
        StrategyId sid = Bodies.id(id);
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (body == null || body.length == 0) {
            throw new ValidationException("", "the body is empty; send observations as text/csv, application/json or application/x-ndjson");
        }
        List<Observation> observations = switch (type) {
            case "text/csv" -> read(ObservationCsvReader.open(new ByteArrayInputStream(body)), false);
            case "application/x-ndjson", "application/jsonl" -> read(ObservationJsonLinesReader.open(new ByteArrayInputStream(body)), false);
            case "application/json" -> read(ObservationJsonLinesReader.open(new ByteArrayInputStream(jsonArrayAsLines(body))), true);
            default -> throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "send observations as text/csv, application/json or application/x-ndjson, not '" + type + "'",
                    List.of(new Problem("Content-Type", "'" + type + "' is not supported")), Map.of());
        };
        Backend.Services services = backend.scoped(caller.scope(backend.territories()));
        UpsertResult r = services.observations().record(sid, observations);
        return Responses.ok(Responses.object().put("inserted", r.inserted()).put("corrected", r.corrected()).put("unchanged", r.unchanged()));
    }

    /** Everything the reader gives; its problems (by line) renamed to array indexes when the body was a JSON array. */
    private static List<Observation> read(ObservationReader reader, boolean array) {
        List<Observation> all = new ArrayList<>();
        try {
            reader.readAll(all::add, ObservationReader.DEFAULT_MAX_OBSERVATIONS);
        } catch (ValidationException e) {
            if (!array) {
                throw e;
            }
            List<Problem> renamed = new ArrayList<>();
            for (Problem p : e.problems()) {
                Matcher m = LINE.matcher(p.path());
                renamed.add(m.matches() ? new Problem("observations[" + (Long.parseLong(m.group(1)) - 1) + "]" + m.group(2), p.message()) : p);
            }
            throw new ValidationException(renamed);
        }
        return all;
    }

    /** A JSON array of objects as JSON Lines, one element a line, so that element {@code i} is line {@code i + 1}. */
    private static byte[] jsonArrayAsLines(byte[] body) {
        JsonNode json = Bodies.json(body);
        if (!json.isArray()) {
            throw new ValidationException("", "the body must be a JSON array of observations");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
        try {
            for (JsonNode element : json) {
                out.write(JsonFiles.MAPPER.writeValueAsBytes(element));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
