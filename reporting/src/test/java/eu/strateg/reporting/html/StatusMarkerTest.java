package eu.strateg.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.ExampleReports;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.CouncilReportTest;
import eu.strateg.reporting.model.StatusView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A status is never told by colour alone: wherever a page gives an element a status colour (a {@code st-…} class),
 * the status symbol and its label in words are printed in that element or right beside it (a card holds a badge, a
 * legend swatch sits in a line with symbol and label), and every coloured segment of the distribution bar names its
 * status in a tooltip. Checked in the HTML report and in every page of the site.
 */
class StatusMarkerTest {

    @Test
    void everyStatusColourInTheHtmlReportComesWithSymbolAndWord() throws IOException {
        ReportInput in = ExampleReports.zdar(Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(in, out);
        Document doc = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        int checked = check(doc, Messages.of(Locale.ENGLISH), "report");
        // the example has four cards, a tree and a summary: far more than a handful of coloured elements
        assertThat(checked).isGreaterThan(10);
        assertThat(doc.select("svg.distribution rect.segment")).isNotEmpty().allSatisfy(r -> assertThat(r.selectFirst("title").text())
                .as("segment %s", r.attr("fill")).matches("[✔↑↗→↓?] .+: \\d+"));
    }

    @Test
    void everyStatusColourOnEverySitePageComesWithSymbolAndWord() throws IOException {
        var s = CouncilReportTest.strategy();
        var obs = CouncilReportTest.observations();
        ReportInput in = new ReportInput(s, new StandardEvaluator().evaluate(s, obs, LocalDate.of(2025, 3, 31)), obs, Locale.ENGLISH);
        Map<String, byte[]> files = new HashMap<>();
        new SiteWriter(null).write(in, files::put);
        int checked = 0;
        for (var f : files.entrySet()) {
            if (f.getKey().endsWith(".html") && f.getKey().contains("/")) {
                String lang = f.getKey().substring(0, f.getKey().indexOf('/'));
                checked += check(Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8)), Messages.of(Locale.forLanguageTag(lang)), f.getKey());
            }
        }
        assertThat(checked).isGreaterThan(30);
    }

    /** Checks every element with a status class of {@code doc}; returns how many there were. */
    private static int check(Document doc, Messages m, String where) {
        int n = 0;
        for (Status st : Status.values()) {
            StatusView v = StatusView.of(st, m);
            for (Element e : doc.getElementsByClass(v.cssClass())) {
                n++;
                String what = where + ": " + e.cssSelector();
                Element carrier = e.hasClass("card") ? e.selectFirst(".badge." + v.cssClass()) : e.hasClass("swatch") ? e.parent() : e;
                assertThat(carrier).as(what + " has no badge").isNotNull();
                assertThat(carrier.select(".sym").eachText()).as(what).contains(v.symbol());
                assertThat(carrier.text()).as(what).contains(v.label());
            }
        }
        return n;
    }
}
