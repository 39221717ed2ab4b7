package eu.strateg.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The PNG download is the picture of the chart's SVG: shapes where the SVG puts them, in the SVG's colours. */
class ChartPngTest {

    static BufferedImage image(String svg, double scale) throws IOException {
        byte[] png = ChartPng.png(svg, scale);
        // the PNG signature: 89 50 4E 47 0D 0A 1A 0A
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static int rgb(BufferedImage img, double x, double y) {
        return img.getRGB((int) Math.floor(x), (int) Math.floor(y)) & 0xffffff;
    }

    @Test
    void drawsEachShapeAtItsPlaceInItsColour() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><title>not drawn</title>"
                + "<rect x=\"10\" y=\"10\" width=\"20\" height=\"10\" fill=\"#ff0000\"><title>tooltip</title></rect>"
                + "<g transform=\"translate(50,0)\" fill=\"#0000ff\"><circle cx=\"10\" cy=\"15\" r=\"5\"/></g>"
                + "<line x1=\"0\" y1=\"40\" x2=\"100\" y2=\"40\" stroke=\"#00ff00\" stroke-width=\"4\"/>"
                + "<polyline points=\"80,5 95,5 95,30\" fill=\"none\" stroke=\"#000000\" stroke-width=\"3\"/>"
                + "<rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" fill=\"none\" stroke=\"none\"/></svg>";
        BufferedImage img = image(svg, 1);
        assertThat(img.getWidth()).isEqualTo(100);
        assertThat(img.getHeight()).isEqualTo(50);
        assertThat(rgb(img, 20, 15)).isEqualTo(0xff0000);
        // the circle's centre is (10, 15) inside a group moved 50 to the right
        assertThat(rgb(img, 60, 15)).isEqualTo(0x0000ff);
        assertThat(rgb(img, 40, 15)).isEqualTo(0xffffff);
        assertThat(rgb(img, 50, 40)).isEqualTo(0x00ff00);
        assertThat(rgb(img, 95, 20)).isEqualTo(0x000000);
        // a polyline with fill="none" leaves its inside white; the invisible rect draws nothing
        assertThat(rgb(img, 90, 12)).isEqualTo(0xffffff);
        assertThat(rgb(img, 2, 2)).isEqualTo(0xffffff);
    }

    @Test
    void aTextIsSetWhereItsAnchorSaysAndTitlesAreNotDrawn() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\"><title>WWWWWWWW</title>"
                + "<text x=\"100\" y=\"30\" text-anchor=\"end\" font-size=\"20\" fill=\"#000000\">MMMM</text></svg>";
        BufferedImage img = image(svg, 1);
        int leftmost = Integer.MAX_VALUE;
        int rightmost = -1;
        int topmost = Integer.MAX_VALUE;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xff) < 128) {
                    leftmost = Math.min(leftmost, x);
                    rightmost = Math.max(rightmost, x);
                    topmost = Math.min(topmost, y);
                }
            }
        }
        // "end" anchors the text's right edge at x = 100; four M at 20 px are well over 40 px wide; the glyphs stand on
        // the baseline y = 30 and rise about 15 px (cap height of DejaVu Sans ≈ 0.73 em), so nothing above y = 10 (no title)
        assertThat(rightmost).isBetween(90, 100);
        assertThat(leftmost).isLessThan(60);
        assertThat(topmost).isBetween(10, 20);
    }

    @Test
    void readsTheXmlTheChartWritersProduce() throws IOException {
        // prolog, comment, single quotes, entities and character references; the escaped "<b>" is text, not a tag
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a chart --><svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'>"
                + "<title>2022: 12 &lt;b&gt; &amp; &#39;x&#39;</title><rect x=\"0\" y=\"0\" width=\"40\" height=\"20\" fill=\"#123456\" /></svg>";
        BufferedImage img = image(svg, 1);
        assertThat(rgb(img, 20, 10)).isEqualTo(0x123456);
    }

    @Test
    void theLineChartsMarkersAreAtTheirSvgPositionsInTheirColours() throws IOException {
        String svg = LineChart.svg(LineChartTest.unemployment());
        Document xml = Jsoup.parse(svg, "", Parser.xmlParser());
        BufferedImage img = image(svg, 1);
        assertThat(img.getWidth()).isEqualTo(LineChart.WIDTH);
        assertThat(img.getHeight()).isEqualTo(LineChart.HEIGHT);
        int observed = Integer.parseInt(LineChart.OBSERVED.substring(1), 16);
        // the first observation (2019, 4.6) lies under the white baseline square, drawn after it: the others are visible
        var circles = xml.select("circle.observation");
        assertThat(circles).hasSize(4);
        for (Element c : circles.subList(1, circles.size())) {
            double cx = Double.parseDouble(c.attr("cx"));
            double cy = Double.parseDouble(c.attr("cy"));
            assertThat(rgb(img, cx, cy)).as("observation at %s,%s", cx, cy).isEqualTo(observed);
        }
        Element target = xml.select("g.target-marker circle").last();
        assertThat(rgb(img, Double.parseDouble(target.attr("cx")), Double.parseDouble(target.attr("cy"))))
                .isEqualTo(Integer.parseInt(LineChart.TARGET.substring(1), 16));
        // at scale 2 the picture doubles and the last observation moves with it
        BufferedImage twice = image(svg, 2);
        assertThat(twice.getWidth()).isEqualTo(2 * LineChart.WIDTH);
        Element last = circles.last();
        assertThat(rgb(twice, 2 * Double.parseDouble(last.attr("cx")), 2 * Double.parseDouble(last.attr("cy")))).isEqualTo(observed);
    }

    @Test
    void refusesWhatItCannotDrawWithAMessageThatSaysWhat() {
        assertThatThrownBy(() -> ChartPng.png("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width and height");
        assertThatThrownBy(() -> ChartPng.png("<svg width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\" fill=\"red\"/></svg>", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour other than #rrggbb: red");
        assertThatThrownBy(() -> ChartPng.png("<svg width=\"10\" height=\"10\"><g transform=\"rotate(3)\"/></svg>", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rotate(3)");
        assertThatThrownBy(() -> ChartPng.png("<svg width=\"10\"", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> ChartPng.png("<svg width=\"10\" height=\"10\"><g></svg>", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed: an unexpected </svg>");
        assertThatThrownBy(() -> ChartPng.png("<svg width=\"10\" height=\"10\"><g>", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<g> is never closed");
        assertThatThrownBy(() -> ChartPng.png("<svg width=10 height=\"10\"></svg>", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not name=\"value\"");
    }
}
