package eu.strateg.reporting.chart;

import java.util.List;

/**
 * Writes the status distribution as a stacked horizontal bar in SVG. Each segment carries its status symbol and
 * count when it is wide enough and a tooltip with its label; the report prints the legend (symbol, label, count) as
 * text beside it, so no status is told by colour alone.
 */
public final class DistributionChart {

    private static final int WIDTH = 640;
    private static final double BAR_Y = 6;
    private static final double BAR_H = 30;

    /** One status in the bar. */
    public record Segment(String label, String symbol, int count, String color) {
    }

    private DistributionChart() {
    }

    public static String svg(String title, List<Segment> segments) {
        int total = segments.stream().mapToInt(Segment::count).sum();
        double height = BAR_Y * 2 + BAR_H;
        Svg s = new Svg(2048);
        s.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"distribution\" role=\"img\"")
                .attr("viewBox", "0 0 " + WIDTH + " " + Svg.num(height)).attr("width", WIDTH).attr("height", height).raw(">");
        s.title(title);
        double x = 0;
        for (Segment seg : segments) {
            if (seg.count() == 0 || total == 0) {
                continue;
            }
            double w = WIDTH * seg.count() / (double) total;
            s.raw("<rect class=\"segment\"").attr("x", x).attr("y", BAR_Y).attr("width", w).attr("height", BAR_H).attr("fill", seg.color())
                    .attr("stroke", "#ffffff").attr("stroke-width", 1).raw(">").title(seg.symbol() + " " + seg.label() + ": " + seg.count())
                    .raw("</rect>");
            if (w >= 40) {
                s.label(x + w / 2, BAR_Y + 20, "middle", 13, "#ffffff", seg.symbol() + " " + seg.count());
            }
            x += w;
        }
        return s.raw("</svg>").toString();
    }
}
