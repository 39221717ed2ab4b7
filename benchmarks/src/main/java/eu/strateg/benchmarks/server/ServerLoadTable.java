package eu.strateg.benchmarks.server;

import java.util.Locale;
import java.util.Map;

/**
 * The lines of pair 6 in the run's table: requests per second over HTTP (50 clients) and in process (the faster of
 * 50 and 2 threads; JMH's throughput summed over the threads, keyed {@code ServerLoadBenchmark.method}) and their
 * ratio. No goal: the figure is measured and recorded.
 */
public final class ServerLoadTable {

    private static final String FORMAT = "%-32s %20s %20s %7s%n";

    private ServerLoadTable() {
    }

    /** The lines, or nothing when pair 6 was not run. */
    public static String render(Map<String, double[]> scores) {
        StringBuilder sb = new StringBuilder();
        row(sb, "7a server dashboard, 50 clients", scores.get("ServerLoadBenchmark.dashboardHttp"),
                faster(scores.get("ServerLoadBenchmark.dashboardInProcess"), scores.get("ServerLoadBenchmark.dashboardInProcess2")));
        row(sb, "7b server evaluation, 50 clients", scores.get("ServerLoadBenchmark.evaluationHttp"),
                faster(scores.get("ServerLoadBenchmark.evaluationInProcess"), scores.get("ServerLoadBenchmark.evaluationInProcess2")));
        return sb.isEmpty() ? "" : String.format(Locale.ROOT, FORMAT, "pair", "HTTP requests/s", "in-process req/s", "ratio") + sb;
    }

    private static void row(StringBuilder sb, String name, double[] http, double[] inProcess) {
        if (http == null || inProcess == null) {
            return;
        }
        sb.append(String.format(Locale.ROOT, FORMAT, name, rate(http), rate(inProcess), String.format(Locale.ROOT, "%.3f", http[0] / inProcess[0])));
    }

    /** The higher throughput of the two in-process runs (either may be missing). */
    static double[] faster(double[] threads50, double[] threads2) {
        if (threads50 == null || threads2 == null) {
            return threads50 == null ? threads2 : threads50;
        }
        return threads2[0] > threads50[0] ? threads2 : threads50;
    }

    private static String rate(double[] score) {
        return Double.isNaN(score[1]) ? String.format(Locale.ROOT, "%.0f", score[0]) : String.format(Locale.ROOT, "%.0f ± %.0f", score[0], score[1]);
    }
}
