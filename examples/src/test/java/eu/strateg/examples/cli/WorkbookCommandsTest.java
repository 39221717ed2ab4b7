package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.spreadsheet.StrategyWorkbook;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** template, import of a filled workbook, and the strategy workbook through export and import. */
class WorkbookCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theExampleStrategiesRoundTripThroughTheStrategyWorkbook() throws Exception {
        String store = "json:" + dir.resolve("store");
        for (ExampleData.Example example : ExampleData.all()) {
            String id = example.strategy().id().value();
            Path json = dir.resolve(id + ".json");
            Files.write(json, StrategyJson.create().toBytes(example.strategy()));
            CliFixture.run("import", "--store", store, "--strategy", json.toString());
            Path xlsx = dir.resolve(id + ".xlsx");

            CliFixture.Run exported = CliFixture.run("export", "--store", store, id, "--format", "xlsx", "--out", xlsx.toString());
            CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", xlsx.toString());

            assertThat(exported.exit()).as(exported.err()).isZero();
            // the workbook holds exactly the stored document, so importing it back adds no revision (issue 12.6)
            assertThat(imported.out()).as(imported.err()).contains("strategy " + id + " unchanged: the document equals revision 1");
            Strategy first = StrategyJson.create().read(json);
            try (InputStream in = Files.newInputStream(xlsx)) {
                assertThat(StrategyWorkbook.read(in)).isEqualTo(first.withRevision(1));
            }
        }
    }

    @Test
    void aTemplateFilledInAnotherProgramImportsAndAnUnchangedOneImportsNothing() throws Exception {
        String store = "h2:" + dir.resolve("store");
        CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir).toString());
        Path template = dir.resolve("hodnoty.xlsx");

        CliFixture.Run t = CliFixture.run("template", "--store", store, "zdar-demo", "--as-of", "2023-06-30", "--out", template.toString());
        CliFixture.Run unchanged = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", template.toString());

        // the demo strategy (2021–2030): CYC-KM (baseline 2020) and WASTE-KG (baseline 2019), annual: 2021 and 2022 each
        assertThat(t.out()).contains("4 values to fill written to " + template);
        assertThat(unchanged.out()).contains("0 new, 0 corrected, 0 unchanged");

        Path filled = fill(template, dir.resolve("vyplneno.xlsx"), "WASTE-KG", "2022", "abc");
        CliFixture.Run bad = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", filled.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).containsPattern("vyplneno.xlsx, Hodnoty!D\\d: 'abc' is not a number");

        fill(template, filled, "WASTE-KG", "2022", new BigDecimal("201.3"));
        CliFixture.Run good = CliFixture.run("import", "--store", store, "--id", "zdar-demo", "--observations", filled.toString());
        assertThat(good.out()).as(good.err()).contains("1 new, 0 corrected, 0 unchanged");
    }

    @Test
    void onePersonOneWorkbook() throws Exception {
        CliFixture.Run t = CliFixture.run("template", "--strategy", CliFixture.strategyFile(dir).toString(), "--as-of", "2023-06-30",
                "--per-person", "--lang", "pl", "--out", dir.resolve("osoby").toString());

        assertThat(t.exit()).as(t.err()).isZero();
        try (var files = Files.list(dir.resolve("osoby"))) {
            assertThat(files.map(p -> p.getFileName().toString())).isNotEmpty().allMatch(n -> n.startsWith("zdar-demo-") && n.endsWith(".xlsx"));
        }
    }

    /** The template copied by fastexcel's own writer with one value put in the row of {@code code} and {@code period}. */
    private static Path fill(Path template, Path out, String code, String period, Object value) throws Exception {
        try (ReadableWorkbook in = new ReadableWorkbook(template.toFile()); var os = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(os, "Jiný program", "1.0");
            Worksheet ws = wb.newWorksheet("Hodnoty");
            for (Row r : in.findSheet("Hodnoty").orElseThrow().read()) {
                for (int c = 0; c < r.getCellCount(); c++) {
                    ws.value(r.getRowNum() - 1, c, r.getCellText(c));
                }
                if (code.equals(r.getCellText(0)) && period.equals(r.getCellText(2))) {
                    if (value instanceof BigDecimal d) {
                        ws.value(r.getRowNum() - 1, 3, d);
                    } else {
                        ws.value(r.getRowNum() - 1, 3, value.toString());
                    }
                }
            }
            ws.finish();
            wb.finish();
        }
        return out;
    }
}
