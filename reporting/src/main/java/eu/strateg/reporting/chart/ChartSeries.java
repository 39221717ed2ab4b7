package eu.strateg.reporting.chart;

import java.util.List;

/** A further series of a chart (a disaggregation, e.g. "sex: F"), drawn thinner than the headline, with its own dash. */
public record ChartSeries(String name, List<ChartPoint> points) {

    public ChartSeries {
        points = points == null ? List.of() : List.copyOf(points);
    }
}
