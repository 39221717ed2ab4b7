package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.DemoStrategy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13.13: dates out of the model's range are usage errors; {@code show} prints a tree of 80,000 elements in linear time. */
class CliInputLimitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0001-01-01", "1899-12-31", "+10000-01-01"})
    void anAsOfOutsideTheDatesStrategKeepsIsAUsageError(String date) throws Exception {
        String strategy = CliFixture.strategyFile(dir).toString();
        String observations = CliFixture.observationsFile(dir, CliFixture.observations()).toString();

        for (String[] args : List.of(
                new String[] {"evaluate", "--strategy", strategy, "--observations", observations, "--as-of", date},
                new String[] {"report", "--strategy", strategy, "--observations", observations, "--as-of", date, "--format", "csv",
                    "--out", dir.resolve("r.csv").toString()},
                new String[] {"adopt", "--store", "json:" + dir.resolve("store"), "zdar-demo", "--date", date, "--resolution", "R/1"})) {
            CliFixture.Run r = CliFixture.run(args);

            assertThat(r.exit()).as(args[0] + " " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("'" + date + "' is outside the dates Strateg works with: use a date from 1900-01-01 to 9999-12-31")
                    .doesNotContain("Exception", "\tat ");
        }
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void theEdgesOfTheDateRangeAreAccepted() throws Exception {
        String strategy = CliFixture.strategyFile(dir).toString();
        String observations = CliFixture.observationsFile(dir, CliFixture.observations()).toString();

        for (String date : new String[] {"1900-01-01", "9999-12-31"}) {
            CliFixture.Run r = CliFixture.run("evaluate", "--strategy", strategy, "--observations", observations, "--as-of", date);

            assertThat(r.exit()).as(date + ": " + r.err()).isZero();
            assertThat(r.out()).contains("as of " + date);
        }
    }

    @Test
    void showPrintsATreeOf80000ElementsInDocumentOrder() {
        // 200 priority areas × 20 goals × 19 measures = 80,200 elements, listed measures first (parents after children)
        List<Element> elements = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int a = 1; a <= 200; a++) {
            expected.add("  " + a + " Area " + a);
            for (int g = 1; g <= 20; g++) {
                String goal = a + "." + g;
                expected.add("    " + goal + " Goal " + goal);
                for (int m = 1; m <= 19; m++) {
                    String measure = goal + "." + m;
                    expected.add("      " + measure + " Measure " + measure);
                    elements.add(Element.of(measure, goal, ElementKind.MEASURE, "Measure " + measure));
                }
                elements.add(Element.of(goal, String.valueOf(a), ElementKind.GOAL, "Goal " + goal));
            }
            elements.add(Element.of(String.valueOf(a), null, ElementKind.PRIORITY_AREA, "Area " + a));
        }
        Strategy s = DemoStrategy.build().withContent(elements, List.of(), List.of());
        StringWriter text = new StringWriter();

        ShowCommand.print(new PrintWriter(text), s, null, "  ");

        assertThat(text.toString().lines().toList()).hasSize(80_200).isEqualTo(expected);
    }
}
