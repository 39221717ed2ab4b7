package eu.strateg.persistence.json.opensdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.validation.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One hand-made repository per rule of spec/evaluation.md §1 (sdg-build 2.4.0). Every expected number is derived in
 * the comment above it from the spec's formulas: no target, limit factor C = 1, so P = sign·d·CAGR and the score is
 * min(500·P − 5, 5) when P ≥ 0.015, 250·P − 1.25 when P ≥ 0.005, 500·P − 2.5 when P ≥ 0, else max(125·P − 2.5, −5).
 */
class OpenSdgSelectionRulesTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private OpenSdgProgress run() {
        return OpenSdgProgress.calculate(dir);
    }

    private static SeriesProgress series(IndicatorProgress i, String key) {
        return i.series().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key + " in " + i.series()));
    }

    @Test
    void aFilterValueThatMatchesNoRowLeavesNoRows() throws IOException {
        write("indicator-config/1-1-1.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - {series: B, direction: positive}
                - {series: A, direction: positive, disaggregation: [{field: Sex, value: X}]}
                - {series: A, direction: positive}
                - {series: A, direction: positive, disaggregation: [{field: No such column, value: Y}]}
                """);
        write("data/indicator_1-1-1.csv", "Year,Series,Sex,Value\n2015,A,,100\n2016,A,,101\n");

        IndicatorProgress i = run().indicators().get(0);

        // Series B and Sex = X match no row: no rows, not assessable for lack of data (the older code ignored them).
        assertThat(series(i, "1-1-1 / B").reason()).isEqualTo(NotAssessableReason.NO_DATA);
        assertThat(series(i, "1-1-1 / B").status()).isEqualTo("not_available");
        assertThat(series(i, "1-1-1 / A / X").reason()).isEqualTo(NotAssessableReason.NO_DATA);
        // Series A: 100 → 101, P = 0.01 → moderate, 250·0.01 − 1.25 = 1.25; a filter on a missing column filters nothing.
        assertThat(series(i, "1-1-1 / A").score()).isCloseTo(1.25, within(1e-9));
        assertThat(series(i, "1-1-1 / A / Y").score()).isCloseTo(1.25, within(1e-9));
        // indicator: the mean of the two scored items, 1.25 → moderate
        assertThat(i.score()).isCloseTo(1.25, within(1e-9));
        assertThat(i.progressStatus()).isEqualTo("moderate_progress");
    }

    @Test
    void theHeadlineRuleAppliesAfterFilteringToTheColumnsNoFilterNames() throws IOException {
        write("indicator-config/2-2-2.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - {direction: positive, disaggregation: [{field: Sex, value: F}]}
                - {direction: positive}
                - {direction: positive, disaggregation: [{field: Sex, value: F}, {field: Age, value: 15-24}]}
                """);
        write("data/indicator_2-2-2.csv", """
                Year,Units,Sex,Age,GeoCode,Value
                2015,Percent,F,,CA,100
                2016,Percent,F,,CA,101
                2015,Percent,F,15-24,CA,50
                2016,Percent,F,15-24,CA,40
                2015,Percent,,,CA,10
                2016,Percent,,,CA,20
                """);

        IndicatorProgress i = run().indicators().get(0);

        // Sex = F, and Age (not named) empty: 100 → 101 (the older rule kept both ages: two values a year).
        // P = 0.01 → moderate, 1.25. Units and GeoCode are not disaggregations, so their cells do not matter.
        SeriesProgress f = series(i, "2-2-2 / F");
        assertThat(f.baseValue()).isEqualTo(100.0);
        assertThat(f.currentValue()).isEqualTo(101.0);
        assertThat(f.score()).isCloseTo(1.25, within(1e-9));
        // no filter: the headline 10 → 20, P = 1 → on track, min(500 − 5, 5) = 5
        assertThat(series(i, "2-2-2").score()).isEqualTo(5.0);
        // Sex = F and Age = 15-24: 50 → 40, P = −0.2 → deterioration, max(−25 − 2.5, −5) = −5
        assertThat(series(i, "2-2-2 / F / 15-24").score()).isEqualTo(-5.0);
        assertThat(series(i, "2-2-2 / F / 15-24").status()).isEqualTo("deterioration");
    }

    @Test
    void anEmptyOrNullFilterValueKeepsTheEmptyCellsAndIsKeyedNone() throws IOException {
        write("indicator-config/3-1-1.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - direction: negative
                  disaggregation:
                  - {field: Sex, value: ''}
                - direction: negative
                  disaggregation:
                  - field: Sex
                    value:
                  - {field: Age, value: A}
                """);
        write("data/indicator_3-1-1.csv", "Year,Sex,Age,Value\n2015,,,100\n2016,,,99\n2015,,A,30\n2016,,A,60\n2015,F,,7\n2016,F,,8\n");

        IndicatorProgress i = run().indicators().get(0);

        // Sex empty and (headline rule) Age empty: 100 → 99, negative: P = −1·(0.99 − 1) = 0.01 → 1.25
        SeriesProgress none = series(i, "3-1-1 / None");
        assertThat(none.baseValue()).isEqualTo(100.0);
        assertThat(none.score()).isCloseTo(1.25, within(1e-9));
        // Sex empty, Age = A: 30 → 60, P = −1·(2 − 1) = −1 → max(−125 − 2.5, −5) = −5
        assertThat(series(i, "3-1-1 / None / A").score()).isEqualTo(-5.0);
    }

    @Test
    void infiniteAndMissingValuesMatterOnlyInTheSelectedSeries() throws IOException {
        write("indicator-config/4-1-1.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - {direction: positive}
                - {direction: positive, disaggregation: [{field: Sex, value: M}]}
                - {direction: positive, disaggregation: [{field: Sex, value: F}]}
                """);
        write("data/indicator_4-1-1.csv", "Year,Sex,Value\n2015,,100\n2016,,110\n2017,,NaN\n2015,M,inf\n2016,M,5\n2015,F,-Infinity\n2016,F,2\n");

        OpenSdgProgress p = run();
        IndicatorProgress i = p.indicators().get(0);

        // headline: NaN in 2017 is missing, so 100 → 110 (2016): P = 0.1 → 5; the infinite rows of M and F do not touch it
        SeriesProgress headline = series(i, "4-1-1");
        assertThat(headline.currentYear()).isEqualTo(2016);
        assertThat(headline.score()).isEqualTo(5.0);
        // M and F select an infinite value (rows 5 and 7): not assessable, naming file, row and column
        assertThat(series(i, "4-1-1 / M").problem()).isEqualTo("data/indicator_4-1-1.csv: row 5.Value 'inf' is infinite");
        assertThat(series(i, "4-1-1 / M").score()).isNull();
        assertThat(series(i, "4-1-1 / F").problem()).isEqualTo("data/indicator_4-1-1.csv: row 7.Value '-Infinity' is infinite");
        assertThat(i.score()).isEqualTo(5.0);
        assertThat(p.problems()).extracting(Problem::path)
                .containsExactly("data/indicator_4-1-1.csv: row 5.Value", "data/indicator_4-1-1.csv: row 7.Value");
    }

    @Test
    void cellsAreReadAsPandasReadsThem() throws IOException {
        write("indicator-config/4-2-1.yml", "auto_progress_calculation: true\nprogress_calculation_options:\n- {direction: positive}\n");
        // NA and N/A are pandas' missing values: those rows are the headline; "2015-16" is 2015
        write("data/indicator_4-2-1.csv", "Year,Sex,Value\n2015-16,NA,100\n2016-17,N/A,110\n2016,F,3\n");

        SeriesProgress s = run().indicators().get(0).series().get(0);

        assertThat(s.baseYear()).isEqualTo(2015);
        assertThat(s.baseValue()).isEqualTo(100.0);
        assertThat(s.currentValue()).isEqualTo(110.0);
    }

    @Test
    void rowsWithTooManyOrTooFewCellsAreReportedAndLeftOutNeverCutOrPadded() throws IOException {
        write("indicator-config/4-3-1.yml", "auto_progress_calculation: true\nprogress_calculation_options:\n- {direction: positive}\n");
        write("data/indicator_4-3-1.csv", "Year,Sex,Value\n2015,,100\n2016,,110,extra\n2017,\n2018,,120\n");

        OpenSdgProgress p = run();
        SeriesProgress s = p.indicators().get(0).series().get(0);

        assertThat(p.problems()).extracting(Problem::toString).containsExactly(
                "data/indicator_4-3-1.csv: row 3: has 4 cells but the header has 3: the row is left out",
                "data/indicator_4-3-1.csv: row 4: has 2 cells but the header has 3: the row is left out");
        // 2015: 100 → 2018: 120, P = 1.2^(1/3) − 1
        assertThat(s.currentYear()).isEqualTo(2018);
        assertThat(s.progressValue()).isCloseTo(Math.cbrt(1.2) - 1, within(1e-12));
    }

    @Test
    void headersAndCellsAreTranslatedBeforeSelectionThePackageFirstTheRepositoryWinning() throws IOException {
        write("pkg/en/data.yml", "Geschlecht: Sex\nFrau: Woman\nweiblich: Female\n");
        write("translations/en/data.yml", "Frau: Female\n");
        write("translations/en/global_indicators.yml", "5-1-1-title: Translated title\n");
        write("indicator-config/5-1-1.yml", """
                auto_progress_calculation: true
                indicator_name: global_indicators.5-1-1-title
                progress_calculation_options:
                - {direction: positive, disaggregation: [{field: Sex, value: Female}]}
                """);
        write("data/indicator_5-1-1.csv", "Year,Geschlecht,Value\n2015,,100\n2016,,104\n2015,weiblich,100\n2016,weiblich,101\n2017,data.Frau,102\n");
        Translations tr = Translations.load("en", List.of(dir.resolve("pkg"), dir.resolve("translations")));

        SeriesProgress translated = OpenSdgProgress.calculate(dir, tr).indicators().get(0).series().get(0);
        SeriesProgress untranslated = run().indicators().get(0).series().get(0);

        // translated: Geschlecht → Sex, weiblich → Female, data.Frau → the repository's Female (the package says Woman):
        // 100 (2015) → 102 (2017), P = 1.02^(1/2) − 1 = 0.00995 → moderate, 250·P − 1.25
        double p = Math.sqrt(1.02) - 1;
        assertThat(translated.currentYear()).isEqualTo(2017);
        assertThat(translated.progressValue()).isCloseTo(p, within(1e-12));
        assertThat(translated.score()).isCloseTo(250 * p - 1.25, within(1e-9));
        // untranslated there is no Sex column (the filter filters nothing) and the headline rule keeps Geschlecht
        // empty: 100 → 104, P = 0.04 → min(20 − 5, 5) = 5
        assertThat(untranslated.currentValue()).isEqualTo(104.0);
        assertThat(untranslated.score()).isEqualTo(5.0);
        assertThat(OpenSdgRepository.read(dir, tr).indicators().get(0).name()).isEqualTo("Translated title");
    }

    @Test
    void nestedGroupsAreAveragedInsideOutEachCountingOnce() throws IOException {
        write("indicator-config/6-1-1.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - group:
                  - group:
                    - {series: A, direction: positive}
                    - {series: B, direction: positive}
                  - {series: C, direction: positive}
                - {series: D, direction: positive}
                """);
        write("data/indicator_6-1-1.csv", "Year,Series,Value\n2015,A,100\n2016,A,110\n2015,B,100\n2016,B,90\n"
                + "2015,C,100\n2016,C,101\n2015,D,100\n2016,D,99\n");

        IndicatorProgress i = run().indicators().get(0);

        // A: P = 0.1 → 5; B: P = −0.1 → −5; inner group 0; C: P = 0.01 → 1.25; outer group (0 + 1.25)/2 = 0.625;
        // D: P = −0.01 → max(−1.25 − 2.5, −5) = −3.75; indicator (0.625 − 3.75)/2 = −1.5625 → limited progress
        // (a flat mean would be −0.625).
        assertThat(i.series()).extracting(SeriesProgress::key).containsExactly("6-1-1 / A", "6-1-1 / B", "6-1-1 / C", "6-1-1 / D");
        assertThat(i.score()).isCloseTo(-1.5625, within(1e-9));
        assertThat(i.progressStatus()).isEqualTo("limited_progress");
    }

    @Test
    void aGroupAchievesItsTargetWhenAllItsScoredItemsDoAndAnAchievedTargetHasNoProgressValue() throws IOException {
        write("indicator-config/7-1-1.yml", """
                auto_progress_calculation: true
                progress_calculation_options:
                - group:
                  - {series: A, direction: positive, target: 105}
                  - {series: T, direction: positive, target: 50}
                  - {series: E, direction: positive, target: 50}
                """);
        write("data/indicator_7-1-1.csv", "Year,Series,Value\n2015,A,100\n2016,A,110\n2015,T,50\n2016,T,50\n");

        IndicatorProgress i = run().indicators().get(0);

        // A: 110 ≥ 105; T: base = target = 50, 50 ≥ 50 (the required rate would be 0/0): both achieved, score 5,
        // no progress value; E has no rows, so no score, and the group is achieved.
        assertThat(series(i, "7-1-1 / A").status()).isEqualTo("target_achieved");
        assertThat(series(i, "7-1-1 / A").progressValue()).isNull();
        assertThat(series(i, "7-1-1 / T").status()).isEqualTo("target_achieved");
        assertThat(series(i, "7-1-1 / T").progressValue()).isNull();
        assertThat(series(i, "7-1-1 / E").score()).isNull();
        assertThat(i.progressStatus()).isEqualTo("target_achieved");
        assertThat(i.score()).isEqualTo(5.0);
    }
}
