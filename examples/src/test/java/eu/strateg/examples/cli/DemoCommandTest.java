package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoWritesAnHtmlAPdfAndAnXlsxReportOfEachExampleAndPrintsASummary() throws Exception {
        CliFixture.Run r = CliFixture.run("demo", "--out", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("as of 2025-06-30", "Kyjov", "kyjov-2030", "Niepołomice", "niepolomice-2030", "Open ");
        for (String id : DemoCommand.EXAMPLES) {
            String html = Files.readString(dir.resolve(id + ".html"), StandardCharsets.UTF_8);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script");
            byte[] pdf = Files.readAllBytes(dir.resolve(id + ".pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (ZipFile xlsx = new ZipFile(dir.resolve(id + ".xlsx").toFile())) {
                assertThat(xlsx.getEntry("xl/workbook.xml")).isNotNull();
            }
        }
        // the README shows this output: its table (header and one row per example) is the demo's, word for word
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        for (String line : r.out().split("\\R")) {
            if (line.startsWith("territory ") || line.startsWith("Kyjov ") || line.startsWith("Niepołomice ")) {
                assertThat(readme).as("the README's demo output").contains(line);
            }
        }
        assertThat(Files.readString(dir.resolve("kyjov-2030.html"))).contains("lang=\"cs\"", "Kyjov");
        assertThat(Files.readString(dir.resolve("niepolomice-2030.html"))).contains("lang=\"pl\"", "Niepołomice");
    }

    @Test
    void runningTheDemoTwiceReusesTheStore() {
        CliFixture.run("demo", "--out", dir.toString());

        CliFixture.Run again = CliFixture.run("demo", "--out", dir.toString(), "--lang", "en", "--as-of", "2024-12-31");

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("as of 2024-12-31");
        assertThat(CliFixture.run("show", "--store", "json:" + dir.resolve("store"), "kyjov-2030").out()).contains("revision 2, ADOPTED");
    }
}
