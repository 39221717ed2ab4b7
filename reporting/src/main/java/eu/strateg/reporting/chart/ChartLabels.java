package eu.strateg.reporting.chart;

/** The localised legend texts of an indicator chart. */
public record ChartLabels(String observed, String baseline, String trajectory, String milestone, String target, String limit,
        String targetRange, String asOf) {
}
