package eu.strateg.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.html.HtmlReportRenderer;
import eu.strateg.reporting.model.CouncilReportTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report of the council's strategy in a real headless Chromium, on a desktop (1366 px) and a phone (390 px). */
class HtmlInChromiumTest {

    static Path page;

    @BeforeAll
    static void write() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        page = dir.resolve("council-cs.html").toAbsolutePath();
        var s = CouncilReportTest.strategy();
        LocalDate asOf = LocalDate.of(2025, 3, 31);
        ReportInput in = new ReportInput(s, new StandardEvaluator().evaluate(s, CouncilReportTest.observations(), asOf),
                CouncilReportTest.observations(), Locale.forLanguageTag("cs"));
        try (OutputStream out = Files.newOutputStream(page)) {
            new HtmlReportRenderer().render(in, out);
        }
    }

    @Test
    void axeFindsNoViolationOnDesktopOrPhone() throws Exception {
        for (int width : new int[] {1366, 390}) {
            try (Browser b = new Browser(width, 900)) {
                b.open(page);
                assertThat(b.axeViolations()).as("axe-core at %d px", width).isEmpty();
            }
        }
    }

    @Test
    void onAPhoneTheFirstScreenSaysHowWeAreDoingAndWhatNeedsAttention() throws Exception {
        try (Browser b = new Browser(390, 844)) {
            b.open(page);
            Map<String, Number> plain = b.box(".summary .plain");
            Map<String, Number> attention = b.box(".attention h3");
            assertThat(plain.get("y").doubleValue()).as("plain summary top").isLessThan(844);
            assertThat(attention.get("y").doubleValue()).as("needs-attention heading top").isLessThan(844);
            assertThat(plain.get("width").doubleValue()).as("fits the phone").isLessThanOrEqualTo(390);
            assertThat((Long) b.js("return document.documentElement.scrollWidth")).as("no sideways scrolling of the page").isLessThanOrEqualTo(390L);
        }
    }

    @Test
    void chartLabelsStayReadableOnAPhone() throws Exception {
        try (Browser b = new Browser(390, 844)) {
            b.open(page);
            // the rendered size of an axis label: its font size in the chart's SVG (read from the image's data URI, its own or the
            // nearest ancestor's, as SVG inherits it) times the
            // image's rendered width over the chart's width; at least 9 CSS pixels (it was about 6 when the chart shrank to the screen)
            double px = ((Number) b.js("const i = document.querySelector('#ind-CYC-KM img.chart'); i.scrollIntoView();"
                    + " const svg = new DOMParser().parseFromString(decodeURIComponent(i.src.slice(i.src.indexOf(',') + 1)), 'image/svg+xml');"
                    + " const size = Number(svg.querySelector('g.axes text').closest('[font-size]').getAttribute('font-size'));"
                    + " const width = Number(svg.documentElement.getAttribute('viewBox').split(' ')[2]);"
                    + " return size * i.getBoundingClientRect().width / width;")).doubleValue();
            assertThat(px).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void everyChartImageIsDrawnFromItsDataUri() throws Exception {
        try (Browser b = new Browser(1366, 900)) {
            b.open(page);
            // each <img> scrolled into view and decoded: a chart whose SVG the browser cannot read rejects decode()
            @SuppressWarnings("unchecked")
            List<Object> sizes = (List<Object>) b.js("return (async () => { const out = [];"
                    + " for (const i of document.querySelectorAll('article.card img.chart')) { i.scrollIntoView();"
                    + " out.push(await i.decode().then(() => i.naturalWidth + 'x' + i.naturalHeight, e => i.alt + ': ' + e)); }"
                    + " return out; })();");
            assertThat(sizes).isNotEmpty().allSatisfy(s -> assertThat(s).isEqualTo("640x280"));
        }
    }

    @Test
    void theStatusFilterShowsOnlyCardsOfTheChosenStatus() throws Exception {
        try (Browser b = new Browser(1366, 900)) {
            b.open(page);
            b.js("document.getElementById('f-stale').click();");
            long visible = (Long) b.js("return [...document.querySelectorAll('article.card')].filter(c => c.offsetParent !== null).length;");
            long stale = (Long) b.js("return document.querySelectorAll('article.card.stale').length;");
            assertThat(visible).isEqualTo(stale).isEqualTo(1);
        }
    }
}
