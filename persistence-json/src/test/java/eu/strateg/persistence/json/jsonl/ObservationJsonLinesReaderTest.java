package eu.strateg.persistence.json.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading JSON Lines: one observation per line; bad lines named by their number (acceptance 4). */
class ObservationJsonLinesReaderTest {

    private static List<String> problemsOf(String text, List<Observation> delivered) {
        ObservationJsonLinesReader r = ObservationJsonLinesReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> r.readAll(delivered::add));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    @Test
    void readsLinesAndSkipsBlankOnes() {
        String text = "{\"indicator\":\"OBYV\",\"period\":\"2024\",\"value\":10799}\r\n\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2023\",\"value\":1.50,\"status\":\"PROVISIONAL\"}";
        List<Observation> read = new ArrayList<>();

        ObservationJsonLinesReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).readAll(read::add);

        assertThat(read).extracting(o -> o.period() + "=" + o.value()).containsExactly("2024=10799", "2023=1.50");
        assertThat(read.get(0)).isEqualTo(Observation.of("OBYV", Period.year(2024), new BigDecimal("10799")));
    }

    @Test
    void badLinesAreAllReportedWithTheirNumbers() {
        String text = "{\"indicator\":\"OBYV\",\"period\":\"2024\",\"value\":1}\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2024-13\",\"value\":1}\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2024\",\"value\":\"1\"}\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2024\",\"value\":1,\"colour\":\"red\"}\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2024\"\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2024\",\"value\":1,\"value\":2}\n"
                + "{\"indicator\":\"OBYV\",\"period\":\"2025\",\"value\":2}\n";
        List<Observation> delivered = new ArrayList<>();

        List<String> problems = problemsOf(text, delivered);

        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).isEqualTo("line 2: period '2024-13' is not a period: a month is 01 to 12");
        assertThat(problems.get(1)).isEqualTo("line 3: value must be a number");
        assertThat(problems.get(2)).isEqualTo("line 4: colour is not a known field");
        assertThat(problems.get(3)).startsWith("line 5: column ").contains("malformed JSON");
        assertThat(problems.get(4)).startsWith("line 6: column ").containsIgnoringCase("duplicate");
        assertThat(delivered).extracting(o -> o.period().toString()).containsExactly("2024", "2025");
    }

    @Test
    void aMissingValueIsReported() {
        assertThat(problemsOf("{\"indicator\":\"OBYV\",\"period\":\"2024\"}\n", new ArrayList<>()))
                .containsExactly("line 1: value is required");
    }
}
