package eu.strateg.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.reporting.LargeReports;
import eu.strateg.reporting.html.HtmlReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large single-file HTML (600 indicators of {@link LargeReports}) in headless Chromium: its long parts are collapsed
 * sections that still open where a link points, and it stays axe-core clean.
 */
class LargeHtmlInChromiumTest {

    static Path page;
    static Document doc;

    @BeforeAll
    static void write() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        page = dir.resolve("large-600-cs.html").toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(page)) {
            new HtmlReportRenderer().render(LargeReports.of(600, Locale.forLanguageTag("cs")), out);
        }
        doc = Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void cardsAreGroupedByAreaInCollapsedSectionsEachCardOnce() {
        // LargeReports: five indicators per measure, a hundred measures per area, so 600 indicators are 500 in area 1
        // (IND-0 … IND-499) and 100 in area 2 (IND-500 … IND-599)
        assertThat(doc.select(".cards > details.area > summary").eachText()).containsExactly("1 Oblast 1 – Žďár nad Sázavou (500)",
                "2 Oblast 2 – Žďár nad Sázavou (100)");
        assertThat(doc.select(".cards > details.area[open]")).isEmpty();
        Element second = doc.select(".cards > details.area").get(1);
        assertThat(second.select("article.card").eachAttr("data-code")).hasSize(100).first().isEqualTo("IND-500");
        assertThat(doc.select("article.card").eachAttr("id")).hasSize(600).doesNotHaveDuplicates();
    }

    @Test
    void theTreeAndTheNeedsAttentionListAfterTenRowsAreCollapsed() {
        // 600 indicators in 120 measures, 12 goals, 2 areas: 134 elements, over the 100 shown open
        assertThat(doc.selectFirst("#tree details.tree-box:not([open]) > summary").text()).isEqualTo("Zobrazit strukturu strategie (prvků: 134)");
        assertThat(doc.select("#tree tr.node")).hasSize(134);
        // every indicator of LargeReports lacks an owner, so all 600 need attention: ten shown, 590 collapsed
        assertThat(doc.select("#attention > ul.attention-list > li")).hasSize(10);
        assertThat(doc.selectFirst("#attention details.attention-more:not([open]) > summary").text()).isEqualTo("… a dalších 590");
        assertThat(doc.select("#attention details.attention-more li")).hasSize(590);
    }

    @Test
    void aLinkToACardInAClosedAreaOpensTheAreaAndShowsTheCard() throws Exception {
        try (Browser b = new Browser(1366, 900)) {
            b.open(page);
            String visible = "return document.getElementById(arguments[0]).checkVisibility();";
            assertThat((Boolean) b.js(visible, "ind-IND-550")).as("a card in a closed area is not shown").isFalse();
            b.js("document.querySelector('#attention details.attention-more > summary').click();");
            b.js("document.querySelector('#attention a[href=\"#ind-IND-550\"]').click();");
            assertThat((Boolean) b.js(visible, "ind-IND-550")).as("the link opened the area").isTrue();
            assertThat((Boolean) b.js("return document.getElementById('ind-IND-550').closest('details').open;")).isTrue();
            assertThat((Boolean) b.js("return document.querySelector('.cards > details.area').open;")).as("the other area stays closed").isFalse();
        }
    }

    @Test
    void axeFindsNoViolationWithAnAreaOpen() throws Exception {
        for (int width : new int[] {1366, 390}) {
            try (Browser b = new Browser(width, 900)) {
                b.open(page);
                b.js("document.querySelectorAll('.cards > details.area')[1].open = true; document.querySelector('#tree details.tree-box').open = true;");
                assertThat(b.axeViolations()).as("axe-core at %d px", width).isEmpty();
            }
        }
    }
}
