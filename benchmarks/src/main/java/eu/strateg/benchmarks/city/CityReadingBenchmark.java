package eu.strateg.benchmarks.city;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pair 2: the city dataset ({@link CityDataset#city()}) read from its JSON document and observation CSV (held in
 * memory, so the disk is not measured) into Strateg's model, vs one raw Jackson streaming pass over the same bytes
 * that only parses the numbers: every JSON number and every CSV value cell into an exact {@code BigDecimal} (the
 * model keeps values exact, so a double would not be the same work), nothing else kept.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class CityReadingBenchmark {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvFactory CSV = new CsvFactory();

    private byte[] json;
    private byte[] csv;
    private final StrategyJson reader = StrategyJson.create();

    @Setup(Level.Trial)
    public void write() {
        CityDataset city = CityDataset.city();
        json = city.strategyJson();
        csv = city.observationCsv();
    }

    @Benchmark
    public void strateg(Blackhole bh) {
        Strategy s = reader.read(new ByteArrayInputStream(json));
        List<Observation> out = new ArrayList<>(40_000);
        ObservationCsvReader.open(new ByteArrayInputStream(csv)).readAll(out::add);
        bh.consume(s);
        bh.consume(out);
    }

    @Benchmark
    public void limit(Blackhole bh) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    bh.consume(p.getDecimalValue());
                }
            }
        }
        try (CsvParser p = CSV.createParser(csv)) {
            p.setSchema(CsvSchema.emptySchema());
            int column = -1;
            boolean header = true;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    column = -1;
                } else if (t == JsonToken.END_ARRAY) {
                    header = false;
                } else if (t == JsonToken.VALUE_STRING && ++column == 2 && !header) {
                    bh.consume(new BigDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
                }
            }
        }
    }
}
