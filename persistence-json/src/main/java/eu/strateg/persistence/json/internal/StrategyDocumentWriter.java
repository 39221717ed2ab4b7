package eu.strateg.persistence.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * Writes a strategy as a document of the current schema version: two-space indentation, "\n" line ends, fields in
 * a fixed order, absent optional values and default weights (exactly 1) left out, decimals as JSON numbers with
 * their scale.
 */
public final class StrategyDocumentWriter {

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private StrategyDocumentWriter() {
    }

    public static void write(Strategy s, OutputStream out) throws IOException {
        try (JsonGenerator g = JsonSupport.factory().createGenerator(out)) {
            g.setPrettyPrinter(PRETTY);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SchemaUpgrades.CURRENT_VERSION);
            g.writeStringField("id", s.id().value());
            g.writeNumberField("revision", s.revision());
            g.writeStringField("title", s.title());
            g.writeStringField("kind", s.kind().name());
            g.writeObjectFieldStart("period");
            g.writeNumberField("from", s.period().fromYear());
            g.writeNumberField("to", s.period().toYear());
            g.writeEndObject();
            territory(g, s.territory());
            lifecycle(g, s.lifecycle());
            strings(g, "levelNames", s.levelNames(), true);
            text(g, "vision", s.vision());
            g.writeArrayFieldStart("elements");
            for (Element e : s.elements()) {
                element(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (Indicator i : s.indicators()) {
                indicator(g, i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("projects");
            for (Project pr : s.projects()) {
                project(g, pr);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void territory(JsonGenerator g, Territory t) throws IOException {
        g.writeObjectFieldStart("territory");
        code(g, t.code());
        g.writeStringField("name", t.name());
        g.writeStringField("level", t.level().name());
        if (t.parent() != null) {
            g.writeObjectFieldStart("parent");
            code(g, t.parent());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void code(JsonGenerator g, TerritoryCode c) throws IOException {
        g.writeStringField("scheme", c.scheme().name());
        g.writeStringField("code", c.code());
    }

    private static void lifecycle(JsonGenerator g, Lifecycle l) throws IOException {
        g.writeObjectFieldStart("lifecycle");
        g.writeStringField("state", l.state().name());
        date(g, "adoptedOn", l.adoptedOn());
        text(g, "resolution", l.resolution());
        date(g, "archivedOn", l.archivedOn());
        g.writeEndObject();
    }

    private static void element(JsonGenerator g, Element e) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", e.code());
        text(g, "parent", e.parentCode());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("title", e.title());
        text(g, "description", e.description());
        text(g, "responsible", e.responsible());
        weight(g, e.weight());
        strings(g, "indicators", e.indicatorCodes(), false);
        if (!e.links().isEmpty()) {
            g.writeArrayFieldStart("links");
            for (Link l : e.links()) {
                g.writeStartObject();
                g.writeStringField("scheme", l.scheme());
                g.writeStringField("code", l.code());
                text(g, "label", l.label());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void indicator(JsonGenerator g, Indicator i) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", i.code());
        g.writeStringField("name", i.name());
        text(g, "description", i.description());
        g.writeStringField("unit", i.unit());
        g.writeStringField("type", i.type().name());
        g.writeStringField("direction", i.direction().name());
        g.writeStringField("periodicity", i.periodicity().name());
        if (i.baseline() != null) {
            g.writeObjectFieldStart("baseline");
            g.writeStringField("period", i.baseline().period().toString());
            decimal(g, "value", i.baseline().value());
            g.writeEndObject();
        }
        if (i.target() != null) {
            g.writeObjectFieldStart("target");
            decimal(g, "value", i.target().value());
            decimal(g, "high", i.target().high());
            g.writeNumberField("year", i.target().year());
            g.writeEndObject();
        }
        if (!i.milestones().isEmpty()) {
            g.writeArrayFieldStart("milestones");
            for (Milestone m : i.milestones()) {
                g.writeStartObject();
                g.writeNumberField("year", m.year());
                decimal(g, "value", m.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        decimal(g, "naturalLimit", i.naturalLimit());
        text(g, "method", i.method());
        g.writeNumberField("displayDecimals", i.displayDecimals());
        text(g, "source", i.source());
        text(g, "formula", i.formula());
        text(g, "responsible", i.responsible());
        weight(g, i.weight());
        g.writeEndObject();
    }

    private static void project(JsonGenerator g, Project pr) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", pr.code());
        g.writeStringField("title", pr.title());
        text(g, "description", pr.description());
        strings(g, "measures", pr.measureCodes(), true);
        g.writeStringField("status", pr.status().name());
        schedule(g, "planned", pr.planned());
        schedule(g, "actual", pr.actual());
        if (!pr.budget().isEmpty()) {
            g.writeArrayFieldStart("budget");
            for (BudgetLine b : pr.budget()) {
                g.writeStartObject();
                g.writeNumberField("year", b.year());
                g.writeStringField("source", b.source().name());
                money(g, "planned", b.planned());
                money(g, "actual", b.actual());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        text(g, "responsible", pr.responsible());
        strings(g, "indicators", pr.indicatorCodes(), false);
        g.writeEndObject();
    }

    private static void schedule(JsonGenerator g, String name, Schedule s) throws IOException {
        if (s.start() == null && s.end() == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        date(g, "start", s.start());
        date(g, "end", s.end());
        g.writeEndObject();
    }

    private static void money(JsonGenerator g, String name, Money m) throws IOException {
        if (m == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        decimal(g, "amount", m.amount());
        g.writeStringField("currency", m.currency().getCurrencyCode());
        g.writeEndObject();
    }

    private static void weight(JsonGenerator g, BigDecimal w) throws IOException {
        if (!BigDecimal.ONE.equals(w)) {
            decimal(g, "weight", w);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values, boolean always) throws IOException {
        if (values.isEmpty() && !always) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void decimal(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(Decimals.format(value));
        }
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void date(JsonGenerator g, String name, Temporal value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}
