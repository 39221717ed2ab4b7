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
 * The charts as templates call them: {@code charts.line(card)}, {@code charts.distribution(summary, title)}. The SVG
 * is made on demand for one card at a time (so a large report is never held whole) and marked safe: the chart
 * writer escapes every text itself.
 */
public final class TemplateCharts {

    /** The card's chart; a chart that cannot be drawn fails naming its indicator. */
    public SafeString line(IndicatorCard card) {
        try {
            return new SafeString(card.chart() != null && card.chart().hasContent() ? LineChart.svg(card.chart()) : "");
        } catch (RuntimeException e) {
            throw new IllegalStateException("the chart of indicator " + card.code() + " (" + card.name() + ") could not be drawn: " + e, e);
        }
    }

    public SafeString distribution(Summary summary, String title) {
        List<DistributionChart.Segment> segments = new ArrayList<>();
        for (StatusCount c : summary.distribution()) {
            segments.add(new DistributionChart.Segment(c.status().label(), c.status().symbol(), c.count(), c.status().color()));
        }
        return new SafeString(DistributionChart.svg(title, segments));
    }
}
