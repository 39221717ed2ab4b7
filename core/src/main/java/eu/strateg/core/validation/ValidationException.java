package eu.strateg.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception that bad input produces anywhere in Strateg: it carries <em>every</em> problem found,
 * each with its path and a readable message, so a caller can show them all to a person at once.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ImmutableList<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one problem");
        }
        this.problems = ImmutableList.copyOf(problems);
    }

    public ValidationException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    public static ValidationException of(String path, String format, Object... args) {
        return new ValidationException(path, String.format(java.util.Locale.ROOT, format, args));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The same problems seen from one level up (each path prefixed). */
    public ValidationException under(String prefix) {
        return new ValidationException(problems.stream().map(p -> p.under(prefix)).collect(Collectors.toList()));
    }

    private static String describe(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
