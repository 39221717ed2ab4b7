package eu.strateg.persistence.json.reliability;

import eu.strateg.testkit.reliability.FuzzFigures;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges what came out of fuzzed input: a normal result or a {@link ValidationException} whose problems each say,
 * in words, what is wrong. Anything else (another exception, an error such as out-of-memory) fails the try.
 */
public final class Verdicts {

    /**
     * An exception's own text in a message meant for a person ({@code java.lang.NumberFormatException: …}, a stack
     * frame, a bare {@code null}) means the exception leaked into it. A parser's wording that names its own event
     * classes is tolerated: it is ugly, not wrong.
     */
    // Anchored at a word start and bounded: "[A-Za-z]+(Exception|Error)" backtracked quadratically over a long run of
    // letters in a message (a fuzzed name), which once made this test run for fifteen minutes.
    private static final Pattern LEAK = Pattern.compile("\\b[A-Za-z]{1,80}+(?<=Exception|Error)\\b|\\n\\s*at [\\w.$]+\\(|^null$|: null$");

    private Verdicts() {
    }

    /** Counts the outcome as {@code accepted} or {@code rejected}; fails on anything else. */
    public static void judge(Bounded.Outcome outcome, byte[] input) {
        judge(outcome, preview(input));
    }

    public static void judge(Bounded.Outcome outcome, String input) {
        if (outcome.normal()) {
            FuzzFigures.count("accepted");
            return;
        }
        Throwable t = outcome.thrown();
        if (!(t instanceof ValidationException e)) {
            throw new AssertionError("not a ValidationException: " + t + "\nfor input: " + input, t);
        }
        requireClear(e.problems(), input, e);
        FuzzFigures.count("rejected");
    }

    /** Problems an importer reported instead of throwing: each must be readable as well. */
    public static void judgeProblems(List<Problem> problems, String input) {
        requireClear(problems, input, null);
        if (!problems.isEmpty()) {
            FuzzFigures.count("reported problems");
        }
    }

    private static void requireClear(List<Problem> problems, String input, Throwable cause) {
        for (Problem p : problems) {
            if (p.message().isBlank() || LEAK.matcher(p.message()).find()) {
                throw new AssertionError("an unclear problem '" + p + "'\nfor input: " + input, cause);
            }
        }
    }

    /** The input for a failure message: printable, at most 2,000 characters. */
    public static String preview(byte[] input) {
        String s = new String(input, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 2000; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 && c != '\n' ? String.format("\\x%02x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
