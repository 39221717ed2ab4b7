package eu.strateg.reporting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.SeriesEvaluation;
import eu.strateg.core.evaluation.Threshold;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.BudgetLineView;
import eu.strateg.reporting.model.ReportModel.GapRow;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.LinkRow;
import eu.strateg.reporting.model.ReportModel.MethodNote;
import eu.strateg.reporting.model.ReportModel.ObservationRow;
import eu.strateg.reporting.model.ReportModel.ProjectRow;
import eu.strateg.reporting.model.ReportModel.StatusCount;
import eu.strateg.reporting.model.ReportModel.Summary;
import eu.strateg.reporting.model.ReportModel.TreeNode;
import eu.strateg.reporting.model.StatusView;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes the JSON structure documented in docs/reporting.md, field by field. */
final class JsonWriter {

    private final JsonGenerator g;
    private final ReportModel model;
    private final Strategy strategy;
    private final ReportInput input;

    JsonWriter(JsonGenerator g, ReportModel model, ReportInput input) {
        this.g = g;
        this.model = model;
        this.strategy = input.strategy();
        this.input = input;
    }

    void write() throws IOException {
        g.writeStartObject();
        g.writeStringField("format", "strateg-report");
        g.writeNumberField("version", JsonReportRenderer.VERSION);
        g.writeStringField("language", model.header().language());
        g.writeStringField("asOf", model.header().asOfIso());
        strategy();
        summary(model.summary());
        g.writeArrayFieldStart("elements");
        for (TreeNode n : model.tree()) {
            element(n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (IndicatorCard c : model.indicators()) {
            indicator(c);
        }
        g.writeEndArray();
        projects();
        gaps();
        methods();
        g.writeEndObject();
    }

    private void strategy() throws IOException {
        g.writeObjectFieldStart("strategy");
        g.writeStringField("id", strategy.id().value());
        g.writeNumberField("revision", input.evaluation().revision());
        g.writeStringField("title", strategy.title());
        g.writeObjectFieldStart("territory");
        g.writeStringField("code", strategy.territory().code().toString());
        g.writeStringField("name", strategy.territory().name());
        g.writeEndObject();
        g.writeNumberField("fromYear", strategy.period().fromYear());
        g.writeNumberField("toYear", strategy.period().toYear());
        g.writeStringField("lifecycle", strategy.lifecycle().state().name());
        g.writeEndObject();
    }

    private void summary(Summary s) throws IOException {
        g.writeObjectFieldStart("summary");
        status(s.status());
        number("score", s.score());
        g.writeNumberField("indicators", s.indicators());
        g.writeNumberField("assessable", s.assessable());
        g.writeNumberField("fresh", s.fresh());
        g.writeNumberField("freshShare", s.freshShare());
        g.writeObjectFieldStart("distribution");
        for (StatusCount c : s.distribution()) {
            g.writeNumberField(c.status().status().name(), c.count());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("budget");
        g.writeStringField("currency", s.currency());
        number("planned", s.budgetPlanned());
        number("actual", s.budgetActual());
        number("absorption", s.absorption());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void element(TreeNode n) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", n.code());
        g.writeStringField("parent", n.parentCode());
        g.writeNumberField("depth", n.depth());
        g.writeStringField("kind", n.kind());
        g.writeStringField("title", n.title());
        g.writeNumberField("weight", n.weight());
        status(n.status());
        number("score", n.score());
        g.writeNumberField("assessable", n.assessable());
        g.writeNumberField("total", n.total());
        strings("indicators", n.indicatorCodes());
        g.writeArrayFieldStart("links");
        for (LinkRow l : n.links()) {
            g.writeStartObject();
            g.writeStringField("scheme", l.scheme());
            g.writeStringField("code", l.code());
            g.writeStringField("label", l.label());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void indicator(IndicatorCard c) throws IOException {
        Assessment a = c.evaluation().assessment();
        g.writeStartObject();
        g.writeStringField("code", c.code());
        g.writeStringField("name", c.name());
        g.writeStringField("unit", c.unit());
        g.writeStringField("type", c.indicator().type().name());
        g.writeStringField("direction", c.indicator().direction().name());
        strings("usedBy", c.elements());
        g.writeStringField("method", a.method());
        status(c.status());
        number("score", a.score());
        g.writeStringField("reason", a.reason() == null ? null : a.reason().name());
        g.writeStringField("explanation", c.explanation());
        g.writeBooleanField("stale", c.stale());
        g.writeStringField("latestPeriod", c.latestPeriod().isEmpty() ? null : c.latestPeriod());
        components(a.components());
        g.writeArrayFieldStart("series");
        for (SeriesEvaluation s : c.evaluation().series()) {
            g.writeStartObject();
            map("disaggregation", s.series().disaggregation());
            g.writeStringField("status", s.assessment().status().name());
            number("score", s.assessment().score());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("observations");
        for (ObservationRow o : c.observations()) {
            g.writeStartObject();
            g.writeStringField("period", o.period());
            g.writeNumberField("value", o.value());
            g.writeStringField("disaggregation", o.disaggregation().isEmpty() ? null : o.disaggregation());
            g.writeStringField("source", o.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void components(Components k) throws IOException {
        g.writeObjectFieldStart("components");
        g.writeStringField("basePeriod", k.basePeriod() == null ? null : k.basePeriod().toString());
        number("baseValue", k.baseValue());
        g.writeStringField("currentPeriod", k.currentPeriod() == null ? null : k.currentPeriod().toString());
        number("currentValue", k.currentValue());
        number("targetValue", k.targetValue());
        number("targetHigh", k.targetHigh());
        number("targetYear", k.targetYear());
        number("expectedValue", k.expectedValue());
        number("ratio", k.ratio());
        number("requiredRate", k.requiredRate());
        number("actualRate", k.actualRate());
        number("progressValue", k.progressValue());
        number("limitFactor", k.limitFactor());
        number("limit", k.limit());
        number("sign", k.sign());
        number("direction", k.direction());
        g.writeStringField("methodCategory", k.methodCategory());
        g.writeStringField("window", k.window());
        g.writeArrayFieldStart("thresholds");
        for (Threshold t : k.thresholds()) {
            g.writeStartObject();
            g.writeStringField("status", t.status().name());
            number("min", t.min());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void projects() throws IOException {
        g.writeArrayFieldStart("projects");
        for (ProjectRow p : model.projects().projects()) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("title", p.title());
            g.writeStringField("status", p.project().status().name());
            strings("measures", p.project().measureCodes());
            g.writeStringField("plannedStart", str(p.project().planned().start()));
            g.writeStringField("plannedEnd", str(p.project().planned().end()));
            g.writeStringField("actualStart", str(p.project().actual().start()));
            g.writeStringField("actualEnd", str(p.project().actual().end()));
            number("slippageDays", p.slippageDays());
            number("planned", p.planned());
            number("actual", p.actual());
            number("absorption", p.absorption());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("budget");
        for (BudgetLineView b : model.projects().budget()) {
            g.writeStartObject();
            g.writeNumberField("year", b.year());
            g.writeStringField("source", b.source().name());
            g.writeStringField("currency", b.currency());
            number("planned", b.planned());
            number("actual", b.actual());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void gaps() throws IOException {
        g.writeObjectFieldStart("gaps");
        gapList("notAssessable", model.gaps().notAssessable());
        gapList("stale", model.gaps().stale());
        g.writeEndObject();
    }

    private void gapList(String name, List<GapRow> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (GapRow r : rows) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("text", r.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void methods() throws IOException {
        g.writeArrayFieldStart("methods");
        for (MethodNote mn : model.methods()) {
            g.writeStartObject();
            g.writeStringField("id", mn.id());
            g.writeStringField("name", mn.name());
            g.writeNumberField("indicators", mn.count());
            strings("categories", mn.categories());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void status(StatusView s) throws IOException {
        g.writeStringField("status", s.status().name());
        g.writeStringField("statusLabel", s.label());
    }

    private void strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void map(String name, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** A number field: BigDecimal exactly, doubles unless NaN or infinite (then null), null as null. */
    private void number(String name, Object n) throws IOException {
        g.writeFieldName(name);
        if (n == null) {
            g.writeNull();
        } else if (n instanceof BigDecimal bd) {
            g.writeNumber(bd);
        } else if (n instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                g.writeNull();
            } else {
                g.writeNumber(d);
            }
        } else if (n instanceof Long l) {
            g.writeNumber(l);
        } else {
            g.writeNumber(((Number) n).intValue());
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
