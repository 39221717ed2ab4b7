package eu.strateg.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.examples.cli.StrategCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The user guides stay true: every {@code strateg …} line of their code blocks is run, in order, in a fresh folder that
 * holds the example files as the release does ({@code examples/}); each must succeed. Paths in the commands are taken
 * relative to that folder, as a user in it would type them.
 */
class GuideCommandsTest {

    private static final Set<String> PATH_OPTIONS = Set.of("--out", "--strategy", "--observations", "--templates");
    private static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    @Test
    void theReadmeLinksBothGuides() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("docs/guide-cs.md", "docs/guide-pl.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"guide-cs.md", "guide-pl.md"})
    void everyCommandOfTheGuideRuns(String guide) throws IOException {
        copyExamples(dir);
        List<List<String>> commands = commands(Files.readString(ROOT.resolve("docs").resolve(guide)));
        assertThat(commands).as("commands in " + guide).hasSizeGreaterThan(10);
        for (List<String> c : commands) {
            Run r = run(localised(dir, c.subList(1, c.size())));
            assertThat(r.exit()).as("%s: %s%n%s%s", guide, String.join(" ", c), r.out(), r.err()).isZero();
        }
    }

    /** What a run of the CLI gave: exit code, standard output and error. */
    record Run(int exit, String out, String err) {
    }

    /** Runs the CLI in-process with {@code args}. */
    static Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = StrategCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The lines of the fenced code blocks that start with {@code strateg }, split as a POSIX shell would (double quotes). */
    static List<List<String>> commands(String markdown) {
        List<List<String>> out = new ArrayList<>();
        boolean code = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                code = !code;
            } else if (code && line.startsWith("strateg ")) {
                out.add(split(line));
            }
        }
        return out;
    }

    private static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.strip().toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ' ' && !quoted) {
                if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
            } else {
                w.append(ch);
            }
        }
        words.add(w.toString());
        return words;
    }

    /** Paths and stores resolved in the test folder; the demo writes there too. */
    static List<String> localised(Path dir, List<String> args) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k);
            String previous = k == 0 ? "" : args.get(k - 1);
            if (PATH_OPTIONS.contains(previous)) {
                a = dir.resolve(a).toString();
            } else if (previous.equals("--store") && a.matches("(h2|json):.*")) {
                int colon = a.indexOf(':');
                a = a.substring(0, colon + 1) + dir.resolve(a.substring(colon + 1));
            }
            out.add(a);
        }
        if (out.get(0).equals("demo") && !out.contains("--out")) {
            out.addAll(List.of("--out", dir.resolve("strateg-demo").toString()));
        }
        return out;
    }

    static void copyExamples(Path dir) throws IOException {
        Path examples = Files.createDirectories(dir.resolve("examples"));
        for (String name : List.of("kyjov-2030.json", "kyjov-2030-observations.csv", "niepolomice-2030.json", "niepolomice-2030-observations.csv")) {
            try (InputStream in = GuideCommandsTest.class.getResourceAsStream("/examples/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, examples.resolve(name));
            }
        }
    }
}
