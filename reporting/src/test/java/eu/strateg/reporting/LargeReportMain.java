package eu.strateg.reporting;

import eu.strateg.reporting.html.HtmlReportRenderer;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Renders the HTML report of a large synthetic strategy into a counting sink and prints how many bytes were
 * written. Run in a forked JVM with a small heap by {@link StreamingTest}.
 */
public final class LargeReportMain {

    private LargeReportMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int descriptionChars = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        String description = descriptionChars == 0 ? null
                : "Popis ukazatele – Žďár nad Sázavou, Łódź. ".repeat(descriptionChars / 42 + 1).substring(0, descriptionChars);
        var input = LargeReports.of(n, Locale.forLanguageTag("cs"), description);
        long[] count = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
            }
        };
        new HtmlReportRenderer().render(input, sink);
        System.out.println("bytes=" + count[0]);
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
    }
}
