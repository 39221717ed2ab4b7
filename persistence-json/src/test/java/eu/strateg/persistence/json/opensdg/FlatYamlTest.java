package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quick translation-file reader gives exactly what the YAML parser gives, line kinds one by one and on real files. */
class FlatYamlTest {

    private static Map<String, String> parser(String text) {
        JsonNode n = ConfigReader.parse(text, "t.yml", new Problems());
        Map<String, String> out = new HashMap<>();
        FlatYaml.flatten("", n, out);
        return out;
    }

    private static Map<String, String> quick(String text) {
        Problems p = new Problems();
        Map<String, String> m = FlatYaml.read(text, "t.yml", p);
        assertThat(p.list()).isEmpty();
        return m;
    }

    @Test
    void everyKindOfLineAsTheParserReadsIt() {
        String text = String.join("\n", "# comment", "", "Plain key: Plain text  ", "Sub-indicator_A: \"Sub-indicator A: quoted\"",
                "Yes: Yes", "1: 1.50", "Date: 2015-01-01", "Mixed: a # comment", "Colon:inside: a:b", "'Quoted key': x",
                "Hash#inside: a#b", "Dup: first", "Dup: second", "Empty:", "Unicode: Ménage – x", "Dash: a - b?", "");

        assertThat(quick(text)).isEqualTo(parser(text)).containsEntry("Plain key", "Plain text").containsEntry("Dup", "second")
                .containsEntry("Sub-indicator_A", "Sub-indicator A: quoted").containsEntry("Mixed", "a");
    }

    @Test
    void indentedFilesAreLeftToTheParser() {
        String text = "group:\n  key: value\nlong: text that\n  goes on\n";

        assertThat(quick(text)).isEqualTo(parser(text)).containsEntry("group.key", "value").containsEntry("long", "text that goes on");
    }

    @Test
    void aBrokenFileIsReportedAsTheParserReportsIt() {
        Problems p = new Problems();

        assertThat(FlatYaml.read("a: b\nc: [unclosed\n", "t.yml", p)).isNull();
        assertThat(p.list()).extracting(eu.strateg.core.validation.Problem::path).containsExactly("t.yml");
    }

    @Test
    void theReferenceTranslationFilesAsTheParserReadsThem() throws IOException {
        Path ref = ReferenceData.openSdgReference();
        int files = 0;
        for (Path folder : List.of(ref.resolve("sdg-translations-2.4.0"), ref.resolve("statcan-gif/translations"))) {
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".yml")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    assertThat(quick(text)).as(f.toString()).isEqualTo(parser(text));
                    files++;
                }
            }
        }
        assertThat(files).isGreaterThan(50);
    }
}
