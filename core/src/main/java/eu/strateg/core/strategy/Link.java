package eu.strateg.core.strategy;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.util.regex.Pattern;

/**
 * A tie from an element to something outside the strategy (vazba): an SDG target, a code of a national
 * indicator list, an element of a regional or national strategy. Links make vertical alignment visible.
 *
 * @param scheme what the code belongs to: {@link #SDG}, a national list such as {@code cz-nsi}, or
 *     {@code strategy:<strategy id>} for another strategy's element
 * @param code the code within the scheme, e.g. {@code 11.2} or {@code 2.1}
 * @param label optional human label
 */
public record Link(String scheme, String code, String label) {

    public static final String SDG = "sdg";
    public static final String STRATEGY_PREFIX = "strategy:";
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9._-]{0,40}(:[A-Za-z0-9][A-Za-z0-9._-]{0,127})?");

    public Link {
        Problems p = new Problems();
        if (scheme == null || !SCHEME.matcher(scheme).matches()) {
            p.add("scheme", "'%s' is not a link scheme: lower-case letters, digits, '.', '_', '-', optionally ':' and an id (e.g. sdg, strategy:kraj-vysocina-2030)",
                    scheme == null ? "" : Check.printable(scheme));
        }
        Check.text(p, "code", code);
        if (code != null && code.length() > 128) {
            p.add("code", "is longer than 128 characters");
        }
        Check.optionalText(p, "label", label);
        p.throwIfAny();
    }

    public static Link sdg(String target, String label) {
        return new Link(SDG, target, label);
    }

    public static Link toStrategy(StrategyId other, String elementCode, String label) {
        return new Link(STRATEGY_PREFIX + other.value(), elementCode, label);
    }

    /** {@code scheme/code}, the key reports and queries use. */
    public String key() {
        return scheme + "/" + code;
    }
}
