package eu.strateg.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.reporting.LargeReports;
import eu.strateg.reporting.html.HtmlReportRenderer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The single-file HTML of 5,000 indicators loaded in headless Chromium: size, time to load, time to the first paint.
 * A measurement for BENCHMARKS.md, not a test of speed: run with {@code -Dstrateg.scale=true}.
 */
@EnabledIfSystemProperty(named = "strateg.scale", matches = "true")
class ScaleInChromiumTest {

    @Test
    void loadFiveThousandIndicators() throws Exception {
        int n = Integer.getInteger("strateg.scale.indicators", 5000);
        Path page = Files.createDirectories(Path.of("target", "browser")).resolve("large-" + n + ".html").toAbsolutePath();
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(page)) {
            new HtmlReportRenderer().render(LargeReports.of(n, Locale.forLanguageTag("cs")), out);
        }
        long renderMs = (System.nanoTime() - t0) / 1_000_000;
        try (Browser b = new Browser(1366, 900)) {
            long s = System.nanoTime();
            b.open(page);
            long wallMs = (System.nanoTime() - s) / 1_000_000;
            Number load = (Number) b.js("const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;");
            Number paint = (Number) b.js("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;");
            long cards = (Long) b.js("return document.querySelectorAll('article.card').length;");
            String line = String.format("indicators=%d bytes=%d renderMs=%d chromiumLoadMs=%.0f firstPaintMs=%.0f webdriverGetMs=%d", n, Files.size(page),
                    renderMs, load.doubleValue(), paint.doubleValue(), wallMs);
            System.out.println(line);
            Files.writeString(Path.of("target", "scale-" + n + ".txt"), line + System.lineSeparator());
            assertThat(cards).isEqualTo(n);
        }
    }
}
