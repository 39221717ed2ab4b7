package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One observation as one JSON object on one line (JSON Lines):
 * {@code {"indicator":"CYC-KM","period":"2024","value":2.4,"disaggregation":{"district":"Sever"},"status":"FINAL",
 * "source":"…","note":"…","recordedAt":"2024-03-01T08:30:00Z"}}. Absent optional fields are left out. Used by the
 * public JSON Lines reader and writer and by the file store's log. Not thread-safe (it caches parsed periods).
 */
public final class ObservationLineCodec {

    private static final int PERIOD_CACHE_LIMIT = 10_000;

    private final Map<String, Period> periods = new java.util.HashMap<>();

    /** Writes one observation as a JSON object (no line end). */
    public void write(JsonGenerator g, Observation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("indicator", o.indicatorCode());
        g.writeStringField("period", o.period().toString());
        g.writeFieldName("value");
        g.writeNumber(Decimals.format(o.value()));
        if (!o.disaggregation().isEmpty()) {
            g.writeObjectFieldStart("disaggregation");
            for (Map.Entry<String, String> e : o.disaggregation().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeStringField("status", o.status().name());
        if (o.source() != null) {
            g.writeStringField("source", o.source());
        }
        if (o.note() != null) {
            g.writeStringField("note", o.note());
        }
        if (o.recordedAt() != null) {
            g.writeStringField("recordedAt", o.recordedAt().toString());
        }
        g.writeEndObject();
    }

    /** Parses one line; on any problem records it under {@code lineNumber} and returns null. */
    public Observation read(byte[] bytes, int length, long lineNumber, RowProblems problems) {
        try (JsonParser p = JsonSupport.factory().createParser(bytes, 0, length)) {
            try {
                return read(p, lineNumber, problems);
            } catch (JsonProcessingException e) {
                String path = JsonSupport.path(p.getParsingContext());
                var loc = e.getLocation() != null && e.getLocation().getColumnNr() > 0 ? e.getLocation() : p.currentLocation();
                String where = (loc.getColumnNr() > 0 ? "column " + loc.getColumnNr() : "") + (path.isEmpty() ? "" : ", at " + path);
                problems.add(lineNumber, "", (where.isEmpty() ? "" : where.replaceFirst("^, ", "") + ": ")
                        + (e instanceof StreamConstraintsException ? "" : "malformed JSON: ") + JsonMessages.describe(e));
                return null;
            }
        } catch (IOException e) {
            problems.add(lineNumber, "", "unreadable: " + JsonMessages.cut(JsonMessages.firstLine(String.valueOf(e.getMessage()))));
            return null;
        }
    }

    private Observation read(JsonParser p, long line, RowProblems problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(line, "", "must be a JSON object");
            return null;
        }
        String indicator = null;
        Period period = null;
        BigDecimal value = null;
        TreeMap<String, String> disaggregation = null;
        ObservationStatus status = null;
        String source = null;
        String note = null;
        Instant recordedAt = null;
        long before = problems.total();
        boolean hasPeriod = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "indicator" -> indicator = string(p, t, line, name, problems);
                case "period" -> {
                    hasPeriod = true;
                    String text = string(p, t, line, name, problems);
                    period = text == null ? null : period(text, line, problems);
                }
                case "value" -> value = decimal(p, t, line, problems);
                case "disaggregation" -> disaggregation = disaggregation(p, t, line, problems);
                case "status" -> status = status(string(p, t, line, name, problems), line, problems);
                case "source" -> source = string(p, t, line, name, problems);
                case "note" -> note = string(p, t, line, name, problems);
                case "recordedAt" -> recordedAt = instant(string(p, t, line, name, problems), line, name, problems);
                default -> {
                    problems.add(line, Check.printable(name), "is not a known field");
                    p.skipChildren();
                }
            }
        }
        if (p.nextToken() != null) {
            problems.add(line, "", "has more after the JSON object; write one observation per line");
            return null;
        }
        if (problems.total() > before) {
            return null;
        }
        if (!hasPeriod) {
            problems.add(line, "period", "is required");
            return null;
        }
        if (value == null) {
            problems.add(line, "value", "is required");
            return null;
        }
        try {
            return new Observation(indicator, period, value, disaggregation, status, source, note, recordedAt);
        } catch (ValidationException e) {
            problems.addAll(line, e);
            return null;
        }
    }

    private static String string(JsonParser p, JsonToken t, long line, String name, RowProblems problems) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            problems.add(line, name, "must be a string");
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private static BigDecimal decimal(JsonParser p, JsonToken t, long line, RowProblems problems) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            problems.add(line, "value", "must be a number");
            p.skipChildren();
            return null;
        }
        BigDecimal d;
        try {
            d = p.getDecimalValue();
        } catch (NumberFormatException e) {
            // Jackson's way of saying that the exponent does not fit an int (1e9999999990)
            problems.add(line, "value", "has an exponent out of range");
            return null;
        }
        if (!Check.scaleInRange(d)) {
            problems.add(line, "value", "has an exponent out of range");
            return null;
        }
        return d;
    }

    private static TreeMap<String, String> disaggregation(JsonParser p, JsonToken t, long line, RowProblems problems) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            problems.add(line, "disaggregation", "must be an object of names and values");
            p.skipChildren();
            return null;
        }
        TreeMap<String, String> out = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_STRING) {
                problems.add(line, "disaggregation." + Check.printable(key), "must be a string");
                p.skipChildren();
                continue;
            }
            out.put(key, p.getText());
        }
        return out;
    }

    Period period(String text, long line, RowProblems problems) {
        Period cached = periods.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            Period parsed = Period.parse(text);
            if (periods.size() < PERIOD_CACHE_LIMIT) {
                periods.put(text, parsed);
            }
            return parsed;
        } catch (ValidationException e) {
            problems.add(line, "period", e.problems().get(0).message());
            return null;
        }
    }

    static ObservationStatus status(String text, long line, RowProblems problems) {
        if (text == null) {
            return null;
        }
        switch (text) {
            case "FINAL":
                return ObservationStatus.FINAL;
            case "PROVISIONAL":
                return ObservationStatus.PROVISIONAL;
            case "ESTIMATE":
                return ObservationStatus.ESTIMATE;
            default:
                problems.add(line, "status", "'" + Check.printable(text) + "' is not one of FINAL, PROVISIONAL, ESTIMATE");
                return null;
        }
    }

    static Instant instant(String text, long line, String column, RowProblems problems) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            problems.add(line, column, "'" + Check.printable(text) + "' is not a UTC time such as 2024-03-01T08:30:00Z");
            return null;
        }
    }
}
