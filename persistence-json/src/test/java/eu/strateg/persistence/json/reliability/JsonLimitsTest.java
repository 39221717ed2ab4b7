package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The limits of the file formats on hostile sizes, each ending in a {@code ValidationException} rather than an
 * out-of-memory: the strategy document's size (configurable) and nesting, the number of observations one read collects
 * (configurable), and the length of one observation line or cell. Endless inputs show that nothing is read whole.
 */
class JsonLimitsTest {

    /** An endless stream: {@code head}, then {@code filler} repeated forever. */
    private static InputStream endless(String head, String filler) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] f = filler.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long pos;

            @Override
            public int read() {
                long p = pos++;
                return (p < h.length ? h[(int) p] : f[(int) ((p - h.length) % f.length)]) & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }

    @Test
    void aDocumentOverTheConfiguredSizeIsRejected() {
        byte[] doc = StrategyJson.create().toBytes(ExampleStrategies.smallTown());

        assertThatThrownBy(() -> StrategyJson.create().withMaxDocumentBytes(doc.length - 1).read(new ByteArrayInputStream(doc)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("larger than the limit of " + (doc.length - 1) + " bytes");
        assertThat(StrategyJson.create().withMaxDocumentBytes(doc.length).read(new ByteArrayInputStream(doc)).id())
                .isEqualTo(ExampleStrategies.smallTown().id());
    }

    @Test
    void anEndlessDocumentStopsAtTheDefaultLimit() {
        assertThatThrownBy(() -> StrategyJson.create().read(endless("{\"title\": \"", "abcdefgh")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("too large");
    }

    @Test
    void anEndlesslyNestedDocumentIsRejected() {
        assertThatThrownBy(() -> StrategyJson.create().read(endless("{\"a\":", "[")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("deeply nested");
    }

    @Test
    void readingAnEndlessCsvStopsAtTheObservationLimit() {
        AtomicLong delivered = new AtomicLong();

        assertThatThrownBy(() -> ObservationCsvReader.open(endless("indicator,period,value\n", "CYC-KM,2021,1.5\n"))
                .readAll(o -> delivered.incrementAndGet(), 10_000))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line 10002").hasMessageContaining("more than 10000 observations");
        assertThat(delivered).hasValue(10_000);
    }

    @Test
    void readingEndlessJsonLinesStopsAtTheObservationLimit() {
        assertThatThrownBy(() -> ObservationJsonLinesReader.open(endless("", "{\"indicator\":\"A\",\"period\":\"2021\",\"value\":1}\n"))
                .readAll(o -> { }, 1000)).isInstanceOf(ValidationException.class).hasMessageContaining("more than 1000 observations");
    }

    @Test
    void aJsonLineOfFiveMegabytesIsALineProblemReadInBoundedMemory() {
        // a longer line is skipped to its end (memory stays at the 1 MB cap); an endless one would be read to its end
        String line = "{\"indicator\":\"" + "A".repeat(5 * 1024 * 1024) + "\",\"period\":\"2021\",\"value\":1}\n";

        assertThatThrownBy(() -> ObservationJsonLinesReader.open(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
                .readAll(o -> { })).isInstanceOf(ValidationException.class).hasMessageContaining("line 1");
    }

    @Test
    void anEndlessCsvCellIsRejected() {
        assertThatThrownBy(() -> ObservationCsvReader.open(endless("indicator,period,value\nA,2021,", "1")).readAll(o -> { }))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line 2");
    }
}
