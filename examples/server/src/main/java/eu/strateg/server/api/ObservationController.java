package eu.strateg.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesWriter;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import eu.strateg.spreadsheet.DataEntryWorkbook;
import eu.strateg.server.AuditLog;
import eu.strateg.server.ObservationHistory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.server.Backend;
import eu.strateg.server.JsonFiles;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Role;
import eu.strateg.server.security.Security;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/strategies/{id}/observations}: a bulk upsert of observations, as our CSV ({@code text/csv}), a JSON
 * array of observation objects ({@code application/json}) or JSON Lines ({@code application/x-ndjson}); the fields are
 * those of persistence-json's readers. All or nothing: the whole body is read and checked first (the file's problems
 * with their line or array index, then the strategy's: indicator defined, value plausible), and nothing is stored when
 * there is any problem. Answers {@code {"inserted":…,"corrected":…,"unchanged":…}}. {@code GET} on the same path
 * reads them back.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/strategies/{id}/observations")
public class ObservationController {

    private static final Pattern LINE = Pattern.compile("^line (\\d+)(.*)$");
    private static final Pattern INDEX = Pattern.compile("^observations\\[(\\d+)]\\.?(.*)$");
    /** The media type of an XLSX workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String CSV = "text/csv";
    private static final String CSV_UTF8 = "text/csv;charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(ObservationController.class);
    private static final String NDJSON = "application/x-ndjson";
    /** The largest page. */
    static final int MAX_PAGE = 100_000;

    private final Backend backend;
    private final Security security;
    private final AuditLog audit;

    ObservationController(Backend backend, Security security, AuditLog audit) {
        this.backend = backend;
        this.security = security;
        this.audit = audit;
    }

    /** Records the observations of the body. */
    @Post
    @Consumes(MediaType.ALL)
    public HttpResponse<byte[]> record(HttpRequest<?> request, @PathVariable String id, @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
            @Nullable @Body byte[] body) {
        Caller caller = security.authenticateRecorder(request);
        StrategyId sid = Bodies.id(id);
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (body == null || body.length == 0) {
            throw new ValidationException("", "the body is empty; send observations as text/csv, application/json or application/x-ndjson");
        }
        Backend.Services services = backend.scoped(caller);
        List<String> cells = null;
        List<Observation> observations;
        switch (type) {
            case "text/csv" -> observations = read(ObservationCsvReader.open(new ByteArrayInputStream(body)), false);
            case "application/x-ndjson", "application/jsonl" -> observations = read(ObservationJsonLinesReader.open(new ByteArrayInputStream(body)), false);
            case "application/json" -> observations = read(ObservationJsonLinesReader.open(new ByteArrayInputStream(jsonArrayAsLines(body))), true);
            case XLSX -> {
                // the data-entry workbook of `strateg template`, read against the strategy it is for, as `strateg import` does
                DataEntryWorkbook.Values values = DataEntryWorkbook.read(new ByteArrayInputStream(body), services.strategies().current(sid));
                observations = values.observations();
                cells = values.cells();
            }
            default -> throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "send observations as text/csv, application/json, application/x-ndjson or an XLSX data-entry workbook (" + XLSX
                            + "), not '" + type + "'",
                    List.of(new Problem("Content-Type", "'" + type + "' is not supported")), Map.of());
        }
        TerritoryCode territory = services.strategies().current(sid).territory().code();
        UpsertResult r;
        Instant started;
        try {
            if (caller.account().role() == Role.DATA_STEWARD) {
                stewardsOwn(caller, territory, observations);
            }
            started = backend.clock().instant();
            r = services.observations().record(sid, observations);
        } catch (ValidationException e) {
            throw cells == null ? e : new ValidationException(inCells(e.problems(), cells));
        } catch (ApiProblem e) {
            throw cells == null ? e : new ApiProblem(e.status(), e.type().substring(ApiProblem.TYPES.length()), e.title(), e.getMessage(),
                    inCells(e.errors(), cells), e.headers());
        }
        audit.record(caller.account().name(), "observations.record", territory, sid.value(),
                "inserted " + r.inserted() + ", corrected " + r.corrected() + ", unchanged " + r.unchanged(), AuditLog.carried(started, observations, r));
        return Responses.ok(Responses.object().put("inserted", r.inserted()).put("corrected", r.corrected()).put("unchanged", r.unchanged()));
    }

    /**
     * {@code GET /api/strategies/{id}/observations[?indicator=A,B&from=2020&to=2024&asOf=2025-06-30][&limit=N[&cursor=C]][&format=csv]}:
     * the current values (or those known at the end of {@code asOf}, a date, or at an instant such as
     * {@code 2025-06-30T12:00:00Z}) as JSON Lines, the format the upload takes, ordered by indicator, series and period;
     * as our CSV (the upload's columns, one {@code dim:<name>} column per disaggregation dimension of the values) with
     * {@code format=csv} or {@code Accept: text/csv}. Without {@code limit} every value is streamed as it is read from
     * the store, never collected in memory (for CSV the store is read twice: once for the dimensions of the header,
     * once for the rows). With {@code limit} (1 to {@value #MAX_PAGE}) one page is answered, and when more follow, a
     * {@code Link: <…>; rel="next"} header (and {@code X-Next-Cursor}) gives the URL of the next page; a cursor is
     * opaque, and counts positions in the ordered values, so a page read while values are being added may repeat or
     * skip a value at its edge. Each CSV page has its header row.
     */
    @Get
    @Produces({NDJSON, CSV, MediaType.APPLICATION_JSON, Responses.PROBLEM_JSON})
    public HttpResponse<?> find(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String indicator,
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String asOf,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor, @Nullable @QueryValue String format,
            @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        Caller caller = security.authenticateReader(request);
        int pageSize = limit == null ? 0 : Bodies.limit("limit", limit, MAX_PAGE);
        long offset = cursor == null ? 0 : cursor(cursor);
        if (cursor != null && limit == null) {
            throw ApiProblem.badRequest("cursor", "goes with limit: give the limit of the page too");
        }
        boolean csv = csv(format, accept);
        StrategyId sid = Bodies.id(id);
        ObservationQuery query = ObservationQuery.all(sid);
        if (indicator != null) {
            query = query.indicators(new LinkedHashSet<>(List.of(indicator.split(","))));
        }
        query = query.between(from == null ? null : period("from", from), to == null ? null : period("to", to));
        if (asOf != null) {
            query = query.asOf(instant(asOf));
        }
        Backend.Services services = backend.scoped(caller);
        services.strategies().current(sid);
        String mediaType = csv ? CSV_UTF8 : NDJSON;
        Function<OutputStream, ValueWriter> writers = csv ? csvWriters(services, query) : out -> jsonLines(out);
        if (pageSize == 0) {
            return HttpResponse.ok(stream(services, query, writers, mediaType)).contentType(mediaType);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] seen = {0};
        try (ValueWriter writer = writers.apply(out)) {
            services.forEachObservation(query, o -> {
                if (seen[0] >= offset && seen[0] < offset + pageSize) {
                    writer.write(o);
                }
                seen[0]++;
            });
        }
        var response = HttpResponse.<byte[]>ok().contentType(mediaType).body(out.toByteArray());
        if (seen[0] > offset + pageSize) {
            String next = Long.toString(offset + pageSize, 36);
            StringBuilder url = new StringBuilder(request.getPath()).append('?');
            request.getParameters().forEach((name, values) -> {
                if (!name.equals("cursor")) {
                    values.forEach(v -> url.append(encode(name)).append('=').append(encode(v)).append('&'));
                }
            });
            url.append("cursor=").append(next);
            response.header("Link", "<" + url + ">; rel=\"next\"").header("X-Next-Cursor", next);
        }
        return response;
    }

    /** Whether the values are asked for as CSV: {@code format=csv}, or an {@code Accept} naming text/csv and not JSON Lines. */
    private static boolean csv(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "jsonl", "ndjson" -> false;
                default -> throw ApiProblem.badRequest("format", "'" + format + "' is not a format of values: give csv or jsonl");
            };
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains(CSV) && !a.contains(NDJSON);
    }

    /** CSV writers whose header has every disaggregation dimension of the query's values (read once, before). */
    private static Function<OutputStream, ValueWriter> csvWriters(Backend.Services services, ObservationQuery query) {
        Set<String> dimensions = new TreeSet<>();
        services.forEachObservation(query, o -> dimensions.addAll(o.disaggregation().keySet()));
        return out -> {
            ObservationCsvWriter w = ObservationCsvWriter.open(out, dimensions);
            return ValueWriter.of(w::write, w::close);
        };
    }

    private static ValueWriter jsonLines(OutputStream out) {
        ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out);
        return ValueWriter.of(w::write, w::close);
    }

    /** Where values are written: JSON Lines or CSV. */
    private interface ValueWriter extends AutoCloseable {

        void write(Observation o);

        @Override
        void close();

        static ValueWriter of(Consumer<Observation> write, Runnable close) {
            return new ValueWriter() {
                @Override
                public void write(Observation o) {
                    write.accept(o);
                }

                @Override
                public void close() {
                    close.run();
                }
            };
        }
    }

    /** The values written on another thread into a pipe that the server sends on as it fills. */
    private static StreamedFile stream(Backend.Services services, ObservationQuery query, Function<OutputStream, ValueWriter> writers,
            String mediaType) {
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread writer = new Thread(() -> {
            try (ValueWriter w = writers.apply(out)) {
                services.forEachObservation(query, w::write);
            } catch (RuntimeException e) {
                // the status is sent already: the client sees the body end early, and the log tells why
                LOG.warn("the observations of {} stopped streaming: {}", query.strategy(), e.toString());
            }
        }, "strateg-observations-stream");
        writer.setDaemon(true);
        writer.start();
        return new StreamedFile(in, MediaType.of(mediaType));
    }

    /**
     * {@code GET /api/strategies/{id}/observations/history?indicator=CODE&period=P[&dim:NAME=VALUE…]}: every version of
     * one value, oldest first, each with its recorded-at time, status, source, note, who recorded it (from the audit
     * log; null where it does not say) and whether it is the current one. The disaggregation is given as
     * {@code dim:<name>=<value>} parameters, as the CSV's columns are named; none is the headline value.
     */
    @Get("/history")
    public HttpResponse<byte[]> history(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String indicator,
            @Nullable @QueryValue String period) {
        Caller caller = security.authenticateReader(request);
        StrategyId sid = Bodies.id(id);
        if (indicator == null || indicator.isBlank()) {
            throw ApiProblem.badRequest("indicator", "is required: the code of the indicator");
        }
        if (period == null || period.isBlank()) {
            throw ApiProblem.badRequest("period", "is required: 2024, 2024-H1, 2024-Q3, 2024-07 or 2024-07-15");
        }
        Period p = period("period", period);
        TreeMap<String, String> dims = new TreeMap<>();
        request.getParameters().forEach((name, values) -> {
            if (name.startsWith("dim:") && !values.isEmpty()) {
                dims.put(name.substring(4), values.get(0));
            }
        });
        Backend.Services services = backend.scoped(caller);
        if (services.strategies().current(sid).indicator(indicator).isEmpty()) {
            throw ApiProblem.notFound("indicator", "the strategy " + sid + " has no indicator " + indicator);
        }
        ObjectNode body = Responses.object().put("strategy", sid.value()).put("indicator", indicator).put("period", p.toString());
        ObjectNode d = body.putObject("disaggregation");
        dims.forEach(d::put);
        ArrayNode versions = body.putArray("versions");
        for (ObservationHistory.Version v : ObservationHistory.of(services, audit.observationsOf(sid.value()), sid, new SeriesKey(indicator, dims), p)) {
            Observation o = v.observation();
            ObjectNode n = versions.addObject();
            n.put("value", o.value()).put("status", o.status().name()).put("source", o.source()).put("note", o.note())
                    .put("recordedAt", o.recordedAt().toString()).put("recordedBy", v.recordedBy()).put("current", v.current());
        }
        return Responses.ok(body);
    }

    /** Problems of {@code observations[i]…} renamed to the workbook cell of value i ({@code Hodnoty!D17, indicator}). */
    private static List<Problem> inCells(List<Problem> problems, List<String> cells) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            Matcher m = INDEX.matcher(p.path());
            int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            out.add(i >= 0 && i < cells.size() ? new Problem(cells.get(i) + (m.group(2).isEmpty() ? "" : ", " + m.group(2)), p.message()) : p);
        }
        return out;
    }

    private static long cursor(String text) {
        try {
            long n = Long.parseLong(text, 36);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            LOG.debug("cursor {} is not one this server gave", text);
        }
        throw ApiProblem.badRequest("cursor", "'" + text + "' is not a cursor this server gave: use the one of the Link header");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A data steward records only the values of its indicators: 403 naming each other one, and nothing is stored. */
    private static void stewardsOwn(Caller caller, TerritoryCode territory, List<Observation> observations) {
        List<Problem> refused = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            String code = observations.get(i).indicatorCode();
            if (!caller.account().mayRecord(territory, code)) {
                refused.add(new Problem("observations[" + i + "].indicator", "the data steward " + caller.account().name()
                        + " does not record the indicator " + code));
            }
        }
        if (!refused.isEmpty()) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "these values are of indicators this account does not record; nothing was stored",
                    refused.size() > 100 ? refused.subList(0, 100) : refused, Map.of());
        }
    }

    private static Period period(String name, String text) {
        try {
            return Period.parse(text);
        } catch (ValidationException e) {
            throw ApiProblem.badRequest(name, "'" + text + "' is not a period: write 2024, 2024-H1, 2024-Q3, 2024-07 or 2024-07-15");
        }
    }

    /** A date means the end of that day (UTC), as evaluations read it. */
    private Instant instant(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("asOf", "'" + text + "' is not a date (2025-06-30) or an instant (2025-06-30T12:00:00Z)");
        }
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
