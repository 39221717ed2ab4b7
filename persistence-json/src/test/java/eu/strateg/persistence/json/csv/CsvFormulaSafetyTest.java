package eu.strateg.persistence.json.csv;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.testkit.reliability.SpreadsheetSplit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.9: the observation CSV and the Open SDG CSV follow the project's one CSV rule, so that no cell starts a
 * formula whether a spreadsheet splits on ',' or on ';' (Czech and Polish Excel); the observation CSV still reads back
 * exactly what was written.
 */
class CsvFormulaSafetyTest {

    static final List<String> HOSTILE = List.of("x;=2+3;", "x,=2+3,", "=1+1", "+1", "-1+1", "@SUM(1;1)", "\t=1", "a;-2+3;b",
            "'=already marked", "'", "''", "'plain", "x\";=1+1;\"", "line\n=1+1", "=HYPERLINK(\"http://evil.example\";\"x\")");

    @Test
    void hostileTextsInTheObservationCsvStartNoFormulaAndReadBackExactly() {
        List<Observation> written = new ArrayList<>();
        int year = 2000;
        for (String text : HOSTILE) {
            written.add(Observation.of("A", Period.year(year++), new BigDecimal("-1.5")).withDisaggregation(Map.of("district", text))
                    .withSource(text, text));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(written, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(SpreadsheetSplit.formulaCells(csv)).isEmpty();
        List<Observation> read = new ArrayList<>();
        ObservationCsvReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(read::add);
        assertThat(read).isEqualTo(written);
    }

    @Test
    void theBypassOfTheIssueIsOneQuotedCell() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(List.of(Observation.of("A", Period.year(2024), BigDecimal.ONE).withSource(null, "x;=2+3;")), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("indicator,period,value,status,source,note,recorded_at\n"
                + "A,2024,1,FINAL,,\"x;'=2+3;\",\n");
    }

    @Test
    void randomTextsOfSeparatorsQuotesAndFormulaCharactersStartNoFormulaAndReadBackExactly() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "a;,=+-@\"'\n\t x";
        List<Observation> written = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            written.add(Observation.of("A", Period.day(LocalDate.of(2000, 1, 1).plusDays(i)), BigDecimal.ONE)
                    .withDisaggregation(Map.of("d;=" + randomText(random, alphabet), randomText(random, alphabet)))
                    .withSource(randomText(random, alphabet), randomText(random, alphabet)));
        }
        for (Observation o : written) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ObservationCsvWriter.writeAll(List.of(o), out);
            String csv = out.toString(StandardCharsets.UTF_8);
            assertThat(SpreadsheetSplit.formulaCells(csv)).as("seed %d: %s", seed, csv).isEmpty();
            List<Observation> read = new ArrayList<>();
            ObservationCsvReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(read::add);
            assertThat(read).as("seed %d: %s", seed, csv).containsExactly(o);
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder("x");
        for (int n = random.nextInt(12); n > 0; n--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void hostileDimensionsInTheOpenSdgCsvStartNoFormula() {
        List<Observation> written = new ArrayList<>();
        int year = 2000;
        for (String text : HOSTILE) {
            written.add(Observation.of("1-1-1", Period.year(year++), BigDecimal.ONE).withDisaggregation(Map.of("=cmd;x", text)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSdgCsvWriter.writeAll("1-1-1", written, out);

        assertThat(SpreadsheetSplit.formulaCells(out.toString(StandardCharsets.UTF_8))).isEmpty();
    }
}
