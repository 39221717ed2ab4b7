package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indicator_calculation_components.yml} as sdg-build writes it (PyYAML {@code yaml.dump}): the statcan-gif
 * reference file byte for byte, and PyYAML's rules for floats, strings and long keys. The expected texts of the
 * rule tests are PyYAML 6.0's output for the same values (Python's {@code repr} for floats).
 */
class ProgressYamlWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReferenceFileByteForByte() throws IOException {
        Path repo = ReferenceData.openSdgReference().resolve("statcan-gif");
        StringWriter sw = new StringWriter();
        ProgressYamlWriter w = new ProgressYamlWriter(sw);

        OpenSdgProgress.stream(OpenSdgReader.open(repo, Translations.NONE), i -> write(w, i), p -> { });
        finish(w);

        assertThat(sw.toString()).isEqualTo(Files.readString(repo.resolve("expected_calculation_components.yml"), StandardCharsets.UTF_8));
    }

    private static void write(ProgressYamlWriter w, IndicatorProgress i) {
        try {
            w.write(i);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void finish(ProgressYamlWriter w) {
        try {
            w.finish();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void floatsAsPythonReprsThem() {
        // repr(): 2015.0, 1e-05, 0.0001, 1e+16, 1234567890123456.0, 0.1 + 0.2, -5.0, 2.5e-07; PyYAML adds ".0" to a bare mantissa
        assertThat(List.of(2015.0, 1e-5, 1e-4, 1e16, 1234567890123456.0, 0.1 + 0.2, -5.0, 2.5e-7, Double.POSITIVE_INFINITY, Double.NaN))
                .extracting(PyYamlScalars::pyFloat).containsExactly("2015.0", "1.0e-05", "0.0001", "1.0e+16", "1234567890123456.0",
                        "0.30000000000000004", "-5.0", "2.5e-07", ".inf", ".nan");
    }

    @Test
    void stringsPlainWhenPyYamlLeavesThemPlainElseQuoted() {
        assertThat(PyYamlScalars.string("1-3-1 / Proportion (%)", true)).isEqualTo("1-3-1 / Proportion (%)");
        assertThat(PyYamlScalars.string("yes", false)).isEqualTo("'yes'");
        assertThat(PyYamlScalars.string("2015-01-01", false)).isEqualTo("'2015-01-01'");
        assertThat(PyYamlScalars.string("a: b", true)).isEqualTo("'a: b'");
        assertThat(PyYamlScalars.string("it's #1", true)).isEqualTo("'it''s #1'");
        assertThat(List.of("- a", "-a", "?x", "a [b]", "a,b", "x#y")).extracting(s -> PyYamlScalars.string(s, true))
                .containsExactly("'- a'", "-a", "?x", "a [b]", "a,b", "x#y");
        assertThat(PyYamlScalars.string("M\u00e9nage \u2013 x", true)).isEqualTo("\"M\\xE9nage \\u2013 x\"");
    }

    @Test
    void aKeyOf128CharactersOrMoreTakesTheExplicitFormFoldedAtColumn80() throws IOException {
        String longSeries = "word ".repeat(40) + "end";
        Files.createDirectories(dir.resolve("indicator-config"));
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("indicator-config/1-1-1.yml"), "auto_progress_calculation: true\nprogress_calculation_options:\n"
                + "- series: " + longSeries + "\n");
        Files.writeString(dir.resolve("data/indicator_1-1-1.csv"), "Year,Series,Value\n2015," + longSeries + ",1\n");
        StringWriter sw = new StringWriter();
        ProgressYamlWriter w = new ProgressYamlWriter(sw);

        w.write(OpenSdgProgress.calculate(dir).indicators().get(0));
        w.finish();

        // yaml.dump({'1-1-1': {'1-1-1 / ' + 'word ' * 40 + 'end': {...}, ...}}): "? " key folded, ": " with the first field
        assertThat(sw.toString()).startsWith("""
                1-1-1:
                  ? 1-1-1 / word word word word word word word word word word word word word word
                    word word word word word word word word word word word word word word word word
                    word word word word word word word word word word end
                  : base_value: 1.0
                    base_year: 2015.0
                """).endsWith("""
                    target_year: 2030.0
                  progress_status: not_available
                  score: null
                """);
    }

    @Test
    void anEmptyResultIsAnEmptyMapping() throws IOException {
        StringWriter sw = new StringWriter();
        new ProgressYamlWriter(sw).finish();
        assertThat(sw.toString()).isEqualTo("{}\n");
    }
}
