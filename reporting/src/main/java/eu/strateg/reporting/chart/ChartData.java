package eu.strateg.reporting.chart;

import java.util.List;
import java.util.Locale;

/**
 * What an indicator chart shows: the observed values (headline series), the baseline, the expected trajectory
 * (baseline → milestones → target), the milestones, the target (a value, or a range with {@code targetHigh}) and a
 * natural limit. Any part may be absent (null or empty).
 *
 * @param title the accessible name of the chart (the indicator's code and name)
 * @param decimals decimals of the axis labels
 * @param others further series (disaggregations), may be empty
 * @param asOf the as-of date as a fractional year (a vertical marker), or null
 * @param asOfLabel the as-of date in words
 */
public record ChartData(
        String title,
        String unit,
        int decimals,
        Locale locale,
        List<ChartPoint> observations,
        ChartPoint baseline,
        List<ChartPoint> trajectory,
        List<ChartPoint> milestones,
        ChartPoint target,
        Double targetHigh,
        Double naturalLimit,
        ChartLabels labels,
        List<ChartSeries> others,
        Double asOf,
        String asOfLabel) {

    public ChartData {
        others = others == null ? List.of() : List.copyOf(others);
        observations = observations == null ? List.of() : List.copyOf(observations);
        trajectory = trajectory == null ? List.of() : List.copyOf(trajectory);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** True when there is anything to draw. */
    public boolean hasContent() {
        return !observations.isEmpty() || baseline != null || target != null;
    }
}
