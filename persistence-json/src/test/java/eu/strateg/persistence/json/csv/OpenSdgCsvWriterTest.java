package eu.strateg.persistence.json.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.ValidationException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export in the Open SDG data layout: Year, disaggregation columns, Value; an empty cell is the headline. */
class OpenSdgCsvWriterTest {

    private static Observation obs(int year, String value, Map<String, String> dis) {
        return Observation.of("3-9-1", Period.year(year), new BigDecimal(value)).withDisaggregation(dis);
    }

    @Test
    void writesYearDimensionsAndValueWithEmptyCellsForTheHeadline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OpenSdgCsvWriter.writeAll("3-9-1", List.of(
                obs(2021, "21.30", Map.of()),
                obs(2021, "25.1", Map.of("district", "Boršov", "sex", "F")),
                obs(2022, "0.0000001", Map.of("district", "Kyjov, centrum"))), out);

        // layout as in an Open SDG data repository (see open-sdg-reference/open-sdg-tests/data/indicator_1-5-3.csv); the
        // dimension names and values are text cells, quoted under the project's one CSV rule (issue 13.9)
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "Year,\"district\",\"sex\",Value\n"
                + "2021,,,21.30\n"
                + "2021,\"Boršov\",\"F\",25.1\n"
                + "2022,\"Kyjov, centrum\",,0.0000001\n");
    }

    @Test
    void onlyWholeYearsFitTheLayout() {
        OpenSdgCsvWriter w = OpenSdgCsvWriter.open(new ByteArrayOutputStream(), "3-9-1", List.of());

        assertThatThrownBy(() -> w.write(Observation.of("3-9-1", Period.quarter(2024, 1), BigDecimal.ONE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("whole years only");
    }

    @Test
    void aFileHoldsOneIndicator() {
        OpenSdgCsvWriter w = OpenSdgCsvWriter.open(new ByteArrayOutputStream(), "3-9-1", List.of());

        assertThatThrownBy(() -> w.write(Observation.of("OTHER", Period.year(2024), BigDecimal.ONE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not belong");
    }
}
