package eu.strateg.examples.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import eu.strateg.examples.cli.StrategCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import eu.strateg.testkit.property.Gen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Fuzzing of the command line: a command (or none, or a wrong one) followed by up to seven tokens drawn from every
 * option of every command and from values both sensible and hostile (valid and broken strategy and observation
 * files, missing files, directories, impossible dates, unknown formats, bad territory codes, unsafe ids, NUL, store
 * specifications of every kind, picocli argument files). Each run goes through {@code StrategCli.commandLine()} and
 * must end with exit code 0, 1 (invalid input) or 2 (usage), a message on standard error when not 0, and never a
 * stack trace. Store commands get a JSON store in a temporary folder unless the fuzzer chose a store, so that no
 * run writes into the working directory.
 */
class CliArgumentsFuzzTest {

    private static final List<String> COMMANDS = List.of("validate", "evaluate", "report", "import", "list", "show", "adopt",
            "export", "template", "opensdg-progress", "help", "nonsense", "", "--version", "-h", "VALIDATE");
    private static final Set<String> STORE_COMMANDS = Set.of("import", "list", "show", "adopt");
    /** Commands that read files or, given a STRATEGY-ID, a store: they get the temporary store unless they read files. */
    private static final Set<String> SOURCE_COMMANDS = Set.of("evaluate", "report", "export", "template");
    private static final List<String> OPTIONS = List.of("--strategy", "--observations", "--as-of", "--format", "--out", "--lang",
            "--store", "--id", "--territory", "--revision", "--date", "--resolution", "--templates", "--encoding", "--delimiter", "--decimal-comma", "--per-person", "--bogus", "--", "-x", "--help");
    private static final List<String> VALUES = List.of("{S}", "{S}", "{BS}", "{O}", "{O}", "{BO}", "{J}", "{D}", "{NX}", "/dev/null", "",
            "2024-13-01", "2025-06-30", "yesterday", "table", "json", "csv", "html", "xlsx", "xml", "pdf", "cs", "pl", "en", "xx",
            "CZ_ZUJ:586307", "XX:1", ":", "kyjov-2030", "../etc", "a/b", "a\u0000b", "\u001b[2J", "-1", "0", "99999999999999999999",
            "json:{D}/store", "json:{D}/store", "json:{S}", "json:", "sql:x", "h2:", "postgres:jdbc:postgresql://127.0.0.1:1/none",
            "postgres:", "{D}/out.html", "{D}/../out.csv", "{D}/missing/dir/out.xlsx", "{NX}/x", "1e9999", "%s%n", "@{NX}", "@{S}",
            "Usnesení ZM č. 12/2021", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "../../../../etc/passwd", "{D}");
    private static final Pattern STACK_TRACE = Pattern.compile("\\n\\s*at [\\w.$]+\\(|Exception\\b|\\bat [a-z]+\\.[a-z]+\\.[\\w.$]+\\(");

    private static Path dir;
    private static CommandLine cli;

    @BeforeAll
    static void files() throws IOException {
        dir = Files.createTempDirectory("strateg-cli-fuzz-");
        byte[] strategy = resource("/examples/kyjov-2030.json");
        byte[] observations = resource("/examples/kyjov-2030-observations.csv");
        Files.write(dir.resolve("strategy.json"), strategy);
        Files.write(dir.resolve("broken.json"), Arrays.copyOf(strategy, strategy.length / 2));
        Files.write(dir.resolve("observations.csv"), observations);
        Files.writeString(dir.resolve("broken.csv"), "indicator,period,value\nCYC-KM,2024-13,abc\nPOP,2021,\"1\n");
        Files.writeString(dir.resolve("observations.jsonl"), "{\"indicator\":\"CYC-KM\",\"period\":\"2021\",\"value\":1e9999999990}\n");
        cli = StrategCli.commandLine();
    }

    @AfterAll
    static void delete() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The case: a command and the tokens after it. */
    record Case(String command, List<String> tokens) {
    }

    @Test
    void anyCommandLineEndsInSuccessInvalidInputOrUsageWithAMessageAndNoStackTrace() {
        Gen<String> commands = Gen.of(COMMANDS);
        Gen<List<String>> tokens = Gen.oneOf(Gen.of(OPTIONS), Gen.of(VALUES)).list(7);
        FuzzFigures.fuzz("CliArgumentsFuzzTest.anyCommandLineEndsInSuccessInvalidInputOrUsageWithAMessageAndNoStackTrace",
                r -> new Case(commands.next(r), tokens.next(r)), c -> run(c.command(), c.tokens()));
    }

    private static void run(String command, List<String> tokens) {
        String[] args = arguments(command, tokens);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = new int[1];
        String shown = Arrays.toString(args);
        Bounded.Outcome outcome = Bounded.run(() -> {
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            exit[0] = cli.execute(args);
        }, shown);
        if (!outcome.normal()) {
            throw new AssertionError("the CLI threw for " + shown, outcome.thrown());
        }
        String message = err.toString();
        if (exit[0] < 0 || exit[0] > 2) {
            throw new AssertionError("exit code " + exit[0] + " for " + shown + "\n" + message);
        }
        if (exit[0] != 0 && message.isBlank()) {
            throw new AssertionError("exit code " + exit[0] + " without a message for " + shown);
        }
        if (STACK_TRACE.matcher(message).find() || STACK_TRACE.matcher(out.toString()).find()) {
            throw new AssertionError("a stack trace or exception for " + shown + ":\n" + message + out);
        }
        FuzzFigures.count("exit " + exit[0]);
    }

    private static String[] arguments(String command, List<String> tokens) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        for (String t : tokens) {
            args.add(t.replace("{S}", dir.resolve("strategy.json").toString()).replace("{BS}", dir.resolve("broken.json").toString())
                    .replace("{O}", dir.resolve("observations.csv").toString()).replace("{BO}", dir.resolve("broken.csv").toString())
                    .replace("{J}", dir.resolve("observations.jsonl").toString()).replace("{NX}", dir.resolve("nothing-here").toString())
                    .replace("{D}", dir.toString()));
        }
        boolean storeSource = SOURCE_COMMANDS.contains(command) && !args.contains("--strategy");
        if ((STORE_COMMANDS.contains(command) || storeSource) && !args.contains("--store")) {
            args.add("--store");
            args.add("json:" + dir.resolve("store"));
        }
        return args.toArray(String[]::new);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StrategCli.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
