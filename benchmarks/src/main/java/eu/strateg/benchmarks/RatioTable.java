package eu.strateg.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pairs of the benchmarks issue and the table printed from their JMH scores (milliseconds per operation with
 * JMH's 99.9 % error, keyed {@code SimpleClassName.method}). A pair missing from the run is shown as not run.
 */
public final class RatioTable {

    /**
     * One row. For a ratio pair the goal is on limit time / Strateg time (higher is better); for a scaling pair
     * ({@code scaling}) it is an upper bound on Strateg time / reference time.
     */
    record Pair(String name, String strateg, String limit, double goal, boolean scaling) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("1 national evaluation (-Xmx1g)", "NationalEvaluationBenchmark.strateg", "NationalEvaluationBenchmark.limit", 0.5, false),
            new Pair("2 city read: JSON + CSV", "CityReadingBenchmark.strateg", "CityReadingBenchmark.limit", 0.5, false),
            new Pair("3a PostgreSQL import 1 M rows", "PostgresImportBenchmark.strateg", "PostgresImportBenchmark.limit", 0.5, false),
            new Pair("3b PostgreSQL read one city", "PostgresReadBenchmark.strateg", "PostgresReadBenchmark.limit", 0.5, false),
            new Pair("1 same, through a reused Buffer", "NationalEvaluationBenchmark.strategBuffer", "NationalEvaluationBenchmark.limit",
                    Double.NaN, false),
            new Pair("1 same, full explainable result", "NationalEvaluationBenchmark.strategFull", "NationalEvaluationBenchmark.limit", Double.NaN,
                    false),
            new Pair("1 same, compiled on each call", "NationalEvaluationBenchmark.strategCompileAndFull", "NationalEvaluationBenchmark.limit",
                    Double.NaN, false),
            new Pair("5 region from PostgreSQL (556)", "PostgresNationalBenchmark.strateg", "PostgresNationalBenchmark.limit", 0.5, false),
            new Pair("6 compare 6,258 from PostgreSQL", "PostgresComparisonBenchmark.strateg", "PostgresComparisonBenchmark.limit", Double.NaN,
                    false),
            new Pair("6 same, with statuses", "PostgresComparisonBenchmark.strategWithStatuses", "PostgresComparisonBenchmark.limit",
                    Double.NaN, false),
            new Pair("4 HTML 5000 vs 500 indicators", "HtmlReportBenchmark.indicators5000", "HtmlReportBenchmark.indicators500", 11, true));

    private static final String FORMAT = "%-32s %20s %20s %7s %7s %5s%n";

    private RatioTable() {
    }

    /** The table; for pair 4 the "limit" column is the 500-indicator report and the ratio is t(5000) / t(500). */
    public static String render(Map<String, double[]> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, FORMAT, "pair", "Strateg ms", "limit ms", "ratio", "goal", "met?"));
        for (Pair p : PAIRS) {
            double[] s = scores.get(p.strateg());
            double[] l = scores.get(p.limit());
            if (s == null || l == null) {
                sb.append(String.format(Locale.ROOT, FORMAT, p.name(), "-", "-", "-", goal(p), "not run"));
                continue;
            }
            double ratio = p.scaling() ? s[0] / l[0] : l[0] / s[0];
            boolean met = p.scaling() ? ratio <= p.goal() : ratio >= p.goal();
            sb.append(String.format(Locale.ROOT, FORMAT, p.name(), time(s), time(l), String.format(Locale.ROOT, "%.3f", ratio), goal(p),
                    Double.isNaN(p.goal()) ? "-" : met ? "yes" : "NO"));
        }
        double[] national = scores.get("NationalEvaluationBenchmark.strateg");
        sb.append(String.format(Locale.ROOT, FORMAT, "4 national evaluation in -Xmx1g", national == null ? "-" : time(national), "", "",
                "runs", national == null ? "not run" : "yes"));
        return sb.toString();
    }

    private static String goal(Pair p) {
        if (Double.isNaN(p.goal())) {
            return "-"; // measured beside a pair, no goal of its own
        }
        return (p.scaling() ? "<= " : ">= ") + (p.goal() == Math.rint(p.goal()) ? String.valueOf((int) p.goal()) : String.valueOf(p.goal()));
    }

    private static String time(double[] score) {
        return Double.isNaN(score[1]) ? String.format(Locale.ROOT, "%.1f", score[0])
                : String.format(Locale.ROOT, "%.1f ± %.1f", score[0], score[1]);
    }
}
