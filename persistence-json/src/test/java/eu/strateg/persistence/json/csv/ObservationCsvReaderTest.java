package eu.strateg.persistence.json.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading our observation CSV: columns, empty cells, and bad rows named by their line (acceptance 4). */
class ObservationCsvReaderTest {

    private static final String HEADER = "indicator,period,value,dim:district,status,source,note,recorded_at\n";

    private static ObservationCsvReader open(String csv) {
        return ObservationCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Observation> readAll(String csv) {
        List<Observation> out = new ArrayList<>();
        open(csv).readAll(out::add);
        return out;
    }

    private static List<String> problemsOf(String csv, List<Observation> delivered) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> open(csv).readAll(delivered::add));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    @Test
    void readsEveryColumnAndTreatsEmptyCellsAsAbsent() {
        List<Observation> read = readAll(HEADER
                + "CYK-KM,2021,3.20,,,,,\n"
                + "CYK-KM,2022-Q3,0.0000001,Boršov,ESTIMATE,\"ČSÚ, odhad\",\"řádek 1\nřádek 2\",2024-03-01T08:30:00.123Z\n");

        assertThat(read).containsExactly(
                new Observation("CYK-KM", Period.year(2021), new BigDecimal("3.20"), null, ObservationStatus.FINAL, null, null, null),
                new Observation("CYK-KM", Period.quarter(2022, 3), new BigDecimal("1E-7"), new java.util.TreeMap<>(Map.of("district", "Boršov")),
                        ObservationStatus.ESTIMATE, "ČSÚ, odhad", "řádek 1\nřádek 2", Instant.parse("2024-03-01T08:30:00.123Z")));
    }

    @Test
    void onlyIndicatorPeriodAndValueAreRequiredColumnsAndTheirOrderIsFree() {
        assertThat(readAll("value,period,indicator\n12.5,2024-07,OBYV\n"))
                .containsExactly(Observation.of("OBYV", Period.month(2024, 7), new BigDecimal("12.5")));
    }

    @Test
    void aRowWithABadPeriodIsNamedByItsLine() {
        List<Observation> delivered = new ArrayList<>();

        List<String> problems = problemsOf(HEADER + "CYK-KM,2021,3.2,,,,,\nCYK-KM,2024-13,4.1,,,,,\n", delivered);

        assertThat(problems).containsExactly("line 3, column 2: period '2024-13' is not a period: a month is 01 to 12");
        assertThat(delivered).hasSize(1);
    }

    @Test
    void aRowWithABadValueIsNamedByItsLine() {
        List<String> problems = problemsOf(HEADER + "CYK-KM,2021,\"3,2\",,,,,\n", new ArrayList<>());

        assertThat(problems).singleElement().satisfies(p -> assertThat(p).startsWith("line 2, column 3: value '3,2' is not a number"));
    }

    @Test
    void lineNumbersCountPhysicalLinesAcrossQuotedLineBreaks() {
        // the note of line 2 spans lines 2–4, so the bad row is on line 5
        String csv = HEADER + "CYK-KM,2021,1,,,,\"a\nb\nc\",\nCYK-KM,2022,x,,,,,\n";

        assertThat(problemsOf(csv, new ArrayList<>())).singleElement().satisfies(p -> assertThat(p).startsWith("line 5, column 3: value 'x'"));
    }

    @Test
    void severalBadRowsAreAllReported() {
        String csv = HEADER
                + "CYK-KM,2021,1,,DONE,,,\n"
                + "CYK/KM,2021,1,,,,,\n"
                + "CYK-KM,2021,1,,,,,yesterday\n"
                + "CYK-KM,2021,1\n"
                + "CYK-KM,2022,1,,,,,\n";
        List<Observation> delivered = new ArrayList<>();

        List<String> problems = problemsOf(csv, delivered);

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("line 2, column 5: status 'DONE' is not one of");
        assertThat(problems.get(1)).startsWith("line 3: indicator 'CYK/KM' is not a valid code");
        assertThat(problems.get(2)).startsWith("line 4, column 8: recorded_at 'yesterday' is not a UTC time");
        assertThat(problems.get(3)).isEqualTo("line 5: has 3 cells, the header has 8");
        assertThat(delivered).extracting(o -> o.period().toString()).containsExactly("2022");
    }

    @Test
    void readingStopsAtTheProblemCap() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50; i++) {
            csv.append("CYK-KM,20xx,1,,,,,\n");
        }
        ObservationCsvReader reader = ObservationCsvReader.open(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), 3);

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> reader.readAll(o -> { }));

        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems().get(2).path()).isEqualTo("line 4, column 2");
        assertThat(e.problems().get(3).message()).isEqualTo("stopped reading after 3 problems; fix these and read the file again");
    }

    @Test
    void anUnknownOrMissingColumnIsAHeaderProblem() {
        ValidationException unknown = catchThrowableOfType(ValidationException.class, () -> open("indicator,period,value,district\n"));
        ValidationException missing = catchThrowableOfType(ValidationException.class, () -> open("indicator,period\n"));

        assertThat(unknown.getMessage()).contains("line 1: column 4 'district' is not a known column");
        assertThat(missing.getMessage()).contains("line 1: the header has no column 'value'");
    }

    @Test
    void malformedCsvIsAValidationProblem() {
        List<String> problems = problemsOf(HEADER + "CYK-KM,2021,\"1\"x,,,,,\n", new ArrayList<>());

        assertThat(problems).singleElement().satisfies(p -> assertThat(p).startsWith("line 2: malformed CSV"));
    }

    @Test
    void aUtf8ByteOrderMarkAsSpreadsheetsWriteItIsSkipped() {
        assertThat(readAll("\uFEFFindicator,period,value\nOBYV,2024,1\n")).hasSize(1);
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> open("")).getMessage()).contains("the file is empty");
    }
}
