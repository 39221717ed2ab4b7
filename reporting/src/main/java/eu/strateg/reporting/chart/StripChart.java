package eu.strateg.reporting.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * A distribution strip in SVG: one dot per territory on a horizontal scale from the group's minimum to its maximum,
 * the box from the lower to the upper quartile with the median as a line across it, and one territory highlighted as
 * a larger dark diamond with its name. Every dot has a tooltip (name and value as formatted by the caller); the
 * highlighted one is told by shape and label, not by colour alone. Positions are screen coordinates only: the values
 * themselves are printed by the caller from the exact decimals.
 */
public final class StripChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 86;
    private static final double LEFT = 16;
    private static final double RIGHT = WIDTH - 16;
    private static final double AXIS_Y = 44;

    /**
     * One territory on the strip.
     *
     * @param label the tooltip, e.g. {@code Kyjov: 198,6}
     * @param name the name written above the highlighted dot
     */
    public record Dot(String name, String label, BigDecimal value, boolean highlighted) {
    }

    /**
     * The quartile box and the texts around it.
     *
     * @param minLabel the minimum as formatted, written under the left end
     * @param maxLabel the maximum as formatted, written under the right end
     */
    public record Box(BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile, BigDecimal max,
            String minLabel, String maxLabel) {
    }

    private StripChart() {
    }

    /** The SVG; {@code title} is its accessible name. */
    public static String svg(String title, List<Dot> dots, Box box) {
        Svg s = new Svg(1024 + dots.size() * 96);
        s.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"strip\" role=\"img\"").attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                .attr("width", WIDTH).attr("height", HEIGHT).raw(">");
        s.title(title);
        s.raw("<line").attr("x1", LEFT).attr("y1", AXIS_Y).attr("x2", RIGHT).attr("y2", AXIS_Y).attr("stroke", "#6b7280")
                .attr("stroke-width", 1).raw("/>");
        double q1 = x(box.lowerQuartile(), box);
        double q3 = x(box.upperQuartile(), box);
        s.raw("<rect class=\"box\"").attr("x", q1).attr("y", AXIS_Y - 12).attr("width", Math.max(q3 - q1, 1)).attr("height", 24)
                .attr("fill", "#dbeafe").attr("stroke", "#1d4ed8").attr("stroke-width", 1).raw("/>");
        double med = x(box.median(), box);
        s.raw("<line class=\"median\"").attr("x1", med).attr("y1", AXIS_Y - 14).attr("x2", med).attr("y2", AXIS_Y + 14)
                .attr("stroke", "#1d4ed8").attr("stroke-width", 3).raw("/>");
        Dot highlighted = null;
        for (Dot d : dots) {
            if (d.highlighted()) {
                highlighted = d;
                continue;
            }
            s.raw("<circle class=\"dot\"").attr("cx", x(d.value(), box)).attr("cy", AXIS_Y).attr("r", 4).attr("fill", "#6b7280")
                    .attr("fill-opacity", 0.7).raw(">").title(d.label()).raw("</circle>");
        }
        if (highlighted != null) {
            double hx = x(highlighted.value(), box);
            s.raw("<path class=\"highlight\"").attr("d", "M" + Svg.num(hx) + " " + Svg.num(AXIS_Y - 9) + " l9 9 l-9 9 l-9 -9 z")
                    .attr("fill", "#111827").attr("stroke", "#ffffff").attr("stroke-width", 1.5).raw(">").title(highlighted.label())
                    .raw("</path>");
            String anchor = hx < WIDTH * 0.2 ? "start" : hx > WIDTH * 0.8 ? "end" : "middle";
            s.label(anchor.equals("start") ? Math.max(hx - 9, 2) : anchor.equals("end") ? Math.min(hx + 9, WIDTH - 2) : hx, 18, anchor,
                    13, "#111827", highlighted.name());
        }
        s.label(LEFT, AXIS_Y + 34, "start", 12, "#374151", box.minLabel());
        s.label(RIGHT, AXIS_Y + 34, "end", 12, "#374151", box.maxLabel());
        return s.raw("</svg>").toString();
    }

    /** The screen position of a value; a group whose values are all equal sits in the middle. */
    private static double x(BigDecimal value, Box box) {
        BigDecimal span = box.max().subtract(box.min());
        if (span.signum() == 0) {
            return (LEFT + RIGHT) / 2;
        }
        double share = value.subtract(box.min()).divide(span, java.math.MathContext.DECIMAL64).doubleValue();
        return LEFT + share * (RIGHT - LEFT);
    }
}
