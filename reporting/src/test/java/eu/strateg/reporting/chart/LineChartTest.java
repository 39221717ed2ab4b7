package eu.strateg.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jsoup.nodes.Element;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class LineChartTest {

    static final ChartLabels LABELS = new ChartLabels("Observed", "Baseline", "Expected", "Milestone", "Target", "Limit", "Range", "as of");

    static ChartData data(String title, String unit) {
        return new ChartData(title, unit, 1, Locale.ENGLISH,
                List.of(new ChartPoint(2021, 10, "2021: 10"), new ChartPoint(2022, 12, "2022: 12 <b>")), new ChartPoint(2020, 9, "9 (2020)"),
                List.of(new ChartPoint(2020, 9, ""), new ChartPoint(2030, 30, "")), List.of(), new ChartPoint(2030, 30, "30 (2030)"), null, 35.0,
                LABELS, List.of(), null, null);
    }

    /** Unemployment 1.4–4.6 % falling towards 1.0 % by 2030, natural limit 100 %, as of mid-2025, two series by sex. */
    static ChartData unemployment() {
        List<ChartPoint> obs = List.of(new ChartPoint(2019, 4.6, ""), new ChartPoint(2021, 3.2, ""), new ChartPoint(2023, 1.4, ""),
                new ChartPoint(2024, 2.0, ""));
        return new ChartData("UNEMP", "%", 1, Locale.ENGLISH, obs, new ChartPoint(2019, 4.6, "4.6 (2019)"),
                List.of(new ChartPoint(2019, 4.6, ""), new ChartPoint(2030, 1.0, "")), List.of(), new ChartPoint(2030, 1.0, "1.0 (2030)"), null, 100.0,
                LABELS, List.of(new ChartSeries("sex: F", List.of(new ChartPoint(2021, 3.5, ""), new ChartPoint(2023, 1.6, ""))),
                        new ChartSeries("sex: M", List.of(new ChartPoint(2021, 2.9, ""), new ChartPoint(2023, 1.2, "")))), 2025.5, "30 June 2025");
    }

    @Test
    void theValueAxisFitsTheDataNotTheNaturalLimit() {
        Document xml = Jsoup.parse(LineChart.svg(unemployment()), "", Parser.xmlParser());
        List<Double> ticks = xml.select("g.axes text[text-anchor=end]").eachText().stream().map(Double::valueOf).toList();
        // the data span 1.0–4.6: the top tick must be the next nice step above 4.6 (at most 6), not 100 or more
        assertThat(ticks.get(ticks.size() - 1)).isBetween(4.6, 6.0);
        assertThat(xml.select("line.natural-limit")).isEmpty();
    }

    @Test
    void theUnitLabelDoesNotOverlapTheTopTickLabel() {
        Document xml = Jsoup.parse(LineChart.svg(unemployment()), "", Parser.xmlParser());
        Element unit = xml.selectFirst("text.unit");
        Element topTick = xml.select("g.axes text[text-anchor=end]").last();
        assertThat(box(unit).intersects(box(topTick))).as("unit %s vs top tick %s", box(unit), box(topTick)).isFalse();
    }

    @Test
    void aFallingTrajectoryDoesNotCrossTheTargetLabel() {
        Document xml = Jsoup.parse(LineChart.svg(unemployment()), "", Parser.xmlParser());
        Rectangle2D label = box(xml.selectFirst("text.target-label"));
        String[] pts = xml.selectFirst("polyline.trajectory").attr("points").split(" ");
        for (int k = 1; k < pts.length; k++) {
            String[] a = pts[k - 1].split(",");
            String[] b = pts[k].split(",");
            Line2D seg = new Line2D.Double(Double.parseDouble(a[0]), Double.parseDouble(a[1]), Double.parseDouble(b[0]), Double.parseDouble(b[1]));
            assertThat(seg.intersects(label)).as("segment %s–%s crosses the label %s", pts[k - 1], pts[k], label).isFalse();
        }
    }

    /** The Kyjov case: values 234 → 210 falling to a target of 185 that sits near the bottom of the axis. */
    @Test
    void aTargetNearTheAxisBottomKeepsItsLabelOffTheTrajectory() {
        ChartData d = new ChartData("W", "t", 1, Locale.ENGLISH, List.of(new ChartPoint(2013, 233.9, ""), new ChartPoint(2024, 210.2, "")),
                new ChartPoint(2019, 220.4, ""), List.of(new ChartPoint(2019, 220.4, ""), new ChartPoint(2030, 185.0, "")), List.of(),
                new ChartPoint(2030, 185.0, "185.0 (2030)"), null, null, LABELS, List.of(), 2025.5, "30 June 2025");
        Document xml = Jsoup.parse(LineChart.svg(d), "", Parser.xmlParser());
        Rectangle2D label = box(xml.selectFirst("text.target-label"));
        String[] pts = xml.selectFirst("polyline.trajectory").attr("points").split(" ");
        String[] a = pts[0].split(",");
        String[] b = pts[1].split(",");
        Line2D seg = new Line2D.Double(Double.parseDouble(a[0]), Double.parseDouble(a[1]), Double.parseDouble(b[0]), Double.parseDouble(b[1]));
        assertThat(seg.intersects(label)).as("label %s", label).isFalse();
    }

    @Test
    void marksTheAsOfDateAndDrawsEveryDisaggregation() {
        Document xml = Jsoup.parse(LineChart.svg(unemployment()), "", Parser.xmlParser());
        double asOfX = Double.parseDouble(xml.selectFirst("g.as-of line").attr("x1"));
        double lastObsX = Double.parseDouble(xml.select("circle.observation").last().attr("cx"));
        double targetX = Double.parseDouble(xml.selectFirst("g.target-marker circle").attr("cx"));
        assertThat(asOfX).isBetween(lastObsX, targetX);
        assertThat(xml.select("g.series-other")).hasSize(2);
        assertThat(xml.select("g.series-other > title").eachText()).containsExactly("sex: F", "sex: M");
        assertThat(xml.select("g.legend text").eachText()).contains("sex: F", "sex: M");
    }

    /** The box a text occupies: about 0.6 em per character, from 0.8 em above the baseline to 0.2 em below. */
    static Rectangle2D box(Element text) {
        double x = Double.parseDouble(text.attr("x"));
        double y = Double.parseDouble(text.attr("y"));
        double size = Double.parseDouble(text.attr("font-size"));
        double w = text.text().length() * size * 0.6;
        String anchor = text.attr("text-anchor");
        double left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        return new Rectangle2D.Double(left, y - size * 0.8, w, size);
    }

    @Test
    void sameDataGiveTheSameBytes() {
        assertThat(LineChart.svg(data("A", "km"))).isEqualTo(LineChart.svg(data("A", "km")));
    }

    @Test
    void isWellFormedXmlWithEveryTextEscaped() {
        String svg = LineChart.svg(data("<script>alert(1)</script>", "\"><g onload=\"x"));
        Document xml = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(xml.select("script")).isEmpty();
        assertThat(xml.select("[onload]")).isEmpty();
        assertThat(xml.select("svg > title").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(xml.select("text").eachText()).contains("\"><g onload=\"x", "Limit 35", "30 (2030)");
        assertThat(svg).doesNotContain("<script>");
    }

    @Test
    void placesTheTargetMarkerAtTheTargetYearRightOfTheLastObservation() {
        Document xml = Jsoup.parse(LineChart.svg(data("A", "km")), "", Parser.xmlParser());
        double targetX = Double.parseDouble(xml.selectFirst("g.target-marker circle").attr("cx"));
        double lastObsX = Double.parseDouble(xml.select("circle.observation").last().attr("cx"));
        double targetY = Double.parseDouble(xml.selectFirst("g.target-marker circle").attr("cy"));
        double lastObsY = Double.parseDouble(xml.select("circle.observation").last().attr("cy"));
        assertThat(targetX).isGreaterThan(lastObsX);
        assertThat(targetY).as("30 is drawn higher (smaller y) than 12").isLessThan(lastObsY);
        assertThat(xml.select("line.natural-limit")).hasSize(1);
    }
}
