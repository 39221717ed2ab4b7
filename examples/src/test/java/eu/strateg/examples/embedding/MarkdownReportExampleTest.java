package eu.strateg.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.project.Project;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.examples.data.ExampleData.Example;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkdownReportExampleTest {

    private static List<String> run(Example example, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MarkdownReportExample.run(example, Locale.forLanguageTag(language), out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void rendersTheKyjovExampleInCzechWithARowPerIndicatorAndProject() {
        Example kyjov = ExampleData.kyjovExample();
        List<String> lines = run(kyjov, "cs");
        assertThat(lines.get(0)).isEqualTo("# Strategie rozvoje města Kyjova 2021–2030 (ilustrativní příklad)");
        assertThat(lines).contains("Kyjov (CZ_ZUJ:586307) · stav k 2025-06-30 · revize 2");
        for (Indicator i : kyjov.strategy().indicators()) {
            assertThat(lines).filteredOn(l -> l.startsWith("| " + i.code().replace("_", "\\_") + " |")).as(i.code()).hasSize(1);
        }
        for (Project p : kyjov.strategy().projects()) {
            assertThat(lines).filteredOn(l -> l.startsWith("| " + p.code() + " |")).as(p.code()).hasSize(1);
        }
    }

    @Test
    void rendersTheNiepolomiceExampleInPolish() {
        List<String> lines = run(ExampleData.niepolomiceExample(), "pl");
        assertThat(lines.get(0)).isEqualTo("# Strategia Rozwoju Gminy Niepołomice na lata 2021–2030 (przykład ilustracyjny)");
        assertThat(lines).contains("## Wskaźniki", "## Projekty", "## Budżet");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("- **1** Stabilna gospodarka oparta o Niepołomicką Strefę"));
    }
}
