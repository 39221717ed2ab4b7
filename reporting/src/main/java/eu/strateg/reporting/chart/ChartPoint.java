package eu.strateg.reporting.chart;

/**
 * One point of a chart: {@code x} in (fractional) years, {@code y} in the indicator's unit, and the text shown for
 * it (its period and formatted value, used in tooltips).
 */
public record ChartPoint(double x, double y, String label) {
}
