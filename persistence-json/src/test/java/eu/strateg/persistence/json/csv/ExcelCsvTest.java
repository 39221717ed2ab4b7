package eu.strateg.persistence.json.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * CSV as Czech and Polish Excel saves it ("CSV (oddělený středníkem)", "CSV UTF-8", "Tekst Unicode"): a semicolon or a
 * tab between cells, a decimal comma, CRLF line ends, and the encodings UTF-8 with and without a byte order mark,
 * Windows-1250, ISO-8859-2 and UTF-16. The bytes are made here with the JDK's encoders, the way Excel writes them.
 */
class ExcelCsvTest {

    /** Czech and Polish letters that each encoding under test can hold. */
    private static final String CZECH = "Nětčice - Žďár, Šťáva";
    private static final String POLISH = "Łódź, Świecie, źdźbło";

    private static final String EXCEL_CS = "indicator;period;value;dim:obvod;note\r\n"
            + "CYK-KM;2021;3,2;" + CZECH + ";\"poznámka; se středníkem\"\r\n"
            + "CYK-KM;2022;-0,05;Boršov;" + POLISH + "\r\n"
            + "CYK-KM;2023;12;;\r\n";

    private static byte[] bytes(String text, Charset c, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(c.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                    : c.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0]);
        }
        out.writeBytes(text.getBytes(c));
        return out.toByteArray();
    }

    private static List<Observation> read(byte[] file, CsvDialect dialect, StringBuilder readAs) {
        List<Observation> out = new ArrayList<>();
        ObservationCsvReader r = ObservationCsvReader.open(new ByteArrayInputStream(file), dialect);
        r.readAll(out::add);
        readAs.append(r.readAs());
        return out;
    }

    private static List<String> problems(byte[] file, CsvDialect dialect) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ObservationCsvReader.open(new ByteArrayInputStream(file), dialect).readAll(o -> { }));
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static void assertExcelRows(List<Observation> read) {
        assertThat(read).extracting(Observation::value)
                .containsExactly(new BigDecimal("3.2"), new BigDecimal("-0.05"), new BigDecimal("12"));
        assertThat(read.get(0).disaggregation()).isEqualTo(new TreeMap<>(Map.of("obvod", CZECH)));
        assertThat(read.get(0).note()).isEqualTo("poznámka; se středníkem");
        assertThat(read.get(1).note()).isEqualTo(POLISH);
        assertThat(read.get(2).disaggregation()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8 BOM", "UTF-8", "windows-1250", "ISO-8859-2"})
    void excelCsvInEachEncodingIsDetectedAndRead(String encoding) {
        boolean bom = encoding.endsWith(" BOM");
        Charset c = Charset.forName(encoding.replace(" BOM", ""));
        StringBuilder readAs = new StringBuilder();

        List<Observation> read = read(bytes(EXCEL_CS, c, bom), CsvDialect.detect(), readAs);

        assertExcelRows(read);
        assertThat(readAs.toString()).startsWith("encoding " + c.name() + " (detected")
                .contains("delimiter ';' (detected from the header)", "decimal comma (detected at line 2)");
        if (bom) {
            assertThat(readAs.toString()).contains("byte order mark");
        }
    }

    @Test
    void unicodeTextFromExcelIsUtf16WithTabs() {
        String tabs = EXCEL_CS.replace(';', '\t').replace("\"poznámka\t se středníkem\"", "\"poznámka; se středníkem\"");
        StringBuilder readAs = new StringBuilder();

        List<Observation> read = read(bytes(tabs, StandardCharsets.UTF_16LE, true), CsvDialect.detect(), readAs);

        assertExcelRows(read);
        assertThat(readAs.toString()).contains("encoding UTF-16LE (detected: byte order mark)", "delimiter tab");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsNulBytes() {
        StringBuilder readAs = new StringBuilder();

        List<Observation> read = read(bytes(EXCEL_CS, StandardCharsets.UTF_16LE, false), CsvDialect.detect(), readAs);

        assertExcelRows(read);
        assertThat(readAs.toString()).contains("UTF-16LE (detected: NUL bytes");
    }

    @Test
    void theEncodingGivenIsUsedAndABadByteIsNamedWithItsLine() {
        // "ř" of row 3 in Windows-1250 is the single byte 0xF8, which is never UTF-8
        byte[] file = bytes("indicator;period;value;note\r\nA;2021;1;ok\r\nA;2022;2;ř\r\n", Charset.forName("windows-1250"), false);

        List<String> problems = problems(file, CsvDialect.detect().withCharset(StandardCharsets.UTF_8));

        assertThat(problems.get(0)).isEqualTo("line 3: the byte 0xF8 is not UTF-8 text; the file is read as UTF-8 (given)");
        assertThat(problems).noneMatch(p -> p.contains("Input length"));
    }

    @Test
    void aDecimalPointInAFileWithDecimalCommasIsRefusedAtItsCell() {
        byte[] file = bytes("indicator;period;value\r\nA;2021;3,2\r\nA;2022;1.234\r\n", StandardCharsets.UTF_8, false);

        List<String> problems = problems(file, CsvDialect.detect());

        assertThat(problems).containsExactly(
                "line 3, column 3: value '1.234' has a '.' but this file writes decimals with a comma (decimal comma (detected at line 2)); "
                        + "write e.g. 12,5 without a thousands separator",
                "the file is read with encoding UTF-8 (detected: valid UTF-8), delimiter ';' (detected from the header), "
                        + "decimal comma (detected at line 2)");
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileNeedsToBeAskedFor() {
        byte[] file = bytes("indicator,period,value\nA,2021,\"3,2\"\n", StandardCharsets.UTF_8, false);

        assertThat(problems(file, CsvDialect.detect()).get(0)).startsWith("line 2, column 3: value '3,2' is not a number")
                .contains("needs ';' between cells or the decimal comma option");
        StringBuilder readAs = new StringBuilder();
        assertThat(read(file, CsvDialect.detect().withDecimalComma(true), readAs)).extracting(Observation::value)
                .containsExactly(new BigDecimal("3.2"));
        assertThat(readAs.toString()).contains("decimal comma (given)");
    }

    @Test
    void aGivenDelimiterWins() {
        byte[] file = bytes("indicator|period|value\nA|2021|3.2\n", StandardCharsets.UTF_8, false);
        StringBuilder readAs = new StringBuilder();

        assertThat(read(file, CsvDialect.detect().withDelimiter('|'), readAs)).extracting(Observation::value)
                .containsExactly(new BigDecimal("3.2"));
        assertThat(readAs.toString()).contains("delimiter '|' (given)");
    }
}
