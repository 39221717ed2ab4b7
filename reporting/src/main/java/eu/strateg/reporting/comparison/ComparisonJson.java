package eu.strateg.reporting.comparison;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.Distribution;
import eu.strateg.core.comparison.IndicatorComparison;
import eu.strateg.core.comparison.MissingData;
import eu.strateg.core.comparison.TerritoryValue;
import eu.strateg.core.comparison.YearComparison;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.territory.Territory;
import eu.strateg.reporting.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A comparison as JSON ({@code "format": "strateg-comparison"}, version {@value #VERSION}): the territories, then per
 * indicator its definition, the territories excluded from it, and per year the distribution, the ranked values and the
 * territories missing that year. Numbers are JSON numbers written from the exact decimals (no binary rounding);
 * reasons are enum names with a localised {@code reasonLabel}. The distribution is null for a year without values;
 * a rank is null for an indicator without a better direction. Each value and each missing or excluded territory that
 * has the indicator carries {@code status} and {@code statusLabel}: the indicator's status in that territory's own
 * strategy as of the top-level {@code statusAsOf} (null when no evaluation was given).
 */
public final class ComparisonJson {

    /** The version of the JSON structure. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ComparisonJson() {
    }

    /** Writes the comparison (UTF-8) with labels in {@code locale}'s language; leaves {@code out} open. */
    public static void write(Comparison comparison, Locale locale, OutputStream out) throws IOException {
        Messages m = Messages.of(locale);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "strateg-comparison");
            g.writeNumberField("version", VERSION);
            g.writeStringField("language", m.locale().getLanguage());
            g.writeStringField("statusAsOf", comparison.statusAsOf() == null ? null : comparison.statusAsOf().toString());
            g.writeArrayFieldStart("territories");
            for (Territory t : comparison.territories()) {
                g.writeStartObject();
                territory(g, t);
                g.writeStringField("level", t.level().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (IndicatorComparison ic : comparison.indicators()) {
                indicator(g, ic, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void indicator(JsonGenerator g, IndicatorComparison ic, Messages m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", ic.indicator().id());
        g.writeStringField("name", ic.name());
        g.writeStringField("unit", ic.unit());
        g.writeStringField("normalisation", ic.indicator().normalisation().name());
        g.writeStringField("normalisationLabel", m.get("comparison.normalisation." + ic.indicator().normalisation().name()));
        g.writeStringField("direction", ic.direction() == null ? null : ic.direction().name());
        g.writeBooleanField("ranked", ic.ranked());
        g.writeStringField("reference", ic.reference() == null ? null : ic.reference().code().toString());
        g.writeArrayFieldStart("excluded");
        for (MissingData x : ic.excluded()) {
            missing(g, x, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("years");
        for (YearComparison y : ic.years()) {
            year(g, y, m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void year(JsonGenerator g, YearComparison y, Messages m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("year", y.year());
        Distribution d = y.distribution();
        if (d == null) {
            g.writeNullField("distribution");
        } else {
            g.writeObjectFieldStart("distribution");
            g.writeNumberField("count", d.count());
            number(g, "min", d.min());
            number(g, "lowerQuartile", d.lowerQuartile());
            number(g, "median", d.median());
            number(g, "upperQuartile", d.upperQuartile());
            number(g, "max", d.max());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("values");
        for (TerritoryValue v : y.values()) {
            g.writeStartObject();
            territory(g, v.territory());
            g.writeStringField("localCode", v.localCode());
            number(g, "value", v.value());
            number(g, "compared", v.compared());
            if (v.rank() == null) {
                g.writeNullField("rank");
            } else {
                g.writeNumberField("rank", v.rank());
            }
            if (v.previousYear() == null) {
                g.writeNullField("previousYear");
                g.writeNullField("change");
                g.writeNullField("trend");
            } else {
                g.writeNumberField("previousYear", v.previousYear());
                number(g, "change", v.change());
                g.writeStringField("trend", v.trend().name());
                g.writeStringField("trendLabel", m.get("comparison.trend." + v.trend().name()));
            }
            status(g, v.status(), m);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missing");
        for (MissingData x : y.missing()) {
            missing(g, x, m);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void missing(JsonGenerator g, MissingData x, Messages m) throws IOException {
        g.writeStartObject();
        territory(g, x.territory());
        g.writeStringField("localCode", x.localCode());
        g.writeStringField("reason", x.reason().name());
        g.writeStringField("reasonLabel", m.get("comparison.reason." + x.reason().name()));
        g.writeStringField("detail", x.detail());
        status(g, x.status(), m);
        g.writeEndObject();
    }

    /** The indicator's status in the territory's own strategy: its name and label, both null when not given. */
    private static void status(JsonGenerator g, Status status, Messages m) throws IOException {
        g.writeStringField("status", status == null ? null : status.name());
        g.writeStringField("statusLabel", status == null ? null : m.get("status." + status.name()));
    }

    private static void territory(JsonGenerator g, Territory t) throws IOException {
        g.writeStringField("territory", t.code().toString());
        g.writeStringField("territoryName", t.name());
    }

    private static void number(JsonGenerator g, String field, BigDecimal value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value.toPlainString());
    }
}
