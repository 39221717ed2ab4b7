package eu.strateg.persistence.json.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import eu.strateg.testkit.property.Gen;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the observation readers (CSV and JSON Lines): a valid file written by our own writer, with up to three
 * hostile values put in place of a cell or a JSON value (huge exponents, NaN, impossible periods, unterminated
 * quotes, NUL, formula-looking text, very long text) and up to four byte mutations. Every file ends in observations
 * or a {@code ValidationException} naming the bad lines; nothing else, and never a hang.
 */
class ObservationFilesFuzzTest {

    private static final List<Observation> ROWS = List.of(
            Observation.of("CYC-KM", "2021", "3.20"),
            Observation.of("CYC-KM", "2022-Q3", "0.0000001").withDisaggregation(Map.of("district", "Boršov")),
            Observation.of("POP", "2024-07", "21034").withStatus(ObservationStatus.ESTIMATE).withSource("ČSÚ, odhad", "řádek 1\nřádek 2"),
            Observation.of("PM10", "2023-H2", "-17.5").withDisaggregation(Map.of("district", "Klafar", "sex", "F"))
                    .withRecordedAt(Instant.parse("2024-03-01T08:30:00.123Z")),
            Observation.of("WASTE-KG", "2024-02-29", "1E+3").withStatus(ObservationStatus.PROVISIONAL));
    private static final byte[] CSV = csv();
    private static final byte[] JSONL = jsonLines();

    static final List<String> HOSTILE = List.of("", "1e9999999990", "9".repeat(1200), "NaN", "Infinity", "-", "2024-13", "2024-Q5",
            "99999-01", "\"unterminated", "=HYPERLINK(\"http://x\")", "0x10", "1,5", "1 000", "\u0000", "dim:", "recorded_at",
            "2024-02-30", "-0", "+5", ".5", "5.", "1e-2147483648", "x".repeat(5000), "null", "true", "{}", "[]", "{\"a\":",
            "2024-03-01T25:00:00Z", "FINAL\u0000", "\uFEFF", "\\ud800", "\"\\ud800\"", "\"\\u0000\"", "[[[[[[[[[[[[[[[[[[[[");

    /** A hostile value put after the n-th separator (a comma, a colon or a line break), replacing the token there. */
    record Swap(double at, int value) {

        /** Up to {@code max} swaps of values from a list of {@code values} hostile ones. */
        static Gen<List<Swap>> some(int max, int values) {
            Gen<Double> at = Gen.doubles(0, 1);
            Gen<Integer> value = Gen.ints(0, values - 1);
            Gen<Swap> swap = r -> new Swap(at.next(r), value.next(r));
            return swap.list(max);
        }
    }

    /** The case: hostile values, then byte mutations. */
    record Case(List<Swap> swaps, List<ByteMutation> bytes) {
    }

    private static final Gen<Case> CASES = r -> new Case(Swap.some(3, HOSTILE.size()).next(r), ByteMutation.some(4).next(r));

    @Test
    void aMutatedObservationCsvIsReadOrRejectedWithLineProblems() {
        FuzzFigures.fuzz("ObservationFilesFuzzTest.aMutatedObservationCsvIsReadOrRejectedWithLineProblems", CASES,
                c -> fuzz(CSV, c.swaps(), c.bytes(), ObservationCsvReader::open));
    }

    @Test
    void mutatedObservationJsonLinesAreReadOrRejectedWithLineProblems() {
        FuzzFigures.fuzz("ObservationFilesFuzzTest.mutatedObservationJsonLinesAreReadOrRejectedWithLineProblems", CASES,
                c -> fuzz(JSONL, c.swaps(), c.bytes(), ObservationJsonLinesReader::open));
    }

    private static void fuzz(byte[] base, List<Swap> swaps, List<ByteMutation> bytes, Function<InputStream, ObservationReader> open) {
        byte[] input = ByteMutation.applyAll(swap(base, swaps), bytes);
        Verdicts.judge(Bounded.run(() -> {
            List<Observation> read = new ArrayList<>();
            open.apply(new ByteArrayInputStream(input)).readAll(read::add);
        }, Verdicts.preview(input)), input);
    }

    static byte[] swap(byte[] base, List<Swap> swaps) {
        String text = new String(base, StandardCharsets.UTF_8);
        for (Swap s : swaps) {
            List<Integer> separators = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ',' || c == ':' || c == '\n') {
                    separators.add(i + 1);
                }
            }
            if (separators.isEmpty()) {
                continue;
            }
            int from = separators.get((int) Math.min(separators.size() - 1, s.at() * separators.size()));
            int to = from;
            while (to < text.length() && ",:\n}".indexOf(text.charAt(to)) < 0) {
                to++;
            }
            text = text.substring(0, from) + HOSTILE.get(s.value()) + text.substring(to);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(ROWS, out);
        return out.toByteArray();
    }

    private static byte[] jsonLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out)) {
            w.writeAll(ROWS);
        }
        return out.toByteArray();
    }
}
