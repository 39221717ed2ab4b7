package eu.strateg.reporting.html;

import eu.strateg.reporting.chart.DistributionChart;
import eu.strateg.reporting.chart.LineChart;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.StatusCount;
import eu.strateg.reporting.model.ReportModel.Summary;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts as templates call them: {@code charts.line(card)}, {@code charts.lineImage(card, alt)},
 * {@code charts.distribution(summary, title)}. The SVG is made on demand for one card at a time (so a large report is
 * never held whole) and marked safe: the chart writer escapes every text itself.
 */
public final class TemplateCharts {

    /** The size and colour of the chart's usual label, as {@code Svg.label} writes them. */
    private static final String LABEL = " font-size=\"13\" fill=\"" + LineChart.INK + "\"";

    /** The card's chart; a chart that cannot be drawn fails naming its indicator. */
    public SafeString line(IndicatorCard card) {
        try {
            return new SafeString(card.chart() != null && card.chart().hasContent() ? LineChart.svg(card.chart()) : "");
        } catch (RuntimeException e) {
            throw new IllegalStateException("the chart of indicator " + card.code() + " (" + card.name() + ") could not be drawn: " + e, e);
        }
    }

    /**
     * The card's chart as an {@code <img>} whose source is the SVG itself ({@code data:image/svg+xml}), with
     * {@code alt} as its text alternative; empty when the card has no chart. The browser parses such an image as one
     * element (an inline chart is about sixty), which keeps a page of thousands of cards quick to load, and it still
     * shows without script, from {@code file://} and in print. Since the chart writer escapes every text and quotes
     * every attribute with {@code "}, those quotes become {@code '} and only {@code %}, {@code #} and {@code &} need
     * encoding.
     */
    public SafeString lineImage(IndicatorCard card, String alt) {
        String svg = line(card).toString();
        if (svg.isEmpty()) {
            return new SafeString("");
        }
        // font and fill are inherited in SVG: the labels' usual ones said once on the root instead of on every label (a
        // quarter of the chart's size; a shape without a fill of its own is #333333 instead of black)
        svg = "<svg font-family=\"" + LineChart.FONT + "\"" + LABEL + " " + svg.substring("<svg ".length())
                .replace(" font-family=\"" + LineChart.FONT + "\"", "").replace(LABEL, "");
        StringBuilder b = new StringBuilder(svg.length() + 256).append("<img class=\"chart\" width=\"").append(LineChart.WIDTH)
                .append("\" height=\"").append(LineChart.HEIGHT).append("\" loading=\"lazy\" decoding=\"async\" alt=\"")
                .append(attribute(alt)).append("\" src=\"data:image/svg+xml;charset=utf-8,");
        for (int i = 0; i < svg.length(); i++) {
            char c = svg.charAt(i);
            switch (c) {
                case '"' -> b.append('\'');
                case '%' -> b.append("%25");
                case '#' -> b.append("%23");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return new SafeString(b.append("\" />").toString());
    }

    private static String attribute(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public SafeString distribution(Summary summary, String title) {
        List<DistributionChart.Segment> segments = new ArrayList<>();
        for (StatusCount c : summary.distribution()) {
            segments.add(new DistributionChart.Segment(c.status().label(), c.status().symbol(), c.count(), c.status().color()));
        }
        return new SafeString(DistributionChart.svg(title, segments));
    }
}
