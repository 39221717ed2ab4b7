package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of issue 3: every indicator of the statcan-gif sample, read by the importer and evaluated with
 * open-sdg, matches the reference implementation's {@code expected_calculation_components.yml} for every series
 * and indicator (status exactly, score within 1e-6, progress value within 1e-9, every other field too); and the
 * two Open SDG platform fixtures give deterioration and on track.
 */
class OpenSdgReferenceTest {

    @Test
    void matchesTheReferenceForEverySeriesAndIndicatorOfStatcanGif() throws IOException {
        Path dir = ReferenceData.openSdgReference().resolve("statcan-gif");
        compare(dir, OpenSdgProgress.calculate(dir));
    }

    /** sdg-build translates first: with the package's en files and the repository's own, the results are the same. */
    @Test
    void matchesTheReferenceWithTranslationOn() throws IOException {
        Path ref = ReferenceData.openSdgReference();
        Path dir = ref.resolve("statcan-gif");
        Translations tr = Translations.load("en", List.of(ref.resolve("sdg-translations-2.4.0"), dir.resolve("translations")));
        assertThat(tr.isEmpty()).isFalse();
        assertThat(tr.data("Current status score")).isEqualTo("Current score");
        assertThat(tr.data("data.Age at time of death")).isEqualTo("Age at time of death");
        compare(dir, OpenSdgProgress.calculate(dir, tr));
    }

    private static void compare(Path dir, OpenSdgProgress progress) throws IOException {
        JsonNode expected = new YAMLMapper().readTree(dir.resolve("expected_calculation_components.yml").toFile());

        assertThat(progress.problems()).isEmpty();
        Map<String, Object> actual = progress.toReferenceMap();
        assertThat(new TreeSet<>(actual.keySet())).isEqualTo(names(expected));
        int seriesCompared = 0;
        for (IndicatorProgress ip : progress.indicators()) {
            JsonNode exp = expected.get(ip.id());
            List<String> expectedSeries = new ArrayList<>(names(exp));
            expectedSeries.removeAll(List.of("progress_status", "score"));
            List<String> keys = ip.series().stream().map(SeriesProgress::key).toList();
            assertThat(keys).hasSameSizeAs(expectedSeries);
            for (String e : expectedSeries) {
                String key = ReferenceKeys.match(e, keys);
                assertThat(key).as("the series of reference key " + e + " among " + keys).isNotNull();
                compareSeries(ip.series().get(keys.indexOf(key)), exp.get(e));
                seriesCompared++;
            }
            assertThat(ip.progressStatus()).as(ip.id() + " progress_status").isEqualTo(exp.get("progress_status").asText());
            assertNumber(ip.id() + " score", ip.score(), exp.get("score"), 1e-6);
        }
        // 1-3-1: 7 series, 16-3-1 and 4-a-1: 3 each, the six others: 1 each.
        assertThat(seriesCompared).isEqualTo(19);
    }

    private static void compareSeries(SeriesProgress s, JsonNode e) {
        String k = s.key() + " ";
        assertThat(s.status()).as(k + "status").isEqualTo(e.get("status").asText());
        assertNumber(k + "score", s.score(), e.get("score"), 1e-6);
        assertNumber(k + "progress_value", s.progressValue(), e.get("progress_value"), 1e-9);
        assertNumber(k + "base_value", s.baseValue(), e.get("base_value"), 1e-12);
        assertNumber(k + "base_year", s.baseYear() == null ? null : s.baseYear().doubleValue(), e.get("base_year"), 0);
        assertNumber(k + "current_value", s.currentValue(), e.get("current_value"), 1e-12);
        assertNumber(k + "current_year", s.currentYear() == null ? null : s.currentYear().doubleValue(), e.get("current_year"), 0);
        assertNumber(k + "target", s.target(), e.get("target"), 1e-12);
        assertNumber(k + "target_year", s.targetYear() == null ? null : s.targetYear().doubleValue(), e.get("target_year"), 0);
        assertNumber(k + "limit", s.limit(), e.get("limit"), 0);
        assertThat(s.direction()).as(k + "direction").isEqualTo(e.get("direction").asInt());
        assertThat(s.sign()).as(k + "sign").isEqualTo(e.get("sign").asInt());
    }

    private static void assertNumber(String what, Double actual, JsonNode expected, double tolerance) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected.asDouble(), within(tolerance));
        }
    }

    private static TreeSet<String> names(JsonNode n) {
        TreeSet<String> out = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void openSdgPlatformFixturesGiveDeteriorationAndOnTrack() {
        OpenSdgProgress progress = OpenSdgProgress.calculate(ReferenceData.openSdgReference().resolve("open-sdg-tests"));
        assertThat(progress.problems()).isEmpty();
        IndicatorProgress i153 = progress.indicators().get(0);
        IndicatorProgress i154 = progress.indicators().get(1);
        assertThat(i153.id()).isEqualTo("1-5-3");
        assertThat(i154.id()).isEqualTo("1-5-4");
        // README: 1-5-3 → deterioration (P = -14.0544, score -5); 1-5-4 → on track (P = 5.00455, score 5).
        assertThat(i153.progressStatus()).isEqualTo("deterioration");
        assertThat(i153.score()).isEqualTo(-5.0);
        assertThat(i153.series().get(0).progressValue()).isCloseTo(-14.0544, within(5e-5));
        assertThat(i154.progressStatus()).isEqualTo("substantial_progress");
        assertThat(i154.score()).isEqualTo(5.0);
        assertThat(i154.series().get(0).progressValue()).isCloseTo(5.00455, within(5e-6));
    }
}
