package eu.strateg.persistence.json.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.13: the two-million-observation cap did not bound memory when notes are long (2 million notes of 20,000
 * characters are 40 billion characters). {@link ObservationReader#readAll(java.util.function.Consumer, long)} also has a
 * text budget ({@link ObservationReader#DEFAULT_MAX_TEXT_CHARACTERS}).
 */
class ObservationTextBudgetTest {

    private static final int NOTE = 19_990;

    /**
     * An endless observation file: after {@code header}, one row per day from 1900-01-01 on (every row its own series
     * and period, so no row repeats another), each with a note of {@link #NOTE} characters.
     */
    private static InputStream endlessRows(String header, boolean jsonLines) {
        String note = "n".repeat(NOTE);
        return new InputStream() {
            private byte[] chunk = header.getBytes(StandardCharsets.UTF_8);
            private int pos;
            private LocalDate day = LocalDate.of(1900, 1, 1);

            @Override
            public int read() {
                next();
                return chunk[pos++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                next();
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }

            private void next() {
                if (pos == chunk.length) {
                    String row = jsonLines ? "{\"indicator\":\"A\",\"period\":\"" + day + "\",\"value\":1,\"note\":\"" + note + "\"}\n"
                            : "A," + day + ",1," + note + "\n";
                    chunk = row.getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                    day = day.plusDays(1);
                }
            }
        };
    }

    @Test
    void longNotesStopAnEndlessCsvAtTheDefaultTextBudget() {
        AtomicLong delivered = new AtomicLong();
        long rowsInBudget = ObservationReader.DEFAULT_MAX_TEXT_CHARACTERS / (NOTE + 1); // + 1 for the indicator code "A"

        assertThatThrownBy(() -> ObservationCsvReader.open(endlessRows("indicator,period,value,note\n", false))
                .readAll(o -> delivered.incrementAndGet(), ObservationReader.DEFAULT_MAX_OBSERVATIONS))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line " + (rowsInBudget + 2) + ":")
                .hasMessageContaining("more than 200000000 characters of text");
        assertThat(delivered.get()).isEqualTo(rowsInBudget);
    }

    @Test
    void longNotesStopEndlessJsonLinesAtAGivenTextBudget() {
        AtomicLong delivered = new AtomicLong();

        assertThatThrownBy(() -> ObservationJsonLinesReader.open(endlessRows("", true))
                .readAll(o -> delivered.incrementAndGet(), ObservationReader.DEFAULT_MAX_OBSERVATIONS, 1_000_000))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 51:")
                .hasMessageContaining("more than 1000000 characters of text");
        assertThat(delivered.get()).isEqualTo(1_000_000 / (NOTE + 1));
    }
}
