package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code opensdg-progress} against the reference output of sdg-build 2.4.0 (../shared/data, read through
 * STRATEG_REFERENCE_DATA; skipped when unset): same keys, statuses exactly, scores within 1e-6.
 */
class OpenSdgProgressCommandTest {

    @TempDir
    Path dir;

    private static Path reference() {
        String root = System.getenv("STRATEG_REFERENCE_DATA");
        assumeTrue(root != null && !root.isBlank(),
                "STRATEG_REFERENCE_DATA is not set: skipping the comparison with the Open SDG reference output");
        return Path.of(root, "open-sdg-reference", "statcan-gif");
    }

    @Test
    void reproducesTheReferenceCalculationComponents() throws Exception {
        Path repo = reference();
        Path out = dir.resolve("progress.json");

        CliFixture.Run r = CliFixture.run("opensdg-progress", repo.toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode actual = new ObjectMapper().readTree(out.toFile());
        JsonNode expected = new YAMLMapper().readTree(repo.resolve("expected_calculation_components.yml").toFile());
        assertThat(fieldNames(actual)).containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        int series = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> indicator = it.next();
            JsonNode a = actual.get(indicator.getKey());
            assertSame(indicator.getKey(), a.get("progress_status"), indicator.getValue().get("progress_status"));
            assertNumber(indicator.getKey() + " score", a.get("score"), indicator.getValue().get("score"));
            for (Iterator<Map.Entry<String, JsonNode>> s = indicator.getValue().fields(); s.hasNext();) {
                Map.Entry<String, JsonNode> e = s.next();
                if (!e.getValue().isObject()) {
                    continue;
                }
                JsonNode as = a.get(e.getKey());
                assertThat(as).as("series " + e.getKey()).isNotNull();
                assertSame(e.getKey(), as.get("status"), e.getValue().get("status"));
                assertNumber(e.getKey() + " score", as.get("score"), e.getValue().get("score"));
                assertNumber(e.getKey() + " progress_value", as.get("progress_value"), e.getValue().get("progress_value"));
                series++;
            }
        }
        assertThat(series).isEqualTo(19);
    }

    @Test
    void printsToStandardOutputWithoutOut() {
        Path repo = reference();

        CliFixture.Run r = CliFixture.run("opensdg-progress", repo.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"1-3-1\"", "substantial_progress");
    }

    @Test
    void writesTheReferenceYamlByteForByteWithTranslationOn() throws Exception {
        Path repo = reference();
        Path out = dir.resolve("indicator_calculation_components.yml");
        Path meta = Files.createDirectories(dir.resolve("meta"));
        Path translations = repo.getParent().resolve("sdg-translations-2.4.0");

        CliFixture.Run r = CliFixture.run("opensdg-progress", repo.toString(), "--format", "yaml", "--language", "en",
                "--translations", translations.toString(), "--out", out.toString(), "--metadata-out", meta.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(repo.resolve("expected_calculation_components.yml")));
        // the reference's per-indicator progress_status, as sdg-build puts it into the metadata
        JsonNode expected = new YAMLMapper().readTree(repo.resolve("expected_calculation_components.yml").toFile());
        try (java.util.stream.Stream<Path> files = Files.list(meta)) {
            assertThat(files.count()).isEqualTo(expected.size());
        }
        for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
            String id = it.next();
            assertThat(Files.readString(meta.resolve(id + ".yml")))
                    .isEqualTo("progress_status: " + expected.get(id).get("progress_status").asText() + "\n");
        }
    }

    @Test
    void warnsWithFileRowAndColumnAndGoesOnPastABadIndicator() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("indicator-config"));
        Files.createDirectories(repo.resolve("data"));
        Files.writeString(repo.resolve("indicator-config/1-1-1.yml"), "auto_progress_calculation: true\n");
        Files.writeString(repo.resolve("data/indicator_1-1-1.csv"), "Year,Sex,Value\n2015,,100\n2016,,99\n2016,F,Inf\n");
        Files.writeString(repo.resolve("indicator-config/1-1-2.yml"), "key: [unclosed\n");
        Files.writeString(repo.resolve("indicator-config/1-1-3.yml"), "auto_progress_calculation: true\n");
        Files.writeString(repo.resolve("data/indicator_1-1-3.csv"), "Year,Value\n2015,100\n2016,101\n");

        CliFixture.Run r = CliFixture.run("opensdg-progress", repo.toString(), "--format", "yaml");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: data/indicator_1-1-1.csv: row 4.Value: 'Inf' is infinite")
                .contains("warning: indicator-config/1-1-2.yml: is not readable YAML");
        // 1-1-1: 100 → 99, negative: P = 0.01 → moderate 1.25; 1-1-3: 100 → 101, P = −0.01 → −3.75 deterioration
        JsonNode result = new YAMLMapper().readTree(r.out());
        assertThat(result.get("1-1-1").get("score").asDouble()).isEqualTo(1.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.get("1-1-3").get("progress_status").asText()).isEqualTo("deterioration");
        assertThat(result.has("1-1-2")).isFalse();
    }

    @Test
    void aBadLanguageIsInvalidInput() {
        CliFixture.Run r = CliFixture.run("opensdg-progress", dir.toString(), "--language", "../x");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--language").contains("is not a language code");
    }

    @Test
    void aMissingDirectoryIsInvalidInput() {
        CliFixture.Run r = CliFixture.run("opensdg-progress", dir.resolve("nothing").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no such directory");
    }

    private static java.util.List<String> fieldNames(JsonNode n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void assertSame(String what, JsonNode actual, JsonNode expected) {
        String e = expected == null || expected.isNull() ? "" : expected.asText();
        String a = actual == null || actual.isNull() ? "" : actual.asText();
        assertThat(a).as(what + " status").isEqualTo(e);
    }

    private static void assertNumber(String what, JsonNode actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual == null || actual.isNull()).as(what + " is null").isTrue();
            return;
        }
        assertThat(actual.asDouble()).as(what).isCloseTo(expected.asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    }
}
