package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Open SDG importer's selection rules and defaults (spec/evaluation.md §1), on small repositories written to disk. */
class OpenSdgImportTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private IndicatorProgress only() {
        OpenSdgProgress p = OpenSdgProgress.calculate(dir);
        assertThat(p.problems()).isEmpty();
        return p.indicators().get(0);
    }

    @Test
    void appliesTheReferenceDefaults() throws IOException {
        write("indicator-config/9-9-9.yml", "auto_progress_calculation: true\n");
        write("data/indicator_9-9-9.csv", "Year,Value\n2015,100\n2016,99\n");

        OpenSdgRepository repo = OpenSdgRepository.read(dir);
        ProgressOption o = repo.indicators().get(0).options().get(0);
        SeriesProgress s = only().series().get(0);

        // direction negative, base 2015, target year 2030, no target: P = (−1)·(99/100 − 1) = 0.01 → moderate, 1.25
        assertThat(o.direction()).isEqualTo(Direction.DECREASE);
        assertThat(o.baseYear()).isEqualTo(2015);
        assertThat(o.targetYear()).isEqualTo(2030);
        assertThat(s.key()).isEqualTo("9-9-9");
        assertThat(s.direction()).isEqualTo(-1);
        assertThat(s.progressValue()).isCloseTo(0.01, within(1e-12));
        assertThat(s.status()).isEqualTo("moderate_progress");
        assertThat(s.score()).isCloseTo(1.25, within(1e-9));
    }

    @Test
    void readsLongYearsProgressColumnAndTheHeadline() throws IOException {
        // headline rows have every disaggregation column (Sex) empty; "2015-16" is 2015; Progress replaces Value;
        // GeoCode and COMMENT_OBS columns are not disaggregations.
        write("indicator-config/1-1-1.yml", "auto_progress_calculation: true\nprogress_calculation_options:\n- direction: positive\n");
        write("data/indicator_1-1-1.csv", """
                Year,Sex,GeoCode,COMMENT_OBS_1,Progress,Value
                2015-16,,CA,note,100,7
                2016-17,,CA,,110,8
                2016-17,F,CA,,500,9
                """);

        SeriesProgress s = only().series().get(0);

        assertThat(s.baseYear()).isEqualTo(2015);
        assertThat(s.currentYear()).isEqualTo(2016);
        assertThat(s.baseValue()).isEqualTo(100.0);
        assertThat(s.currentValue()).isEqualTo(110.0);
    }

    @Test
    void filtersByUnitSeriesAndDisaggregationAndIgnoresANameThatMatchesNothing() throws IOException {
        write("indicator-config/2-2-2.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - unit: Percent
                  series: No such series
                  direction: positive
                  disaggregation:
                  - field: Sex
                    value: F
                """);
        write("data/indicator_2-2-2.csv", """
                Year,Units,Sex,Value
                2015,Percent,F,10
                2016,Percent,F,11
                2015,Percent,M,20
                2016,Percent,M,30
                2015,Total,F,1
                2016,Total,F,5
                """);

        SeriesProgress s = only().series().get(0);

        // Units = Percent and Sex = F; the Series column does not exist, so "No such series" filters nothing.
        assertThat(s.key()).isEqualTo("2-2-2 / No such series / Percent / F");
        assertThat(s.baseValue()).isEqualTo(10.0);
        assertThat(s.currentValue()).isEqualTo(11.0);
    }

    @Test
    void severalUnitsLeftMeanManySubSeries() throws IOException {
        write("indicator-config/3-3-3.yml", "auto_progress_calculation: true\n");
        write("data/indicator_3-3-3.csv", "Year,Units,Value\n2015,Percent,10\n2016,Percent,11\n2015,Total,1\n2016,Total,2\n");

        IndicatorProgress i = only();

        assertThat(i.series().get(0).reason()).isEqualTo(NotAssessableReason.MANY_SERIES);
        assertThat(i.series().get(0).problem()).contains("many sub-series").contains("Units");
        assertThat(i.progressStatus()).isEqualTo("not_available");
        assertThat(i.score()).isNull();
    }

    @Test
    void twoValuesForOneYearAreAnError() throws IOException {
        write("indicator-config/3-3-4.yml", "auto_progress_calculation: true\n");
        write("data/indicator_3-3-4.csv", "Year,Value\n2015,10\n2015-16,11\n2016,12\n");

        SeriesProgress s = only().series().get(0);

        assertThat(s.reason()).isEqualTo(NotAssessableReason.MANY_SERIES);
        assertThat(s.problem()).contains("two values");
    }

    @Test
    void groupsAreAveragedFirstSoEachCountsOnce() throws IOException {
        write("indicator-config/4-4-4.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - group:
                  - {series: A, direction: positive}
                  - {series: B, direction: positive}
                - {series: C, direction: positive}
                """);
        // no target, C = 1: A: P = 0.1 → 5; B: P = −0.1 → max(−12.5 − 2.5, −5) = −5; C: P = 0.01 → 1.25.
        // group (5 − 5)/2 = 0; indicator (0 + 1.25)/2 = 0.625 → moderate_progress (a flat mean would give 0.4167).
        write("data/indicator_4-4-4.csv", "Year,Series,Value\n2015,A,100\n2016,A,110\n2015,B,100\n2016,B,90\n2015,C,100\n2016,C,101\n");

        IndicatorProgress i = only();

        assertThat(i.series()).extracting(SeriesProgress::key).containsExactly("4-4-4 / A", "4-4-4 / B", "4-4-4 / C");
        assertThat(i.score()).isCloseTo(0.625, within(1e-9));
        assertThat(i.progressStatus()).isEqualTo("moderate_progress");
    }

    @Test
    void metaMarkdownFrontMatterAndAMissingDataFile() throws IOException {
        write("meta/5-5-5.md", "---\nauto_progress_calculation: true\nindicator_name: Five\nprogress_calculation_options:\n"
                + "- target: 0\n---\n# Text\n");

        OpenSdgProgress p = OpenSdgProgress.calculate(dir);
        IndicatorProgress i = p.indicators().get(0);

        assertThat(OpenSdgRepository.read(dir).indicators().get(0).name()).isEqualTo("Five");
        assertThat(i.series().get(0).reason()).isEqualTo(NotAssessableReason.NO_DATA);
        assertThat(i.series().get(0).target()).isEqualTo(0.001);
        assertThat(i.progressStatus()).isEqualTo("not_available");
    }

    @Test
    void indicatorsWithoutAutomaticProgressAreLeftOut() throws IOException {
        write("indicator-config/6-6-6.yml", "auto_progress_calculation: false\n");
        write("indicator-config/6-6-7.yml", "reporting_status: complete\n");

        assertThat(OpenSdgProgress.calculate(dir).indicators()).isEmpty();
        assertThat(OpenSdgRepository.read(dir).indicators()).hasSize(2);
    }

    @Test
    void badFilesAreReportedWithTheirPathAndTheRunGoesOn() throws IOException {
        write("indicator-config/7-7-7.yml", "\uFEFFauto_progress_calculation: true\nprogress_calculation_options:\n- direction: upwards\n");
        write("indicator-config/7-7-8.yml", "auto_progress_calculation: true\n");
        write("data/indicator_7-7-8.csv", "Year,Value\n2015,abc\nnope,1\n");
        write("indicator-config/7-7-9.yml", "auto_progress_calculation: true\n");
        write("data/indicator_7-7-9.csv", "Year,Value\n2015,100\n2016,99\n");
        write("indicator-config/8-8-8.yml", "key: [unclosed\n");

        OpenSdgProgress p = OpenSdgProgress.calculate(dir);

        // 7-7-7 (bad config) and 8-8-8 (not YAML) are left out; 7-7-8's odd rows are warnings, and its headline
        // series selects the row with "abc", so that series is not assessable, naming the row.
        assertThat(p.indicators()).extracting(IndicatorProgress::id).containsExactly("7-7-8", "7-7-9");
        assertThat(p.indicators().get(0).series().get(0).problem()).isEqualTo("data/indicator_7-7-8.csv: row 2.Value 'abc' is not a number");
        assertThat(p.indicators().get(1).progressStatus()).isEqualTo("moderate_progress");
        assertThat(p.problems()).extracting(Problem::path).containsExactlyInAnyOrder(
                "indicator-config/7-7-7.yml.progress_calculation_options[0].direction",
                "data/indicator_7-7-8.csv: row 2.Value",
                "data/indicator_7-7-8.csv: row 3.Year",
                "indicator-config/8-8-8.yml");
    }

    @Test
    void theReferenceMapHasTheReferenceKeys() throws IOException {
        write("indicator-config/9-9-9.yml", "auto_progress_calculation: true\n");
        write("data/indicator_9-9-9.csv", "Year,Value\n2015,100\n2016,99\n");

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> indicator = (java.util.Map<String, Object>) OpenSdgProgress.calculate(dir).toReferenceMap().get("9-9-9");

        assertThat(indicator).containsKeys("9-9-9", "progress_status", "score");
        assertThat((java.util.Map<String, Object>) indicator.get("9-9-9")).containsOnlyKeys("base_value", "base_year", "current_value",
                "current_year", "direction", "limit", "progress_value", "score", "sign", "status", "target", "target_year");
    }
}
