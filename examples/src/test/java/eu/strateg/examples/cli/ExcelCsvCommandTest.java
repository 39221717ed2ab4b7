package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import and evaluate take a CSV as Czech Excel saves it; the options override what is detected. */
class ExcelCsvCommandTest {

    private static final String EXCEL = "indicator;period;value;note\r\nCYC-KM;2021;0,8;Žďár\r\nCYC-KM;2022;2,4;\r\nWASTE-KG;2022;201,3;úřad\r\n";

    @TempDir
    Path dir;

    String store;

    @BeforeEach
    void strategy() throws Exception {
        store = "json:" + dir.resolve("store");
        CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString());
    }

    @Test
    void aWindows1250FileWithSemicolonsAndDecimalCommasIsDetectedAndSaysSo() throws Exception {
        Path csv = dir.resolve("excel.csv");
        Files.write(csv, EXCEL.getBytes(Charset.forName("windows-1250")));

        CliFixture.Run r = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", csv.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains(csv + " read with encoding windows-1250 (detected", "delimiter ';' (detected from the header)",
                "decimal comma (detected at line 2)", "3 new, 0 corrected, 0 unchanged");
        CliFixture.Run exported = CliFixture.run("export", "--store", store, "zdar-demo", "--format", "csv");
        assertThat(exported.out()).contains("CYC-KM,2021,0.8", "WASTE-KG,2022,201.3", "Žďár", "úřad");
    }

    @Test
    void theOptionsOverrideDetection() throws Exception {
        Path csv = dir.resolve("excel.csv");
        Files.write(csv, EXCEL.replace(";", "|").getBytes(Charset.forName("ISO-8859-2")));

        CliFixture.Run r = CliFixture.run("evaluate", "--strategy", CliFixture.strategyFile(dir).toString(), "--observations", csv.toString(),
                "--encoding", "ISO-8859-2", "--delimiter", "|", "--decimal-comma", "--as-of", "2025-06-30");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CYC-KM", "2022");
    }

    @Test
    void aWrongEncodingNamesTheFileLineAndByte() throws Exception {
        Path csv = dir.resolve("excel.csv");
        Files.write(csv, EXCEL.getBytes(Charset.forName("windows-1250")));

        CliFixture.Run r = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", csv.toString(), "--encoding", "UTF-8");

        assertThat(r.exit()).isEqualTo(1);
        // "Ž" in Windows-1250 is the byte 0x8E, on line 2
        assertThat(r.err()).contains(csv + ", line 2: the byte 0x8E is not UTF-8 text; the file is read as UTF-8 (given)")
                .doesNotContain("Input length");
        assertThat(CliFixture.run("export", "--store", store, "zdar-demo", "--format", "csv").out().lines().count())
                .as("nothing stored").isEqualTo(1);
    }

    @Test
    void anUnknownEncodingOrDelimiterIsAUsageError() throws Exception {
        Path csv = dir.resolve("excel.csv");
        Files.writeString(csv, EXCEL);

        CliFixture.Run enc = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", csv.toString(), "--encoding", "cp-nic");
        CliFixture.Run del = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", csv.toString(), "--delimiter", ";;");

        assertThat(enc.exit()).isEqualTo(2);
        assertThat(enc.err()).contains("--encoding 'cp-nic' is not an encoding");
        assertThat(del.exit()).isEqualTo(2);
        assertThat(del.err()).contains("--delimiter ';;' is not a delimiter");
    }
}
