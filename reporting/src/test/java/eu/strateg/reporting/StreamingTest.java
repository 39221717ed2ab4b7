package eu.strateg.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 5: the HTML of a 5,000-indicator strategy streams. A forked JVM whose heap is smaller than the
 * document renders it into a counting sink: had the renderer built the document (or a byte array of it) before
 * writing, it could not have fitted. No timing is asserted.
 */
class StreamingTest {

    static final int INDICATORS = 5000;
    static final int HEAP_MB = 64;
    /** One shared description of this many characters on every indicator: ~10 KB more output each, almost no heap. */
    static final int DESCRIPTION_CHARS = 10_000;

    @Test
    void rendersFiveThousandIndicatorsInAHeapSmallerThanTheDocument() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeReportMain.class.getName(), String.valueOf(INDICATORS), String.valueOf(DESCRIPTION_CHARS)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        long bytes = number(out, "bytes");
        long maxHeap = number(out, "maxHeap");
        assertThat(maxHeap).isLessThanOrEqualTo(HEAP_MB * 1024L * 1024L);
        assertThat(bytes).as("document size vs heap").isGreaterThan(maxHeap);
        assertThat(bytes).as("every indicator's description was written").isGreaterThan((long) INDICATORS * DESCRIPTION_CHARS);
    }

    private static long number(String out, String key) {
        Matcher m = Pattern.compile(key + "=(\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1));
    }
}
