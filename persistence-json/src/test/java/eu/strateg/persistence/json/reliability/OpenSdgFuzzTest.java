package eu.strateg.persistence.json.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import eu.strateg.core.validation.Problem;
import eu.strateg.persistence.json.opensdg.OpenSdgConversion;
import eu.strateg.persistence.json.opensdg.OpenSdgRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import eu.strateg.testkit.property.Gen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the Open SDG importer on a real directory: a valid indicator config (YAML, with a group of items and a
 * disaggregation filter), the same as Markdown front matter, and a data CSV, each changed by hostile values (YAML
 * tags and aliases, {@code .inf}, {@code .nan}, huge numbers, the observation fuzzer's values) and byte mutations.
 * The importer either imports, or leaves the indicator out with problems naming the file, or throws a
 * {@code ValidationException}; nothing else, and never a hang.
 */
class OpenSdgFuzzTest {

    private static final String YAML = """
            indicator_name: Proportion of the population below the poverty line
            computation_units: Percentage (%)
            auto_progress_calculation: true
            progress_calculation_options:
              - direction: negative
                base_year: 2015
                target: 0
                target_year: 2030
                limit: 0
                series: Poverty
                unit: Percent
                disaggregation:
                  - field: Sex
                    value: Female
              - group:
                  - direction: positive
                    base_year: 2016
                    target: 100
                    series: Coverage
            """;
    private static final String MARKDOWN = "---\nindicator_name: 'Coverage, \"quoted\"'\ngraph_type: line\n---\nSome text.\n";
    private static final String CSV = """
            Year,Series,Units,Sex,Value
            2015,Poverty,Percent,,12.5
            2015,Poverty,Percent,Female,13.1
            2016,Poverty,Percent,Female,12.0
            2020,Poverty,Percent,Female,9.75
            2016,Coverage,Percent,,40
            2021,Coverage,Percent,,"55.5"
            """;

    static final List<String> YAML_HOSTILE = List.of("!!java.lang.Runtime", "&a [*a, *a]", "*undefined", "? complex", "!!binary xx",
            "1e400", ".inf", "-.inf", ".nan", "0o777", "2015-01-01", "~", "|", ">", "- - -", "{a: [", "'''", "!!float x", "9e9999999990",
            "\t", "[1, 2]", "{field: x}", "99999999999999999999", "-2147483649", "!!int 1.5", "@x", "`", "%YAML 9.9");

    private static Path dir;

    /** Hostile values and byte mutations for each of the three files. */
    record Files3(List<ObservationFilesFuzzTest.Swap> yaml, List<ByteMutation> yamlBytes, List<ObservationFilesFuzzTest.Swap> csv,
            List<ByteMutation> csvBytes, List<ByteMutation> markdownBytes) {
    }

    @BeforeAll
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("strateg-opensdg-fuzz-");
        Files.createDirectories(dir.resolve("indicator-config"));
        Files.createDirectories(dir.resolve("meta"));
        Files.createDirectories(dir.resolve("data"));
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aMutatedOpenSdgRepositoryIsImportedOrReportedWithProblems() {
        FuzzFigures.fuzz("OpenSdgFuzzTest.aMutatedOpenSdgRepositoryIsImportedOrReportedWithProblems", files(), OpenSdgFuzzTest::importMutated);
    }

    private static void importMutated(Files3 m) {
        byte[] yaml = ByteMutation.applyAll(swap(YAML, m.yaml(), YAML_HOSTILE), m.yamlBytes());
        byte[] csv = ByteMutation.applyAll(swap(CSV, m.csv(), ObservationFilesFuzzTest.HOSTILE), m.csvBytes());
        byte[] markdown = ByteMutation.applyAll(MARKDOWN.getBytes(StandardCharsets.UTF_8), m.markdownBytes());
        write("indicator-config/1-2-1.yml", yaml);
        write("meta/1-2-1.md", markdown);
        write("data/indicator_1-2-1.csv", csv);
        String input = "YAML:\n" + Verdicts.preview(yaml) + "\nCSV:\n" + Verdicts.preview(csv) + "\nMD:\n" + Verdicts.preview(markdown);
        List<Problem> problems = new ArrayList<>();
        Bounded.Outcome outcome = Bounded.run(() -> {
            OpenSdgRepository repository = OpenSdgRepository.read(dir);
            problems.addAll(repository.problems());
            problems.addAll(OpenSdgConversion.of(repository).problems());
        }, input);
        Verdicts.judge(outcome, input);
        Verdicts.judgeProblems(problems, input);
    }

    private static Gen<Files3> files() {
        Gen<List<ObservationFilesFuzzTest.Swap>> yamlSwaps = ObservationFilesFuzzTest.Swap.some(2, YAML_HOSTILE.size());
        Gen<List<ObservationFilesFuzzTest.Swap>> csvSwaps = ObservationFilesFuzzTest.Swap.some(2, ObservationFilesFuzzTest.HOSTILE.size());
        Gen<List<ByteMutation>> two = ByteMutation.some(2);
        Gen<List<ByteMutation>> one = ByteMutation.some(1);
        return r -> new Files3(yamlSwaps.next(r), two.next(r), csvSwaps.next(r), two.next(r), one.next(r));
    }

    private static byte[] swap(String base, List<ObservationFilesFuzzTest.Swap> swaps, List<String> values) {
        String text = base;
        for (ObservationFilesFuzzTest.Swap s : swaps) {
            List<Integer> separators = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (",:\n".indexOf(text.charAt(i)) >= 0) {
                    separators.add(i + 1);
                }
            }
            int from = separators.get((int) Math.min(separators.size() - 1, s.at() * separators.size()));
            int to = from;
            while (to < text.length() && ",:\n".indexOf(text.charAt(to)) < 0) {
                to++;
            }
            String value = values.get(s.value());
            text = text.substring(0, from) + (text.charAt(from - 1) == ':' ? " " : "") + value + text.substring(to);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final java.util.Map<String, byte[]> WRITTEN = new java.util.HashMap<>();

    /** Writes a file unless it already holds the content (fewer writes, a faster run). */
    private static void write(String file, byte[] content) {
        if (java.util.Arrays.equals(WRITTEN.get(file), content)) {
            return;
        }
        WRITTEN.put(file, content);
        try {
            Files.write(dir.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
