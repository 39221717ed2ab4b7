package eu.strateg.reporting.chart;

/** The legend row(s) at the top of an indicator chart: a swatch of each shape drawn, with its name. */
final class Legend {

    private static final double CHAR_WIDTH = 7.6;

    private Legend() {
    }

    /** Writes the legend and returns the y where it ends. */
    static double write(Svg s, ChartData d) {
        ChartLabels l = d.labels();
        double[] pos = {8, 14};
        s.raw("<g class=\"legend\">");
        if (!d.observations().isEmpty()) {
            item(s, pos, l.observed(), "<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"" + LineChart.OBSERVED + "\" stroke-width=\"2.5\"/>"
                    + "<circle cx=\"9\" cy=\"0\" r=\"3.5\" fill=\"" + LineChart.OBSERVED + "\"/>");
        }
        if (d.baseline() != null) {
            item(s, pos, l.baseline(), "<rect x=\"5\" y=\"-4\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"" + LineChart.INK
                    + "\" stroke-width=\"2\"/>");
        }
        if (d.trajectory().size() > 1) {
            item(s, pos, l.trajectory(), "<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"" + LineChart.TRAJECTORY
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
        }
        if (!d.milestones().isEmpty()) {
            item(s, pos, l.milestone(), "<polygon points=\"9,-6 15,0 9,6 3,0\" fill=\"" + LineChart.MILESTONE + "\"/>");
        }
        if (d.target() != null) {
            String label = d.targetHigh() != null ? l.targetRange() : l.target();
            item(s, pos, label, "<circle cx=\"9\" cy=\"0\" r=\"6\" fill=\"none\" stroke=\"" + LineChart.TARGET + "\" stroke-width=\"2\"/>"
                    + "<circle cx=\"9\" cy=\"0\" r=\"2.5\" fill=\"" + LineChart.TARGET + "\"/>");
        }
        for (int k = 0; k < d.others().size(); k++) {
            item(s, pos, d.others().get(k).name(), "<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"" + LineChart.seriesColour(k)
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"" + LineChart.seriesDash(k) + "\"/>");
        }
        if (d.naturalLimit() != null) {
            item(s, pos, l.limit(), "<line x1=\"0\" y1=\"0\" x2=\"18\" y2=\"0\" stroke=\"" + LineChart.LIMIT
                    + "\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>");
        }
        s.raw("</g>");
        return pos[1] + 8;
    }

    private static void item(Svg s, double[] pos, String label, String swatch) {
        double width = 24 + label.length() * CHAR_WIDTH + 16;
        if (pos[0] + width > LineChart.WIDTH - 8 && pos[0] > 8) {
            pos[0] = 8;
            pos[1] += 20;
        }
        s.raw("<g").attr("transform", "translate(" + Svg.num(pos[0]) + "," + Svg.num(pos[1] - 4) + ")").raw(">").raw(swatch).raw("</g>");
        s.label(pos[0] + 24, pos[1], "start", 13, LineChart.INK, label);
        pos[0] += width;
    }
}
