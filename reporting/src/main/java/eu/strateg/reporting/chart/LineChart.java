package eu.strateg.reporting.chart;

import eu.strateg.reporting.i18n.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an indicator's line chart as inline SVG: observed values, baseline, expected trajectory, milestones,
 * target (or target range) and natural limit, with a legend. Every text is a real, escaped {@code <text>} element;
 * colours are presentation attributes (so the PDF renderer sees them too) and each series also differs by shape
 * or dash, never by colour alone. The same data always give the same bytes.
 */
public final class LineChart {

    /** The chart's size in SVG units (and CSS pixels at its natural size). */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;
    /** The font family every label of the chart names. */
    public static final String FONT = Svg.FONT;
    private static final double LEFT = 70;
    private static final double RIGHT = WIDTH - 20;
    private static final double BOTTOM = HEIGHT - 30;
    /** Room between the legend and the plot for the unit label, so it never touches the top tick label. */
    static final double UNIT_ROOM = 26;
    /** Dash patterns of further series (disaggregations), so they differ by more than colour. */
    private static final String[] SERIES_DASHES = {"1 3", "8 3", "4 2 1 2", "10 2 2 2", "2 2", "6 2 2 2 2 2"};
    private static final String[] SERIES_COLOURS = {"#6b4c9a", "#00796b", "#ad1457", "#5d4037", "#37474f", "#9e6a00"};

    static final String OBSERVED = "#1f5fa8";
    static final String TRAJECTORY = "#555555";
    static final String MILESTONE = "#8a5a00";
    static final String TARGET = "#0b7a3b";
    static final String LIMIT = "#b02a2a";
    static final String GRID = "#dddddd";
    /** The colour of the chart's ink: axes and labels. */
    public static final String INK = "#333333";

    private LineChart() {
    }

    /** The chart as an SVG element (without XML declaration), ready to be inlined in HTML. */
    public static String svg(ChartData d) {
        Formats f = new Formats(d.locale());
        Svg s = new Svg(4096);
        s.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("width", WIDTH).attr("height", HEIGHT).raw(">");
        s.title(d.title());
        double top = Legend.write(s, d) + UNIT_ROOM;
        Scale x = xScale(d);
        Scale y = yScale(d, top);
        axes(s, d, f, x, y, top);
        if (d.targetHigh() != null && d.target() != null) {
            double y1 = y.px(d.targetHigh());
            double y0 = y.px(d.target().y());
            s.raw("<rect class=\"target-band\"").attr("x", LEFT).attr("y", y1).attr("width", RIGHT - LEFT).attr("height", Math.max(1, y0 - y1))
                    .attr("fill", TARGET).attr("fill-opacity", "0.12").raw("/>");
        }
        if (d.naturalLimit() != null && d.naturalLimit() >= y.min && d.naturalLimit() <= y.max) {
            double ly = y.px(d.naturalLimit());
            s.raw("<line class=\"natural-limit\"").attr("x1", LEFT).attr("x2", RIGHT).attr("y1", ly).attr("y2", ly).attr("stroke", LIMIT)
                    .attr("stroke-width", 1.5).attr("stroke-dasharray", "2 3").raw("/>");
            s.label(RIGHT - 2, ly - 4, "end", 10, LIMIT, d.labels().limit() + " " + f.compact(BigDecimal.valueOf(d.naturalLimit()), 4));
        }
        asOfMarker(s, d, x, top);
        trajectory(s, d, x, y);
        others(s, d, x, y);
        observations(s, d, x, y);
        markers(s, d, x, y, top);
        return s.raw("</svg>").toString();
    }

    private static Scale xScale(ChartData d) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        List<ChartPoint> xs = allPoints(d);
        d.others().forEach(o -> xs.addAll(o.points()));
        for (ChartPoint p : xs) {
            lo = Math.min(lo, p.x());
            hi = Math.max(hi, p.x());
        }
        if (d.asOf() != null && lo != Double.MAX_VALUE) {
            hi = Math.max(hi, d.asOf());
        }
        if (lo == Double.MAX_VALUE) {
            lo = 0;
            hi = 1;
        }
        return Scale.years(lo, hi, LEFT, RIGHT);
    }

    private static Scale yScale(ChartData d, double top) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        List<Double> ys = new ArrayList<>();
        allPoints(d).forEach(p -> ys.add(p.y()));
        if (d.targetHigh() != null) {
            ys.add(d.targetHigh());
        }
        for (ChartSeries o : d.others()) {
            o.points().forEach(p -> ys.add(p.y()));
        }
        for (double v : ys) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (ys.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        // the natural limit widens the axis only when it lies close to the data (within a quarter of their span)
        Double limit = d.naturalLimit();
        if (limit != null && !ys.isEmpty() && limit >= lo - (hi - lo) * 0.25 && limit <= hi + (hi - lo) * 0.25) {
            lo = Math.min(lo, limit);
            hi = Math.max(hi, limit);
        }
        return Scale.values(lo, hi, BOTTOM, top);
    }

    private static List<ChartPoint> allPoints(ChartData d) {
        List<ChartPoint> all = new ArrayList<>(d.observations());
        all.addAll(d.trajectory());
        all.addAll(d.milestones());
        if (d.baseline() != null) {
            all.add(d.baseline());
        }
        if (d.target() != null) {
            all.add(d.target());
        }
        return all;
    }

    private static void axes(Svg s, ChartData d, Formats f, Scale x, Scale y, double top) {
        s.raw("<g class=\"axes\">");
        int decimals = Math.min(d.decimals(), 3);
        for (double t : y.ticks()) {
            double py = y.px(t);
            s.raw("<line").attr("x1", LEFT).attr("x2", RIGHT).attr("y1", py).attr("y2", py).attr("stroke", GRID).attr("stroke-width", 1).raw("/>");
            s.label(LEFT - 6, py + 4, "end", 13, INK, f.compact(BigDecimal.valueOf(t), Math.max(decimals, 2)));
        }
        for (int year : x.yearTicks()) {
            double px = x.px(year);
            s.raw("<line").attr("x1", px).attr("x2", px).attr("y1", BOTTOM).attr("y2", BOTTOM + 4).attr("stroke", INK).raw("/>");
            s.label(px, BOTTOM + 19, "middle", 13, INK, Integer.toString(year));
        }
        s.raw("<line").attr("x1", LEFT).attr("x2", RIGHT).attr("y1", BOTTOM).attr("y2", BOTTOM).attr("stroke", INK).raw("/>");
        s.label("unit", 4, top - 12, "start", 13, INK, d.unit());
        s.raw("</g>");
    }

    private static void trajectory(Svg s, ChartData d, Scale x, Scale y) {
        if (d.trajectory().size() < 2) {
            return;
        }
        s.raw("<polyline class=\"trajectory\"").attr("points", points(d.trajectory(), x, y)).attr("fill", "none").attr("stroke", TRAJECTORY)
                .attr("stroke-width", 1.5).attr("stroke-dasharray", "6 4").raw("/>");
    }

    private static void observations(Svg s, ChartData d, Scale x, Scale y) {
        if (d.observations().isEmpty()) {
            return;
        }
        s.raw("<g class=\"observations\">");
        if (d.observations().size() > 1) {
            s.raw("<polyline").attr("points", points(d.observations(), x, y)).attr("fill", "none").attr("stroke", OBSERVED)
                    .attr("stroke-width", 2.5).raw("/>");
        }
        for (ChartPoint p : d.observations()) {
            s.raw("<circle class=\"observation\"").attr("cx", x.px(p.x())).attr("cy", y.px(p.y())).attr("r", 3.5).attr("fill", OBSERVED)
                    .raw(">").title(p.label()).raw("</circle>");
        }
        s.raw("</g>");
    }

    private static void markers(Svg s, ChartData d, Scale x, Scale y, double top) {
        if (d.baseline() != null) {
            double px = x.px(d.baseline().x());
            double py = y.px(d.baseline().y());
            s.raw("<rect class=\"baseline\"").attr("x", px - 4).attr("y", py - 4).attr("width", 8).attr("height", 8).attr("fill", "#ffffff")
                    .attr("stroke", INK).attr("stroke-width", 2).raw(">").title(d.labels().baseline() + ": " + d.baseline().label())
                    .raw("</rect>");
        }
        for (ChartPoint m : d.milestones()) {
            double px = x.px(m.x());
            double py = y.px(m.y());
            s.raw("<polygon class=\"milestone\"").attr("points", Svg.num(px) + "," + Svg.num(py - 6) + " " + Svg.num(px + 6) + "," + Svg.num(py)
                    + " " + Svg.num(px) + "," + Svg.num(py + 6) + " " + Svg.num(px - 6) + "," + Svg.num(py)).attr("fill", MILESTONE)
                    .raw(">").title(d.labels().milestone() + ": " + m.label()).raw("</polygon>");
        }
        if (d.target() != null) {
            double px = x.px(d.target().x());
            double py = y.px(d.target().y());
            s.raw("<g class=\"target-marker\">").title(d.labels().target() + ": " + d.target().label());
            s.raw("<circle").attr("cx", px).attr("cy", py).attr("r", 8).attr("fill", "none").attr("stroke", TARGET).attr("stroke-width", 2.5).raw("/>");
            s.raw("<circle").attr("cx", px).attr("cy", py).attr("r", 3).attr("fill", TARGET).raw("/>");
            s.label("target-label", Math.min(px, RIGHT - 4), targetLabelY(d, x, y, px, py, d.target().label(), top), "end", 13, TARGET,
                    d.target().label());
            s.raw("</g>");
        }
    }

    /**
     * The baseline of the target's label: the first of above, below, well above and well below the marker (the label
     * ends at the marker's x) whose box no segment of the trajectory crosses; above when none is free.
     */
    static double targetLabelY(ChartData d, Scale x, Scale y, double px, double py, String label, double top) {
        double w = label.length() * 13 * 0.6;
        double right = Math.min(px, RIGHT - 4);
        for (double cand : new double[] {py - 14, py + 24, py - 34, py + 44, top + 12}) {
            if (cand < top + 10 || cand > BOTTOM - 2) {
                continue;
            }
            java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(right - w, cand - 13 * 0.8, w, 13);
            if (!crosses(d.trajectory(), x, y, box)) {
                return cand;
            }
        }
        return Math.max(py - 14, top + 10);
    }

    private static boolean crosses(List<ChartPoint> line, Scale x, Scale y, java.awt.geom.Rectangle2D box) {
        for (int k = 1; k < line.size(); k++) {
            ChartPoint a = line.get(k - 1);
            ChartPoint b = line.get(k);
            if (new java.awt.geom.Line2D.Double(x.px(a.x()), y.px(a.y()), x.px(b.x()), y.px(b.y())).intersects(box)) {
                return true;
            }
        }
        return false;
    }

    private static void asOfMarker(Svg s, ChartData d, Scale x, double top) {
        if (d.asOf() == null || d.asOf() < x.min || d.asOf() > x.max) {
            return;
        }
        double px = x.px(d.asOf());
        s.raw("<g class=\"as-of\">").title(d.labels().asOf() + " " + d.asOfLabel());
        s.raw("<line").attr("x1", px).attr("x2", px).attr("y1", top).attr("y2", BOTTOM).attr("stroke", INK).attr("stroke-width", 1)
                .attr("stroke-dasharray", "1 2").raw("/>");
        s.label(px - 3, top + 12, "end", 12, INK, d.labels().asOf() + " " + d.asOfLabel());
        s.raw("</g>");
    }

    private static void others(Svg s, ChartData d, Scale x, Scale y) {
        for (int k = 0; k < d.others().size(); k++) {
            ChartSeries o = d.others().get(k);
            String colour = SERIES_COLOURS[k % SERIES_COLOURS.length];
            s.raw("<g class=\"series-other\">").title(o.name());
            if (o.points().size() > 1) {
                s.raw("<polyline").attr("points", points(o.points(), x, y)).attr("fill", "none").attr("stroke", colour).attr("stroke-width", 1.5)
                        .attr("stroke-dasharray", SERIES_DASHES[k % SERIES_DASHES.length]).raw("/>");
            }
            for (ChartPoint p : o.points()) {
                s.raw("<rect").attr("x", x.px(p.x()) - 2.5).attr("y", y.px(p.y()) - 2.5).attr("width", 5).attr("height", 5).attr("fill", colour)
                        .raw(">").title(o.name() + " – " + p.label()).raw("</rect>");
            }
            s.raw("</g>");
        }
    }

    static String seriesColour(int k) {
        return SERIES_COLOURS[k % SERIES_COLOURS.length];
    }

    static String seriesDash(int k) {
        return SERIES_DASHES[k % SERIES_DASHES.length];
    }

    private static String points(List<ChartPoint> pts, Scale x, Scale y) {
        StringBuilder b = new StringBuilder();
        for (ChartPoint p : pts) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Svg.num(x.px(p.x()))).append(',').append(Svg.num(y.px(p.y())));
        }
        return b.toString();
    }
}
