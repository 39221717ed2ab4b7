package eu.strateg.persistence.json.reliability;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Judges what came out of fuzzed input: a normal result or a {@link ValidationException} whose problems each say,
 * in words, what is wrong. Anything else (another exception, an error such as out-of-memory) fails the try.
 */
public final class Verdicts {

    /** Names of Java classes or stack frames in a message meant for a person mean an exception leaked into it. */
    private static final Pattern LEAK = Pattern.compile("(java|javax|com\\.fasterxml|org\\.yaml|org\\.snakeyaml)\\.[a-z]+\\.|\\bat [a-z]+\\.[a-z]+\\..*\\(|Exception:");

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
        for (Problem p : e.problems()) {
            if (p.message().isBlank() || LEAK.matcher(p.message()).find()) {
                throw new AssertionError("an unclear problem '" + p + "'\nfor input: " + input, e);
            }
        }
        FuzzFigures.count("rejected");
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
