package eu.strateg.reporting.comparison;

import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.Distribution;
import eu.strateg.core.comparison.IndicatorComparison;
import eu.strateg.core.comparison.MissingData;
import eu.strateg.core.comparison.Normalisation;
import eu.strateg.core.comparison.TerritoryValue;
import eu.strateg.core.comparison.YearComparison;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.reporting.chart.StripChart;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A comparison as one self-contained HTML page: per indicator, its latest year with a distribution strip (the chosen
 * territory highlighted), the values with their ranks, a table of the group's minimum, quartiles, median and maximum
 * for every year, and the territories not compared with the reason. Labels in Czech, Polish or English from the report
 * message bundles; numbers in the language's format, shown to at most {@value #DECIMALS} decimals (CSV and JSON carry
 * them exactly). Every text is escaped.
 */
public final class ComparisonHtml {

    /** The most decimals a number is shown with. */
    public static final int DECIMALS = 4;

    private static final String CSS = "body{font-family:DejaVu Sans,Verdana,Arial,sans-serif;color:#111827;margin:0;line-height:1.45}"
            + "main{max-width:60rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;"
            + "border-top:1px solid #d1d5db;padding-top:1rem}.code{color:#4b5563;font-weight:normal}"
            + "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.95rem}caption{text-align:left;font-weight:bold;"
            + "padding:.25rem 0}th,td{border-bottom:1px solid #e5e7eb;padding:.25rem .6rem;text-align:left}td.num,th.num{text-align:right;"
            + "font-variant-numeric:tabular-nums}tr.highlight{background:#fef3c7}tr.highlight td{font-weight:bold}"
            + "figure{margin:.5rem 0}svg.strip{max-width:100%;height:auto}figcaption{font-size:.9rem;color:#374151}"
            + ".note{color:#374151;font-size:.9rem}.scroll{overflow-x:auto}";

    private final Messages m;
    private final Formats f;
    private final Writer w;
    /** whether the comparison carries statuses (a status column in the tables) */
    private boolean statuses;

    private ComparisonHtml(Locale locale, Writer w) {
        this.m = Messages.of(locale);
        this.f = m.formats();
        this.w = w;
    }

    /**
     * Writes the page with labels in {@code locale}'s language.
     *
     * @param highlight the territory to highlight; null means the first territory of the comparison
     */
    public static void write(Comparison comparison, TerritoryCode highlight, Locale locale, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        TerritoryCode focus = highlight != null ? highlight
                : comparison.territories().isEmpty() ? null : comparison.territories().get(0).code();
        new ComparisonHtml(locale, w).page(comparison, focus);
        w.flush();
    }

    private void page(Comparison c, TerritoryCode focus) throws IOException {
        String title = m.get("comparison.title");
        w.write("<!DOCTYPE html>\n<html lang=\"" + esc(m.locale().getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title><style>" + CSS
                + "</style></head><body><main>\n<h1>" + esc(title) + "</h1>\n");
        List<String> names = new ArrayList<>();
        for (Territory t : c.territories()) {
            names.add(t.name());
        }
        w.write("<p>" + esc(String.join(", ", names)) + "</p>\n");
        focusName(c, focus).ifPresent(n -> write("<p class=\"note\">" + esc(m.format("comparison.highlighted", n)) + "</p>\n"));
        w.write("<p class=\"note\">" + esc(m.get("comparison.quartileMethod")) + "</p>\n");
        if (c.statusAsOf() != null) {
            w.write("<p class=\"note\">" + esc(m.format("comparison.statusAsOf", f.date(c.statusAsOf()))) + "</p>\n");
        }
        statuses = c.statusAsOf() != null;
        for (IndicatorComparison ic : c.indicators()) {
            indicator(ic, focus);
        }
        w.write("</main></body></html>\n");
    }

    private static Optional<String> focusName(Comparison c, TerritoryCode focus) {
        return c.territories().stream().filter(t -> t.code().equals(focus)).map(Territory::name).findFirst();
    }

    private void indicator(IndicatorComparison ic, TerritoryCode focus) throws IOException {
        String id = ic.indicator().id();
        w.write("<section class=\"indicator\" id=\"cmp-" + esc(id) + "\">\n<h2>" + esc(title(ic))
                + " <span class=\"code\">(" + esc(id) + ")</span></h2>\n");
        if (ic.reference() == null) {
            w.write("<p>" + esc(m.get("comparison.noData")) + "</p>\n");
            missing(ic, ic.excluded());
            w.write("</section>\n");
            return;
        }
        String unit = comparedUnit(ic);
        w.write("<p class=\"note\">" + esc(unit) + " · " + esc(m.format("comparison.reference", ic.reference().name()))
                + (ic.ranked() ? "" : " · " + esc(m.get("comparison.notRanked"))) + "</p>\n");
        Optional<YearComparison> latest = ic.latestYear();
        if (latest.isPresent()) {
            latest(ic, latest.get(), focus, unit);
        }
        distributions(ic);
        List<MissingData> missing = new ArrayList<>(ic.excluded());
        latest.ifPresent(y -> missing.addAll(y.missing()));
        missing(ic, missing);
        w.write("</section>\n");
    }

    private static String title(IndicatorComparison ic) {
        return ic.name() == null ? ic.indicator().id() : ic.name();
    }

    private String comparedUnit(IndicatorComparison ic) {
        Normalisation n = ic.indicator().normalisation();
        return n == Normalisation.NONE ? ic.unit() : ic.unit() + " " + m.get("comparison.normalisation." + n.name());
    }

    private void latest(IndicatorComparison ic, YearComparison y, TerritoryCode focus, String unit) throws IOException {
        Distribution d = y.distribution();
        List<StripChart.Dot> dots = new ArrayList<>();
        String focusName = null;
        for (TerritoryValue v : y.values()) {
            boolean hl = v.territory().code().equals(focus);
            if (hl) {
                focusName = v.territory().name();
            }
            dots.add(new StripChart.Dot(v.territory().name(), v.territory().name() + ": " + num(v.compared()), v.compared(), hl));
        }
        String caption = m.get("comparison.distribution") + " " + y.year() + " (" + unit + ")"
                + (focusName == null ? "" : " · " + m.format("comparison.highlighted", focusName));
        String svg = StripChart.svg(caption, dots, new StripChart.Box(d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(), d.max(),
                num(d.min()), num(d.max())));
        w.write("<figure>" + svg + "<figcaption>" + esc(caption) + "</figcaption></figure>\n");
        boolean normalised = ic.indicator().normalisation() != Normalisation.NONE;
        w.write(scroll(ic.name() + ", " + y.year()) + "<table class=\"values\"><caption>" + esc(ic.name() + ", " + y.year()) + "</caption><thead><tr>");
        if (ic.ranked()) {
            w.write(th("comparison.rank", true));
        }
        w.write(th("comparison.territory", false) + th("comparison.value", true) + (normalised ? th("comparison.compared", true) : "")
                + th("comparison.change", false) + (statuses ? th("comparison.status", false) : "") + "</tr></thead><tbody>\n");
        for (TerritoryValue v : y.values()) {
            w.write(v.territory().code().equals(focus) ? "<tr class=\"highlight\">" : "<tr>");
            if (ic.ranked()) {
                w.write("<td class=\"num\">" + esc(m.format("comparison.rankOf", v.rank(), y.values().size())) + "</td>");
            }
            w.write("<td>" + esc(v.territory().name()) + "</td><td class=\"num\">" + esc(num(v.value())) + "</td>"
                    + (normalised ? "<td class=\"num\">" + esc(num(v.compared())) + "</td>" : "") + "<td>" + esc(change(v)) + "</td>" + (statuses ? "<td>" + esc(status(v.status())) + "</td>" : "") + "</tr>\n");
        }
        w.write("</tbody></table></div>\n");
    }

    /** The localised status label; empty when the territory has none. */
    private String status(Status status) {
        return status == null ? "" : m.get("status." + status.name());
    }

    /** "−10 od roku 2022, zlepšení"; empty without a previous year. Signed, with a real minus sign. */
    private String change(TerritoryValue v) {
        if (v.previousYear() == null) {
            return "";
        }
        String amount = (v.change().signum() > 0 ? "+" : "") + num(v.change());
        return m.format("comparison.changeSince", amount, String.valueOf(v.previousYear())) + ", "
                + m.get("comparison.trend." + v.trend().name());
    }

    private void distributions(IndicatorComparison ic) throws IOException {
        w.write(scroll(title(ic) + " – " + m.get("comparison.distribution")) + "<table class=\"distribution\"><caption>" + esc(m.get("comparison.distribution"))
                + "</caption><thead><tr>" + th("comparison.year", false) + th("comparison.count", true) + th("comparison.min", true)
                + th("comparison.lowerQuartile", true) + th("comparison.median", true) + th("comparison.upperQuartile", true)
                + th("comparison.max", true) + "</tr></thead><tbody>\n");
        for (YearComparison y : ic.years()) {
            Distribution d = y.distribution();
            w.write("<tr><th scope=\"row\">" + y.year() + "</th>");
            if (d == null) {
                w.write("<td class=\"num\">0</td><td colspan=\"5\"></td>");
            } else {
                w.write(td(String.valueOf(d.count())) + td(num(d.min())) + td(num(d.lowerQuartile())) + td(num(d.median()))
                        + td(num(d.upperQuartile())) + td(num(d.max())));
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table></div>\n");
    }

    private void missing(IndicatorComparison ic, List<MissingData> missing) throws IOException {
        if (missing.isEmpty()) {
            return;
        }
        w.write(scroll(title(ic) + " – " + m.get("comparison.missing")) + "<table class=\"missing\"><caption>" + esc(m.get("comparison.missing")) + "</caption><thead><tr>"
                + th("comparison.territory", false) + th("comparison.year", false) + th("comparison.reason", false)
                + (statuses ? th("comparison.status", false) : "") + "</tr></thead><tbody>\n");
        for (MissingData x : missing) {
            String reason = m.get("comparison.reason." + x.reason().name()) + (x.detail() == null ? "" : ": " + x.detail());
            w.write("<tr><td>" + esc(x.territory().name()) + "</td><td>" + (x.year() == null ? "" : x.year()) + "</td><td>" + esc(reason)
                    + "</td>" + (statuses ? "<td>" + esc(status(x.status())) + "</td>" : "") + "</tr>\n");
        }
        w.write("</tbody></table></div>\n");
    }

    /** A box that scrolls a wide table sideways on a phone, reachable by keyboard so it can be scrolled without a mouse. */
    private static String scroll(String label) {
        return "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + esc(label) + "\">";
    }

    private String th(String key, boolean numeric) {
        return "<th scope=\"col\"" + (numeric ? " class=\"num\"" : "") + ">" + esc(m.get(key)) + "</th>";
    }

    private static String td(String text) {
        return "<td class=\"num\">" + esc(text) + "</td>";
    }

    private String num(BigDecimal value) {
        return f.compact(value, DECIMALS);
    }

    private void write(String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
