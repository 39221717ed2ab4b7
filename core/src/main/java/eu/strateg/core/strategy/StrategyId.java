package eu.strateg.core.strategy;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.util.regex.Pattern;

/**
 * The stable identity of a strategy across revisions. Letters, digits, '.', '_' and '-', at most 128, starting
 * with a letter or digit, never {@code ..}: safe as a file name, a URL segment and a database key, so no adapter
 * can be led outside its directory or table by an id.
 */
public record StrategyId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public StrategyId {
        if (value == null || value.isEmpty()) {
            throw new ValidationException("id", "a strategy id is required");
        }
        if (!SAFE.matcher(value).matches() || value.contains("..")) {
            throw new ValidationException("id", "'" + Check.printable(value)
                    + "' is not a valid strategy id: use letters, digits, '.', '_' or '-' (at most 128, no '..', no '/', no control characters)");
        }
    }

    public static StrategyId of(String value) {
        return new StrategyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
