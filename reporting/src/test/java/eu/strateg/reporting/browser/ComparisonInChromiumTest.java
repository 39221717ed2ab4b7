package eu.strateg.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.reporting.comparison.ComparisonExample;
import eu.strateg.reporting.comparison.ComparisonHtml;
import eu.strateg.testkit.ExampleStrategies;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison page in a real headless Chromium, on a desktop (1366 px) and a phone (390 px). */
class ComparisonInChromiumTest {

    static Path page;

    @BeforeAll
    static void write() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        page = dir.resolve("comparison-cs.html").toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(page)) {
            ComparisonHtml.write(ComparisonExample.comparison(), ExampleStrategies.ZDAR, Locale.forLanguageTag("cs"), out);
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
    void onAPhoneTheStripFitsAndTheHighlightedTownIsOnIt() throws Exception {
        try (Browser b = new Browser(390, 844)) {
            b.open(page);
            Map<String, Number> strip = b.box("#cmp-WASTE-KG svg.strip");
            Map<String, Number> diamond = b.box("#cmp-WASTE-KG svg.strip path.highlight");
            assertThat(strip.get("width").doubleValue()).as("strip width").isLessThanOrEqualTo(390);
            assertThat(diamond.get("x").doubleValue()).as("diamond inside the strip")
                    .isBetween(strip.get("x").doubleValue(), strip.get("x").doubleValue() + strip.get("width").doubleValue());
            assertThat((Long) b.js("return document.documentElement.scrollWidth")).as("no sideways scrolling of the page")
                    .isLessThanOrEqualTo(390L);
        }
    }
}
