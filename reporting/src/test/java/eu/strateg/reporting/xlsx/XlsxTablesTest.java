package eu.strateg.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.reporting.ExampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The workbook's table sheets: frozen header, autofilter, a name in every header cell. */
class XlsxTablesTest {

    static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportRenderer().render(ExampleReports.zdar(Locale.forLanguageTag("cs")), out);
        return out.toByteArray();
    }

    /** The XML of each worksheet part, by sheet number (1 = summary … 5 = budget). */
    static Map<Integer, String> sheetXml(byte[] xlsx) throws IOException {
        Map<Integer, String> out = new HashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    var m = java.util.regex.Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml").matcher(e.getName());
                    if (m.matches()) {
                        out.put(Integer.parseInt(m.group(1)), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        return out;
    }

    @Test
    void projectAndBudgetSheetsHaveAFrozenHeaderAndAnAutofilter() throws IOException {
        Map<Integer, String> xml = sheetXml(xlsx());
        for (int sheet : List.of(2, 3, 4, 5)) {
            assertThat(xml.get(sheet)).as("sheet " + sheet).contains("<autoFilter ref=\"A1:").containsPattern("<pane [^>]*ySplit=\"1\"");
        }
    }

    @Test
    void everyHeaderCellOfTheTableSheetsHasAName() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx()))) {
            for (Sheet sheet : wb.getSheets().skip(1).toList()) {
                Row header = sheet.read().get(0);
                for (int c = 0; c < header.getCellCount(); c++) {
                    assertThat(header.getCellAsString(c)).as("%s column %d", sheet.getName(), c + 1).hasValueSatisfying(v -> assertThat(v).isNotBlank());
                }
                assertThat(header.getCellCount()).isGreaterThan(4);
            }
        }
    }
}
