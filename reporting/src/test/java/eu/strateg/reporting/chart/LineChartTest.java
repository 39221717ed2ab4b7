package eu.strateg.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class LineChartTest {

    static final ChartLabels LABELS = new ChartLabels("Observed", "Baseline", "Expected", "Milestone", "Target", "Limit", "Range");

    static ChartData data(String title, String unit) {
        return new ChartData(title, unit, 1, Locale.ENGLISH,
                List.of(new ChartPoint(2021, 10, "2021: 10"), new ChartPoint(2022, 12, "2022: 12 <b>")), new ChartPoint(2020, 9, "9 (2020)"),
                List.of(new ChartPoint(2020, 9, ""), new ChartPoint(2030, 30, "")), List.of(), new ChartPoint(2030, 30, "30 (2030)"), null, 100.0,
                LABELS);
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
        assertThat(xml.select("text").eachText()).contains("\"><g onload=\"x", "Limit 100", "30 (2030)");
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
