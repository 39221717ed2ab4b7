package eu.strateg.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Reads a card's chart back from its {@code <img class="chart">}: the SVG in the data URI, checked well-formed. */
public final class ChartImages {

    /** How every chart image's source starts. */
    public static final String PREFIX = "data:image/svg+xml;charset=utf-8,";

    private ChartImages() {
    }

    /**
     * The chart of a card, read back from its image's {@code data:image/svg+xml} source: the SVG document, which must
     * be well-formed XML with an {@code <svg class="chart">} root.
     */
    public static Element chart(Element card) {
        String src = card.selectFirst("img.chart").attr("src");
        assertThat(src).as(card.id()).startsWith(PREFIX);
        String svg = percentDecoded(src.substring(PREFIX.length()));
        org.w3c.dom.Document xml;
        try {
            xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the chart of " + card.id() + " is not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
        Element root = Jsoup.parse(svg, "", org.jsoup.parser.Parser.xmlParser()).selectFirst("svg.chart");
        assertThat(root).as(card.id()).isNotNull();
        return root;
    }

    /** Percent-decoding as a browser does for a data URI (no '+' for space). */
    static String percentDecoded(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                b.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                b.write(bytes[i]);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }

}
