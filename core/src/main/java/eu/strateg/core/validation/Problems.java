package eu.strateg.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Collects problems while validating, so that all of them are reported together. Not thread-safe; use one
 * per validation.
 */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public Problems add(String path, String format, Object... args) {
        problems.add(new Problem(path, args.length == 0 ? format : String.format(Locale.ROOT, format, args)));
        return this;
    }

    public Problems addAll(String prefix, List<Problem> more) {
        for (Problem p : more) {
            problems.add(p.under(prefix));
        }
        return this;
    }

    /** Adds the problem when {@code condition} is false; returns the condition. */
    public boolean check(boolean condition, String path, String format, Object... args) {
        if (!condition) {
            add(path, format, args);
        }
        return condition;
    }

    /**
     * Runs {@code factory}; if it throws a {@link ValidationException}, records its problems under
     * {@code prefix} and returns {@code null}, so validation can go on with the next part.
     */
    public <T> T collect(String prefix, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (ValidationException e) {
            addAll(prefix, e.problems());
            return null;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
