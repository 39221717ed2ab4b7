package eu.strateg.core.validation;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with some input: where it is (a path such as
 * {@code elements[1.2.3].indicators[OUT-07].target.year}) and what is wrong, in words a strategy
 * coordinator understands.
 */
public record Problem(String path, String message) {

    public Problem {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    /** The same problem seen from one level up: {@code prefix} + this path. */
    public Problem under(String prefix) {
        return new Problem(Paths.join(prefix, path), message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
