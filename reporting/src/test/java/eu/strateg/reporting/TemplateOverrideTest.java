package eu.strateg.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.reporting.html.HtmlReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's template directory replaces single templates and the stylesheet; the rest come from the bundle. */
class TemplateOverrideTest {

    @Test
    void userStylesheetAndTemplateReplaceTheBundledOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.css"), "body { background: #fafafa; } /* town style */", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.peb"), "<section id=\"summary\"><h2>Naše shrnutí</h2><p class=\"score\">{{ report.summary.scoreText }}</p></section>",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer(dir).render(ExampleReports.zdar(Locale.forLanguageTag("cs")), out);
        Document doc = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(doc.select("style").html()).contains("town style").doesNotContain(".card-body");
        assertThat(doc.select("#summary h2").text()).isEqualTo("Naše shrnutí");
        // 3.2454825 → "3,25" in Czech
        assertThat(doc.select("#summary .score").text()).isEqualTo("3,25");
        assertThat(doc.select("#tree tr.node")).hasSize(7);
    }

    @Test
    void aTemplateThatIncludesItselfFailsWithAClearErrorInsteadOfCrashing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("summary.peb"), "<p>{% include \"summary.peb\" %}</p>", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new HtmlReportRenderer(dir).render(ExampleReports.zdar(Locale.ENGLISH), out)).isInstanceOf(IOException.class)
                .hasMessageContaining("include each other without end").hasMessageContaining(dir.toString());
    }

    @Test
    void aTemplateWithASyntaxErrorNamesTheTemplateAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tree.peb"), "<section>\n{% for n in report.tree %}\n<p>{{ n.code }</p>\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new HtmlReportRenderer(dir).render(ExampleReports.zdar(Locale.ENGLISH), out)).isInstanceOf(IOException.class)
                .hasMessageContaining("tree.peb:3");
    }

    @Test
    void aMissingDirectoryIsRejectedWithItsName(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new HtmlReportRenderer(missing)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
