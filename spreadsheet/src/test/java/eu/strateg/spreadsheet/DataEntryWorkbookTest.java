package eu.strateg.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data-entry workbook: which rows it asks for, and reading it back with every bad cell named. */
class DataEntryWorkbookTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private final Strategy town = ExampleStrategies.smallTown();
    private byte[] template;

    @BeforeEach
    void template() throws IOException {
        // CYC-KM 2021 and 2022 are known; 2023 has not ended by 2023-06-30
        List<Observation> known = List.of(Observation.of("CYC-KM", "2021", "0.8"), Observation.of("CYC-KM", "2022", "2.4"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataEntryWorkbook.write(town, DataEntryWorkbook.toFill(town, known, AS_OF), AS_OF, Locale.forLanguageTag("cs"), out);
        template = out.toByteArray();
    }

    @Test
    void oneRowPerIndicatorAndPeriodStillToFillByResponsible() throws IOException {
        List<DataEntryWorkbook.Entry> rows = DataEntryWorkbook.toFill(town, List.of(Observation.of("CYC-KM", "2021", "0.8")), AS_OF);

        // annual indicators, the strategy runs from 2021, years ended by 2023-06-30: 2021 and 2022.
        // CYC-KM (baseline 2020): 2022 (2021 known); WASTE-KG (baseline 2019): 2021, 2022; POP (no baseline): 2021, 2022;
        // PM10 (baseline 2020): 2021, 2022
        assertThat(rows).extracting(e -> e.indicator().code() + " " + e.period() + " " + e.responsible()).containsExactly(
                "CYC-KM 2022 Odbor rozvoje", "WASTE-KG 2021 Technické služby", "WASTE-KG 2022 Technické služby",
                "POP 2021 null", "POP 2022 null", "PM10 2021 null", "PM10 2022 null");
        assertThat(rows.get(0).lastKnown().value()).isEqualByComparingTo("0.8");
        assertThat(DataEntryWorkbook.byResponsible(rows).keySet()).containsExactly("Odbor rozvoje", "Technické služby", null);
    }

    @Test
    void theWorkbookHasTheValuesSheetWithItsInformationAndValidationAndInstructions() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = wb.findSheet("Hodnoty").orElseThrow().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Hodnota");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("WASTE-KG");
            assertThat(rows.get(1).getCellText(6)).isEqualTo("215.4 (2019)");
            assertThat(rows.get(1).getCellText(7)).isEqualTo("160 (2030)");
            assertThat(wb.findSheet("Návod").orElseThrow().read().get(1).getCellText(0)).contains("sloupec D");
        }
        assertThat(new String(unzip(template, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8))
                .contains("<dataValidation", "ISNUMBER(D2)", "FINAL,PROVISIONAL,ESTIMATE");
    }

    @Test
    void anUnchangedWorkbookReadsAsNoValues() {
        assertThat(DataEntryWorkbook.read(new ByteArrayInputStream(template), town).observations()).isEmpty();
    }

    @Test
    void valuesFilledByAnotherProgramAreReadExactlyWithTheirCells() throws IOException {
        byte[] filled = OtherWriter.edit(template, Map.of("Hodnoty!D2", new BigDecimal("210.25"), "Hodnoty!D3", "198,7",
                "Hodnoty!E3", "provisional", "Hodnoty!L3", "odhad TS", "Hodnoty!D5", new BigDecimal("0.1")));

        DataEntryWorkbook.Values v = DataEntryWorkbook.read(new ByteArrayInputStream(filled), town);

        assertThat(v.observations()).containsExactly(
                Observation.of("WASTE-KG", "2021", "210.25"),
                new Observation("WASTE-KG", Period.year(2022), new BigDecimal("198.7"), null, ObservationStatus.PROVISIONAL, null, "odhad TS", null),
                // the template fills in the indicator's source (POP: ČSÚ)
                new Observation("POP", Period.year(2022), new BigDecimal("0.1"), null, null, "ČSÚ", null, null));
        assertThat(v.cells()).containsExactly("Hodnoty!D2", "Hodnoty!D3", "Hodnoty!D5");
    }

    private List<String> problems(Map<String, Object> changes) throws IOException {
        byte[] filled = OtherWriter.edit(template, changes);
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> DataEntryWorkbook.read(new ByteArrayInputStream(filled), town));
        assertThat(e).as("a ValidationException").isNotNull();
        List<String> all = e.problems().stream().map(Problem::toString).toList();
        assertThat(all).last().asString().startsWith("nothing was read from the workbook");
        return all;
    }

    @Test
    void textThatIsNotANumber() throws IOException {
        assertThat(problems(Map.of("Hodnoty!D2", "dvě stě", "Hodnoty!D3", new BigDecimal("1"))))
                .first().isEqualTo("Hodnoty!D2: 'dvě stě' is not a number (write e.g. 12,5 or 12.5)");
    }

    @Test
    void aNumberWithAThousandsSeparator() throws IOException {
        assertThat(problems(Map.of("Hodnoty!D4", "1.234"))).first().asString().startsWith("Hodnoty!D4: '1.234' is ambiguous");
        assertThat(problems(Map.of("Hodnoty!D4", "1 234,5"))).first().asString().startsWith("Hodnoty!D4: '1 234,5' is ambiguous");
    }

    @Test
    void aDateInTheValueCell() throws IOException {
        assertThat(problems(Map.of("Hodnoty!D2", LocalDate.of(2024, 3, 1)))).first()
                .isEqualTo("Hodnoty!D2: holds a date (2024-03-01), not a number: format the cell as a number");
    }

    @Test
    void aFormulaWithoutAComputedValue() throws IOException {
        assertThat(problems(Map.of("Hodnoty!D2", "=1/0"))).first().asString().startsWith("Hodnoty!D2: the formula =1/0 has no computed value");
    }

    @Test
    void aBooleanInTheValueCell() throws IOException {
        assertThat(problems(Map.of("Hodnoty!D2", Boolean.TRUE))).first().asString().startsWith("Hodnoty!D2: holds boolean");
    }

    @Test
    void anIndicatorThatIsNotInTheStrategy() throws IOException {
        assertThat(problems(Map.of("Hodnoty!A2", "OUT-07", "Hodnoty!D2", new BigDecimal("1")))).first()
                .isEqualTo("Hodnoty!A2: 'OUT-07' is not an indicator of zdar-2030");
    }

    @Test
    void aValueWithoutAnIndicatorCode() throws IOException {
        assertThat(problems(Map.of("Hodnoty!A2", " ", "Hodnoty!D2", new BigDecimal("1")))).first()
                .isEqualTo("Hodnoty!A2: is empty, but the row has a value: which indicator is it?");
    }

    @Test
    void aBadPeriod() throws IOException {
        assertThat(problems(Map.of("Hodnoty!C2", "2021-13", "Hodnoty!D2", new BigDecimal("1")))).first().asString()
                .startsWith("Hodnoty!C2: '2021-13' is not a period");
    }

    @Test
    void aBadStatus() throws IOException {
        assertThat(problems(Map.of("Hodnoty!E2", "hotovo", "Hodnoty!D2", new BigDecimal("1")))).first().asString()
                .startsWith("Hodnoty!E2: 'hotovo' is not one of [PROVISIONAL, FINAL, ESTIMATE]");
    }

    @Test
    void theSamePeriodFilledTwice() throws IOException {
        assertThat(problems(Map.of("Hodnoty!C3", "2021", "Hodnoty!D2", new BigDecimal("1"), "Hodnoty!D3", new BigDecimal("2")))).first()
                .isEqualTo("Hodnoty!D3: WASTE-KG 2021 is also filled in Hodnoty!D2: keep one row");
    }

    @Test
    void everyBadCellIsListedAtOnce() throws IOException {
        assertThat(problems(Map.of("Hodnoty!D2", "x", "Hodnoty!D3", "y"))).hasSize(3);
    }

    @Test
    void aFileThatIsNotAWorkbook() {
        ValidationException csv = catchThrowableOfType(ValidationException.class,
                () -> DataEntryWorkbook.read(new ByteArrayInputStream("indicator,period,value\n".getBytes(StandardCharsets.UTF_8)), town));
        ValidationException xls = catchThrowableOfType(ValidationException.class, () -> DataEntryWorkbook.read(new ByteArrayInputStream(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}), town));

        assertThat(csv.getMessage()).contains("is not an XLSX workbook");
        assertThat(xls.getMessage()).contains("old Excel 97–2003 workbook (.xls)");
    }

    @Test
    void aWorkbookWithoutTheValuesSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StrategyWorkbook.write(town, out);

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> DataEntryWorkbook.read(new ByteArrayInputStream(out.toByteArray()), town));

        assertThat(e.getMessage()).contains("the workbook has no sheet Hodnoty / Wartości / Values (sheets: Strategy, Elements");
    }

    private static byte[] unzip(byte[] zip, String entry) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("template", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var z = new java.util.zip.ZipFile(file.toFile())) {
                return z.getInputStream(z.getEntry(entry)).readAllBytes();
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
