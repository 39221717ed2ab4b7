package eu.strateg.reporting.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The same comparison as CSV, JSON and XLSX: the same rows, exact numbers, localised reasons. */
class ComparisonCsvJsonXlsxTest {

    @Test
    void csvHasOneRowPerTerritoryIndicatorAndYearWithExactNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonCsv.write(ComparisonExample.comparison(), Locale.forLanguageTag("pl"), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

        // WASTE-KG: 1 excluded (Łódź) + 5 values in 2022 + 5 in 2023; CYC-KM: 1 excluded + 4 values and 1 missing in 2023
        assertThat(lines).hasSize(1 + 11 + 6);
        // Žďár 6.2 × 1000 / 20,500 = 0.3024390243902439, exactly as computed (16 significant digits), rank 1 of 4
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("value,CYC-KM,").contains(",CZ_ZUJ:595209,", ",6.2,0.3024390243902439,1,4,"));
        // Žďár's WASTE-KG 2023: 198.6, 205.0 → 198.6 is −6.4 since 2022, improving
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("value,WASTE-KG,").contains(",2023,CZ_ZUJ:595209,")
                .endsWith(",2022,-6.4,IMPROVING,ON_TRACK,\"Na dobrej drodze\""));
        // the status is the territory's own, as of the evaluation date, the same in 2022 and 2023; Město 1 deteriorates
        assertThat(lines).filteredOn(l -> l.startsWith("value,WASTE-KG,") && l.contains(",CZ_ZUJ:599901,")).hasSize(2)
                .allSatisfy(l -> assertThat(l).endsWith(",DETERIORATION,\"Pogorszenie\""));
        // Město 4 has no CYC-KM value in 2023 and no status for it: the row ends with two empty cells
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("missing,CYC-KM,").contains(",CZ_ZUJ:599904,").endsWith(",,"));
        // Łódź does not have the indicators: no status either
        assertThat(lines).filteredOn(l -> l.startsWith("excluded,")).allSatisfy(l -> assertThat(l).endsWith(",,"));
        assertThat(lines[0]).endsWith(",trend,status,status_label");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("missing,CYC-KM,").contains("NO_VALUE_FOR_YEAR,\"brak wartości za rok\""));
    }

    @Test
    void jsonCarriesTheExactDecimalsAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonJson.write(ComparisonExample.comparison(), Locale.ENGLISH, out);

        List<String> compared = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(out.toByteArray())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "compared".equals(p.currentName())) {
                    p.nextToken();
                    assertThat(p.currentToken()).as("a JSON number").isIn(JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT);
                    compared.add(p.getDecimalValue().toPlainString());
                }
            }
        }
        assertThat(compared).contains("0.3024390243902439", "198.6", "205.0");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"format\" : \"strateg-comparison\"", "\"reason\" : \"NOT_DEFINED\"",
                "\"reasonLabel\" : \"the territory does not have this indicator\"", "\"statusAsOf\" : \"2024-03-31\"",
                "\"status\" : \"NEEDS_ACCELERATION\"", "\"statusLabel\" : \"Needs acceleration\"", "\"status\" : \"DETERIORATION\"");
    }

    @Test
    void xlsxHasTheCsvRowsWithNumberCellsAndNoFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonXlsx.write(ComparisonExample.comparison(), Locale.forLanguageTag("cs"), out);

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Srovnání");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(1 + 11 + 6);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("record");
            Row zdarCycle = rows.stream().filter(r -> "CYC-KM".equals(r.getCellText(1)) && "CZ_ZUJ:595209".equals(r.getCellText(6))
                    && "value".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(zdarCycle.getCell(10).getType()).isEqualTo(CellType.NUMBER);
            assertThat(zdarCycle.getCell(10).asNumber()).isEqualByComparingTo(new BigDecimal("0.3024390243902439"));
            assertThat(zdarCycle.getCell(11).asNumber()).isEqualByComparingTo("1");
            for (Row r : rows) {
                for (Cell c : r) {
                    if (c != null) {
                        assertThat(c.getType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(19)).isEqualTo("území tento indikátor nemá"));
            assertThat(rows.get(0).getCellText(24)).isEqualTo("status");
            assertThat(zdarCycle.getCellText(24)).isEqualTo("NEEDS_ACCELERATION");
            assertThat(zdarCycle.getCellText(25)).isEqualTo("Nutno zrychlit");
        }
    }
}
