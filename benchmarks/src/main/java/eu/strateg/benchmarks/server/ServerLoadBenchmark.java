package eu.strateg.benchmarks.server;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pair 6: the town-hall server under 50 concurrent clients, in requests per second (JMH's throughput, summed over its
 * 50 threads), against the same work called in process by 50 threads as the limit ({@link ServerLoad}). Each HTTP
 * client is one JMH thread with its own {@link java.net.http.HttpClient}, session and token, sending one request and
 * waiting for the answer before the next (a closed loop, as people and scripts do). Ratio = server requests/s /
 * in-process requests/s, the in-process side being the faster of 50 threads and 2 (one per core): on 2 cores, 50
 * threads in process may contend for the database more than 50 requests arriving over sockets do.
 *
 * <ul>
 *   <li>7a the web dashboard of Kyjov's strategy ({@code GET /web/s/kyjov-2030}, in Czech, as of today);</li>
 *   <li>7b its evaluation as of a date ({@code GET /api/strategies/kyjov-2030/evaluation?asOf=2025-06-30}).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(50)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ServerLoadBenchmark {

    /** The server and the in-process side, one for all threads. */
    @State(Scope.Benchmark)
    public static class Sides {
        ServerLoad load;

        @Setup(Level.Trial)
        public void start() {
            load = ServerLoad.start();
        }

        @TearDown(Level.Trial)
        public void stop() {
            load.close();
        }
    }

    /** One HTTP client per thread, signed in before the warm-up. */
    @State(Scope.Thread)
    public static class Client {
        ServerLoad.Client client;

        @Setup(Level.Trial)
        public void signIn(Sides sides) {
            client = sides.load.client();
        }
    }

    @Benchmark
    public String dashboardHttp(Client c) {
        return c.client.dashboard();
    }

    @Benchmark
    public String dashboardInProcess(Sides s) {
        return s.load.dashboardInProcess();
    }

    /** The same in process on 2 threads (one per core), in case 50 threads in process get in each other's way. */
    @Benchmark
    @Threads(2)
    public String dashboardInProcess2(Sides s) {
        return s.load.dashboardInProcess();
    }

    @Benchmark
    public byte[] evaluationHttp(Client c) {
        return c.client.evaluation();
    }

    @Benchmark
    public byte[] evaluationInProcess(Sides s) {
        return s.load.evaluationInProcess();
    }

    /** The same in process on 2 threads (one per core). */
    @Benchmark
    @Threads(2)
    public byte[] evaluationInProcess2(Sides s) {
        return s.load.evaluationInProcess();
    }
}
