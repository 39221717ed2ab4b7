package eu.strateg.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The strategy workbook: written and read back, the same strategy (issue 15: "export → import gives the same strategy"). */
class StrategyWorkbookTest {

    static byte[] bytes(Strategy s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StrategyWorkbook.write(s, out);
        return out.toByteArray();
    }

    static Strategy roundTrip(Strategy s) throws IOException {
        return StrategyWorkbook.read(new ByteArrayInputStream(bytes(s)));
    }

    @Test
    void theTestkitStrategiesRoundTrip() throws IOException {
        for (Strategy s : new Strategy[] {ExampleStrategies.smallTown(), ExampleStrategies.gmina("lodz-2030")}) {
            assertThat(roundTrip(s)).isEqualTo(s);
        }
    }

    @Test
    void seededRandomStrategiesRoundTrip() throws IOException {
        long seed = Long.getLong("strateg.seed", System.nanoTime());
        RandomStrategies random = new RandomStrategies(seed);
        for (int k = 0; k < 25; k++) {
            Strategy s = random.next();
            assertThat(roundTrip(s)).as("seed %d, strategy %d (run again with -Dstrateg.seed=%d): %s", seed, k, seed, s).isEqualTo(s);
        }
    }
}
