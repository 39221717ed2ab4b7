package eu.strateg.examples.embedding;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.BudgetRow;
import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.ProjectEvaluation;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A custom {@link ReportRenderer}: the monitoring report as Markdown (a summary, the strategy tree with statuses, an
 * indicator table, projects and budget), in Czech, Polish or English. User text is escaped so that a title with
 * {@code |} or {@code *} cannot break a table or the emphasis. Register it with {@code ReportService} next to the
 * bundled renderers.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    /** The format this renderer writes. */
    public static final ReportFormat MARKDOWN = new ReportFormat("markdown", "text/markdown", "md");

    @Override
    public ReportFormat format() {
        return MARKDOWN;
    }

    @Override
    public void render(ReportInput input, OutputStream out) throws IOException {
        Locale locale = input.locale() == null ? Locale.ENGLISH : input.locale();
        MarkdownLabels labels = MarkdownLabels.forLocale(locale);
        StringBuilder md = new StringBuilder();
        header(md, input.strategy(), input.evaluation(), labels);
        summary(md, input.evaluation().summary(), labels, locale);
        tree(md, input.strategy(), input.evaluation(), labels, locale);
        indicators(md, input, labels, locale);
        projects(md, input.strategy(), input.evaluation().projects(), labels, locale);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(md.toString());
        w.flush();
    }

    private static void header(StringBuilder md, Strategy s, StrategyEvaluation ev, MarkdownLabels l) {
        md.append("# ").append(escape(s.title())).append("\n\n");
        md.append(escape(s.territory().name())).append(" (").append(s.territory().code()).append(") · ")
                .append(l.word("asOf")).append(' ').append(ev.asOf()).append(" · ")
                .append(l.word("revision")).append(' ').append(ev.revision()).append("\n\n");
    }

    private static void summary(StringBuilder md, EvaluationSummary sum, MarkdownLabels l, Locale locale) {
        md.append("## ").append(l.word("summary")).append("\n\n");
        row(md, l.word("score"), l.word("status"), l.word("indicators"), l.word("assessable"), l.word("fresh"));
        separator(md, 5);
        row(md, score(sum.score(), locale), l.statuses().get(sum.status()), String.valueOf(sum.indicators()),
                String.valueOf(sum.assessable()), String.valueOf(sum.fresh()));
        md.append('\n');
        String distribution = sum.distribution().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> l.statuses().get(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(" · "));
        if (!distribution.isEmpty()) {
            md.append(distribution).append("\n\n");
        }
    }

    private static void tree(StringBuilder md, Strategy s, StrategyEvaluation ev, MarkdownLabels l, Locale locale) {
        md.append("## ").append(l.word("tree")).append("\n\n");
        appendChildren(md, s, ev, null, 0, l, locale);
        md.append('\n');
    }

    private static void appendChildren(StringBuilder md, Strategy s, StrategyEvaluation ev, String parent, int depth, MarkdownLabels l,
            Locale locale) {
        for (Element e : s.children(parent)) {
            md.append("  ".repeat(depth)).append("- **").append(escape(e.code())).append("** ").append(escape(e.title()));
            ev.element(e.code()).ifPresent(r -> md.append(" — ").append(elementResult(r, l, locale)));
            md.append('\n');
            appendChildren(md, s, ev, e.code(), depth + 1, l, locale);
        }
    }

    private static String elementResult(ElementEvaluation r, MarkdownLabels l, Locale locale) {
        String status = l.statuses().get(r.status() == null ? Status.NOT_ASSESSABLE : r.status());
        return status + " (" + score(r.score(), locale) + "; " + r.assessable() + "/" + r.total() + ")";
    }

    private static void indicators(StringBuilder md, ReportInput input, MarkdownLabels l, Locale locale) {
        md.append("## ").append(l.word("indicators")).append("\n\n");
        row(md, l.word("code"), l.word("name"), l.word("unit"), l.word("baseline"), l.word("target"), l.word("latest"), l.word("status"),
                l.word("score"), l.word("note"));
        separator(md, 9);
        for (Indicator i : input.strategy().indicators()) {
            IndicatorEvaluation ev = input.evaluation().indicator(i.code()).orElse(null);
            Assessment a = ev == null ? null : ev.assessment();
            row(md, escape(i.code()), escape(i.name()), escape(i.unit()), baseline(i, locale), target(i, locale),
                    latest(i, ev, input.observations(), locale), a == null ? "" : l.statuses().get(a.status()),
                    a == null ? "" : score(a.score(), locale), note(ev, l));
        }
        md.append('\n');
    }

    private static String baseline(Indicator i, Locale locale) {
        return i.baseline() == null ? "" : number(i.baseline().value(), i.displayDecimals(), locale) + " (" + i.baseline().period() + ")";
    }

    private static String target(Indicator i, Locale locale) {
        if (i.target() == null) {
            return "";
        }
        String value = number(i.target().value(), i.displayDecimals(), locale);
        if (i.target().isRange()) {
            value = value + "–" + number(i.target().high(), i.displayDecimals(), locale);
        }
        return value + " (" + i.target().year() + ")";
    }

    /** The value the assessment used, or else the headline observation of the latest period. */
    private static String latest(Indicator i, IndicatorEvaluation ev, List<Observation> observations, Locale locale) {
        if (ev == null || ev.latestPeriod() == null) {
            return "";
        }
        BigDecimal value = ev.assessment().components().currentValue();
        if (value == null) {
            value = observations.stream().filter(o -> o.indicatorCode().equals(i.code()) && o.disaggregation().isEmpty()
                    && o.period().equals(ev.latestPeriod())).map(Observation::value).findFirst().orElse(null);
        }
        return value == null ? "" : number(value, i.displayDecimals(), locale) + " (" + ev.latestPeriod() + ")";
    }

    private static String note(IndicatorEvaluation ev, MarkdownLabels l) {
        if (ev == null) {
            return "";
        }
        String reason = ev.assessment().reason() == null ? "" : ev.assessment().reason().name();
        String stale = ev.stale() ? l.word("stale") : "";
        return String.join("; ", List.of(stale, reason).stream().filter(t -> !t.isEmpty()).toList());
    }

    private static void projects(StringBuilder md, Strategy s, ProjectsEvaluation pe, MarkdownLabels l, Locale locale) {
        if (pe == null || s.projects().isEmpty()) {
            return;
        }
        md.append("## ").append(l.word("projects")).append("\n\n");
        row(md, l.word("code"), l.word("name"), l.word("status"), l.word("slippage"), l.word("planned"), l.word("actual"),
                l.word("absorption"));
        separator(md, 7);
        Map<String, ProjectEvaluation> byCode = pe.projects().stream().collect(Collectors.toMap(ProjectEvaluation::code, p -> p));
        for (Project p : s.projects()) {
            ProjectEvaluation e = byCode.get(p.code());
            row(md, escape(p.code()), escape(p.title()), l.projectStatuses().get(p.status()),
                    e == null || e.slippageDays() == null ? "" : String.valueOf(e.slippageDays()),
                    e == null || e.planned() == null ? "" : number(e.planned(), 0, locale),
                    e == null || e.actual() == null ? "" : number(e.actual(), 0, locale),
                    e == null || e.absorption() == null ? "" : percent(e.absorption(), locale));
        }
        md.append("\n## ").append(l.word("budget")).append("\n\n");
        row(md, l.word("year"), l.word("source"), l.word("planned"), l.word("actual"));
        separator(md, 4);
        for (BudgetRow b : pe.budget()) {
            String currency = b.currency() == null ? "" : " " + b.currency().getCurrencyCode();
            row(md, String.valueOf(b.year()), l.sources().get(b.source()), number(b.planned(), 0, locale) + currency,
                    b.actual() == null ? "" : number(b.actual(), 0, locale) + currency);
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String c : cells) {
            md.append(' ').append(c == null ? "" : c).append(" |");
        }
        md.append('\n');
    }

    private static void separator(StringBuilder md, int columns) {
        md.append('|').append(" --- |".repeat(columns)).append('\n');
    }

    private static String number(BigDecimal value, int decimals, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    private static String score(Double score, Locale locale) {
        return score == null ? "–" : number(BigDecimal.valueOf(score), 2, locale);
    }

    private static String percent(double share, Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    /**
     * Escapes the Markdown punctuation that acts in the middle of a line (emphasis, code, links, HTML, entities, table
     * cells) and folds line breaks, so user text stays text; our text never starts a line, so list markers need none.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r') {
                b.append(' ');
            } else {
                if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
