package eu.strateg.benchmarks.report;

import eu.strateg.benchmarks.national.NationalDataset;
import eu.strateg.benchmarks.national.StrategyColumns;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.html.HtmlReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pair 4: the HTML monitoring report of a strategy with 5,000 indicators vs one with 500 (same generator, 12 annual
 * values each, already evaluated). Rendering must grow linearly: the goal is {@code t(5000) ≤ 11 × t(500)}. The
 * bytes go to a counting sink, so neither memory nor disk is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class HtmlReportBenchmark {

    /** A strategy with its evaluation, ready to render. */
    public abstract static class Report {
        ReportInput input;
        final HtmlReportRenderer renderer = new HtmlReportRenderer();

        void prepare(int indicators) {
            NationalDataset d = new NationalDataset(NationalDataset.SEED, 1, indicators, 12);
            StrategyColumns c = d.columns(0);
            Strategy s = d.strategy(0, c);
            List<Observation> obs = d.observations(c);
            input = new ReportInput(s, new StandardEvaluator().evaluate(s, obs, d.asOf()), obs, Locale.forLanguageTag("cs"));
        }

        long render() throws IOException {
            Counting out = new Counting();
            renderer.render(input, out);
            return out.bytes;
        }
    }

    @State(Scope.Benchmark)
    public static class Small extends Report {
        @Setup(Level.Trial)
        public void setUp() {
            prepare(500);
        }
    }

    @State(Scope.Benchmark)
    public static class Large extends Report {
        @Setup(Level.Trial)
        public void setUp() {
            prepare(5000);
        }
    }

    @Benchmark
    public long indicators500(Small r) throws IOException {
        return r.render();
    }

    @Benchmark
    public long indicators5000(Large r) throws IOException {
        return r.render();
    }

    /** Counts the bytes written and drops them. */
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
