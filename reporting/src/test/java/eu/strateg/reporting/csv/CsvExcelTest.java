package eu.strateg.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.reporting.ExampleReports;
import eu.strateg.reporting.StandardRenderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The CSV for Czech and Polish Excel ({@code csv-excel}): BOM, semicolons, decimal commas, and besides the evaluation
 * the observations, projects and budget of the report (ExampleReports.zdar: 16 observations, 2 projects, 2 budget
 * lines, one currency).
 */
class CsvExcelTest {

    static byte[] render(CsvDialect dialect, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportRenderer(null, dialect).render(ExampleReports.zdar(locale), out);
        return out.toByteArray();
    }

    @Test
    void startsWithABomAndSeparatesCellsBySemicolons() throws IOException {
        byte[] csv = render(CsvDialect.EXCEL, Locale.forLanguageTag("cs"));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0).split(";", -1)).containsExactlyElementsOf(CsvReportRenderer.COLUMNS);
        assertThat(lines).allSatisfy(l -> assertThat(l.split(";", -1).length).as(l).isGreaterThanOrEqualTo(CsvReportRenderer.COLUMNS.size()));
        assertThat(StandardRenderers.forFormat("csv-excel", null)).isPresent();
    }

    @Test
    void numbersUseTheDecimalCommaInCzechAndTheDotInTheRfcTable() throws IOException {
        String excel = new String(render(CsvDialect.EXCEL, Locale.forLanguageTag("cs")), StandardCharsets.UTF_8);
        String rfc = new String(render(CsvDialect.RFC_4180, Locale.forLanguageTag("cs")), StandardCharsets.UTF_8);
        // CYC-KM's score 1.2500475 (ExampleReports) and the observation 3.1 of 2024
        // a number with a decimal comma is quoted by the project's plain-cell rule; Excel still reads it as a number
        assertThat(row(excel, ";", "indicator", "CYC-KM")).contains(";\"1,2500475\";");
        assertThat(row(rfc, ",", "indicator", "CYC-KM")).contains("1.2500475");
        assertThat(excel).contains("observation;CYC-KM;").contains(";2024;\"3,1\";");
        assertThat(rfc.charAt(0)).isEqualTo('r');
    }

    @Test
    void holdsObservationsProjectsAndBudget() throws IOException {
        String csv = new String(render(CsvDialect.EXCEL, Locale.forLanguageTag("cs")), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        // 4 + 6 + 4 + 2 = 16 observations; P-01 and P-02; (2023, OWN) and (2024, EU); one total in CZK
        assertThat(lines.stream().filter(l -> l.startsWith("observation;"))).hasSize(16);
        assertThat(lines.stream().filter(l -> l.startsWith("project;"))).hasSize(2);
        assertThat(lines.stream().filter(l -> l.startsWith("budget;"))).hasSize(2);
        String total = lines.stream().filter(l -> l.startsWith("budget_total;")).findFirst().orElseThrow();
        assertThat(total).contains(";CZK;5700000;5700000;\"5220000,50\";");
        assertThat(row(csv, ";", "project", "P-01")).contains("Odbor rozvoje").contains(";5700000;;\"5220000,50\";");
    }

    private static String row(String csv, String sep, String record, String code) {
        return csv.lines().filter(l -> l.replace("\uFEFF", "").startsWith(record + sep + code + sep)).findFirst().orElseThrow();
    }
}
