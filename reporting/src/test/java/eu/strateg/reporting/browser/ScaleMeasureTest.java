package eu.strateg.reporting.browser;

import eu.strateg.reporting.LargeReports;
import eu.strateg.reporting.html.SiteWriter;
import eu.strateg.reporting.pdf.PdfReportRenderer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Figures for BENCHMARKS.md, not tests of speed (run with {@code -Dstrateg.scale=true}): the portal of 50,000
 * indicators (build time, files, bytes; {@code -Dstrateg.scale.png=false} leaves the PNG charts out) and the PDF of 500
 * indicators (time, pages' bytes, peak heap: the sum of each heap pool's own peak, so an upper bound).
 */
@EnabledIfSystemProperty(named = "strateg.scale", matches = "true")
class ScaleMeasureTest {

    @Test
    void siteOfFiftyThousandIndicators() throws Exception {
        int n = Integer.getInteger("strateg.scale.site", 50_000);
        boolean png = !"false".equals(System.getProperty("strateg.scale.png"));
        var input = LargeReports.of(n, Locale.forLanguageTag("cs"));
        Path dir = Path.of("target", "site-" + n + (png ? "" : "-svg-only")).toAbsolutePath();
        long[] files = {0};
        long[] bytes = {0};
        long t0 = System.nanoTime();
        new SiteWriter(null, png).write(input, (name, content) -> {
            Path f = dir.resolve(name);
            Files.createDirectories(f.getParent());
            Files.write(f, content);
            files[0]++;
            bytes[0] += content.length;
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        report(String.format("site indicators=%d languages=3 png=%s files=%d bytes=%d buildMs=%d peakHeapMB=%d", n, png, files[0], bytes[0], ms, peakHeapMb()));
    }

    @Test
    void pdfOfFiveHundredIndicators() throws Exception {
        int n = Integer.getInteger("strateg.scale.pdf", 500);
        var input = LargeReports.of(n, Locale.forLanguageTag("cs"));
        Path pdf = Path.of("target", "large-" + n + ".pdf");
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfReportRenderer().render(input, out);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        report(String.format("pdf indicators=%d bytes=%d renderMs=%d peakHeapMB=%d maxHeapMB=%d", n, Files.size(pdf), ms, peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20));
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static void report(String line) throws java.io.IOException {
        System.out.println(line);
        Files.writeString(Path.of("target", "scale-measure.txt"), line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
