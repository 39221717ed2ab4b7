package eu.strateg.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A strategy workbook edited by another program with a bad cell: the problem names the sheet and cell, nothing is read. */
class StrategyWorkbookBadCellTest {

    private static List<String> problems(Map<String, Object> changes) throws IOException {
        byte[] edited = OtherWriter.edit(StrategyWorkbookTest.bytes(ExampleStrategies.smallTown()), changes);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> StrategyWorkbook.read(new ByteArrayInputStream(edited)));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aWorkbookEditedByAnotherProgramIsRead() throws IOException {
        byte[] edited = OtherWriter.edit(StrategyWorkbookTest.bytes(ExampleStrategies.smallTown()), Map.of("Elements!D2", "Doprava"));

        assertThat(StrategyWorkbook.read(new ByteArrayInputStream(edited)).element("1").orElseThrow().title()).isEqualTo("Doprava");
    }

    @Test
    void aYearThatIsNotANumber() throws IOException {
        // Indicators: row 2 is CYC-KM; column L is target.year
        assertThat(problems(Map.of("Indicators!L2", "letos"))).first().isEqualTo("Indicators!L2: 'letos' is not a number (write e.g. 12,5 or 12.5)");
    }

    @Test
    void anUnknownKind() throws IOException {
        assertThat(problems(Map.of("Elements!C2", "oblast"))).first().asString().startsWith("Elements!C2: 'oblast' is not one of [PRIORITY_AREA");
    }

    @Test
    void aParentThatDoesNotExistIsNamedAtTheElementsRow() throws IOException {
        // Elements row 3 is 1.1, whose parent becomes 9
        assertThat(problems(Map.of("Elements!B3", "9"))).anySatisfy(p -> assertThat(p).startsWith("Elements!A3 (elements[1.1]"));
    }

    @Test
    void anUnknownCurrency() throws IOException {
        assertThat(problems(Map.of("Budget!E2", "KČ"))).first().isEqualTo("Budget!E2: 'KČ' is not a currency code such as CZK, PLN or EUR");
    }

    @Test
    void aBadDate() throws IOException {
        assertThat(problems(Map.of("Projects!F2", "1. 3. 2023"))).first()
                .isEqualTo("Projects!F2: '1. 3. 2023' is not a date: write YYYY-MM-DD, e.g. 2025-06-30");
    }
}
