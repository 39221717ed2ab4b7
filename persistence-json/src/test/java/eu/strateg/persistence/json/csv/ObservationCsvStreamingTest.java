package eu.strateg.persistence.json.csv;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 7: reading 100,000 observations from CSV holds only a bounded window of the input. The CSV is produced
 * on the fly with rows of fixed width, so when the k-th observation is delivered we know exactly how many bytes its
 * rows take; the reader may have read ahead at most a fixed buffer beyond that, never the rest of the file.
 */
class ObservationCsvStreamingTest {

    private static final int ROWS = 100_000;
    /** Jackson's CSV reader and the UTF-8 decoder read ahead in blocks of a few kB; 64 kB bounds both. */
    private static final int READ_AHEAD = 64 * 1024;

    @Test
    void hundredThousandObservationsAreReadWithABoundedWindow() {
        GeneratedCsv csv = new GeneratedCsv();
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        long maxAhead = 0;

        try (ObservationCsvReader reader = ObservationCsvReader.open(csv)) {
            while (reader.hasNext()) {
                Observation o = reader.next();
                count++;
                sum = sum.add(o.value());
                long needed = csv.header.length + count * GeneratedCsv.ROW_BYTES;
                maxAhead = Math.max(maxAhead, csv.served - needed);
            }
        }

        assertThat(count).isEqualTo(ROWS);
        // values are i + 0.5 for i = 0 … 99,999: the sum is 99,999 · 100,000 / 2 + 100,000 · 0.5 = 5,000,000,000
        assertThat(sum).isEqualByComparingTo("5000000000");
        assertThat(csv.served).isEqualTo(csv.header.length + (long) ROWS * GeneratedCsv.ROW_BYTES);
        assertThat(maxAhead).as("bytes read beyond the rows delivered so far, at worst").isLessThanOrEqualTo(READ_AHEAD);
    }

    /** {@code IND-07,2021,000000042.5,Sever,FINAL,,,} rows of one fixed width, made when asked for. */
    private static final class GeneratedCsv extends InputStream {
        static final int ROW_BYTES = row(0).length;
        final byte[] header = "indicator,period,value,dim:district,status,source,note,recorded_at\n".getBytes(StandardCharsets.US_ASCII);
        long served;
        private int rowIndex = -1;
        private byte[] current = header;
        private int pos;

        static byte[] row(int i) {
            return String.format("IND-%02d,%04d,%09d.5,%s,FINAL,,,\n", i % 50, 2000 + i % 30, i, i % 2 == 0 ? "Sever" : "Jih__")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                if (pos == current.length) {
                    if (rowIndex + 1 >= ROWS) {
                        break;
                    }
                    current = row(++rowIndex);
                    pos = 0;
                }
                int k = Math.min(len - n, current.length - pos);
                System.arraycopy(current, pos, b, off + n, k);
                pos += k;
                n += k;
            }
            served += n;
            return n == 0 ? -1 : n;
        }
    }
}
